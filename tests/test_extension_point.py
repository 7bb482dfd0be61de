"""What a parser of one's own needs: its own id and name as the source, the
office base class, the score scale, families checked against the parsers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import readouts
from readouts.sources import catalogue, registry, scores

CALL = "Prime Minister Viktor Orbán held a telephone conversation with President Emmanuel Macron."


@pytest.fixture()
def registered() -> Iterator[list[str]]:
    ids: list[str] = []
    yield ids
    for parser_id in ids:
        readouts.unregister(parser_id)


def test_a_parser_outside_the_catalogue_is_its_own_source(registered: list[str]) -> None:
    class Herald(readouts.SourceParser):
        id = "test-harbour-herald"
        name = "The Harbour Herald"
        kind = "news"

        def score(self, doc: readouts.Document) -> float:
            return scores.CERTAIN if "Harbour Herald" in doc.full else scores.NONE

    readouts.register(Herald)
    registered.append(Herald.id)
    r = readouts.parse(CALL + "\nCopyright The Harbour Herald")
    assert r.source is not None and (r.source.id, r.source.name, r.source.kind) == ("test-harbour-herald", "The Harbour Herald", "news")


def test_a_family_parser_that_finds_no_signature_names_no_publisher() -> None:
    r = readouts.parse(CALL, source="wire")
    assert r.source is not None and r.source.id is None and r.source.kind == "wire"


def test_an_office_is_a_few_lines(registered: list[str]) -> None:
    class Hungary(readouts.OfficeParser):
        id = "test-hungary"
        name = "Prime Minister of Hungary"
        country = "HU"

    readouts.register(Hungary)
    registered.append(Hungary.id)
    assert Hungary().score(_doc(CALL)) == scores.OWN_LEADER
    r = readouts.parse(CALL)
    assert r.source is not None and r.source.kind == "official"
    assert [p.country for p in r.calls[0].participants] == ["HU", "FR"]


def _doc(text: str) -> readouts.Document:
    # The document the parsers see: parse it once with a parser that keeps it.
    seen: list[readouts.Document] = []

    class Keep(readouts.SourceParser):
        id = "test-keep"
        kind = "news"

        def score(self, doc: readouts.Document) -> float:
            return scores.NONE

        def extract(self, doc: readouts.Document) -> list[readouts.Call]:
            seen.append(doc)
            return super().extract(doc)

    readouts.register(Keep)
    try:
        readouts.parse(text, source="test-keep")
    finally:
        readouts.unregister("test-keep")
    return seen[0]


def test_the_scale_ranks_the_kinds_of_evidence() -> None:
    assert scores.NONE < scores.FALLBACK < scores.ANY_LEADER < scores.OWN_LEADER < scores.WIRE_DATELINE
    assert scores.WIRE_DATELINE < scores.FAMILY_SIGNATURE < scores.OWN_SIGNATURE < scores.AGGREGATOR_PAGE < scores.CERTAIN


def test_every_family_of_the_catalogue_is_a_built_in_parser() -> None:
    assert catalogue.families() <= {p.id for p in readouts.parsers()}


def test_a_family_no_parser_handles_is_a_data_error() -> None:
    with pytest.raises(readouts.DataError):
        registry.check_families({"news", "wire"})
