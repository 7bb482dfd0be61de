from typing import ClassVar

import pytest

import readouts
from readouts._document import Document

KREMLIN_STYLE = "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. The leaders discussed Ukraine."
ELYSEE_STYLE = "Le Président de la République s'est entretenu ce jour par téléphone avec le Chancelier fédéral Olaf Scholz. Les deux dirigeants ont évoqué l'Ukraine."


def test_builtins_are_registered_sorted_by_id() -> None:
    ids = [p.id for p in readouts.parsers()]
    assert ids == sorted(ids)
    assert {"kremlin", "elysee", "wire", "aggregator", "news", "official"} <= set(ids)


@pytest.mark.parametrize(("text", "source", "url"), [(KREMLIN_STYLE, "kremlin", "http://en.kremlin.ru/events/president/news/1"), (ELYSEE_STYLE, "elysee", "https://www.elysee.fr/emmanuel-macron/entretien")])
def test_self_standing_readouts_go_to_their_office(text: str, source: str, url: str) -> None:
    # The text alone shows no publisher: official, office unnamed; the URL names it.
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == (None, "official")
    r = readouts.parse(text, url=url)
    assert r.source is not None and (r.source.id, r.source.kind) == (source, "official")


def test_wire_dateline_makes_wire_copy() -> None:
    r = readouts.parse("MOSCOW, September 15. /TASS/. Russian President Vladimir Putin had a phone call with French President Emmanuel Macron, the Kremlin said.")
    assert r.source is not None and (r.source.id, r.source.kind) == ("tass", "wire")
    assert "kremlin" in r.source.via


def test_aggregator_beats_the_wire_it_republishes() -> None:
    text = (
        "Reuters | Updated: 03-02-2022 10:00 IST\n"
        "PARIS, Feb 2 (Reuters) - Emmanuel Macron spoke by phone with Olaf Scholz on Wednesday.\n"
        "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)"
    )
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == ("devdiscourse", "aggregator")
    assert "reuters" in r.source.via


def test_news_without_a_publisher_has_no_id_but_a_kind() -> None:
    r = readouts.parse("Emmanuel Macron spoke by phone with Olaf Scholz on Monday, according to a French official.")
    assert r.source is not None and r.source.id is None and r.source.kind == "news"


class _Ministry(readouts.SourceParser):
    id = "test-ministry"
    name = "Ministry of Tests"
    kind = "official"
    priority = 1.0
    calls: ClassVar[int] = 0

    def score(self, doc: Document) -> float:
        return 1.0 if "Ministry of Tests" in doc.full else 0.0


def test_registered_parser_wins_on_its_texts_and_can_be_removed() -> None:
    readouts.register(_Ministry)
    try:
        r = readouts.parse("Ministry of Tests\nThe Minister spoke by phone with Emmanuel Macron about trade.")
        assert r.source is not None and r.source.kind == "official"
        with pytest.raises(readouts.PluginError):
            readouts.register(_Ministry)
    finally:
        readouts.unregister("test-ministry")
    assert "test-ministry" not in [p.id for p in readouts.parsers()]


class _Broken(readouts.SourceParser):
    id = "test-broken"
    name = "Broken"
    kind = "news"

    def score(self, doc: Document) -> float:
        raise RuntimeError("boom")


def test_a_parser_whose_score_raises_scores_zero() -> None:
    readouts.register(_Broken)
    try:
        r = readouts.parse("Emmanuel Macron spoke by phone with Olaf Scholz.")
        assert len(r.calls) == 1
    finally:
        readouts.unregister("test-broken")


def test_register_rejects_what_is_not_a_parser() -> None:
    with pytest.raises(readouts.PluginError):
        readouts.register(object)  # type: ignore[arg-type]


def test_masthead_names_the_office() -> None:
    text = (
        "Die Bundesregierung\nStartseite | Aktuelles | Themen | Suche\n\n"
        "Bundeskanzler Olaf Scholz hat heute mit dem Präsidenten Frankreichs, Emmanuel Macron, telefoniert. "
        "Ein Regierungssprecher teilte mit, beide hätten über die Energiepreise gesprochen."
    )
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == ("bundesregierung", "official")


def test_link_to_the_original_makes_an_aggregator_page() -> None:
    text = (
        "La presidente del Consiglio Giorgia Meloni ha avuto oggi una conversazione telefonica con il presidente "
        "francese Emmanuel Macron sulla situazione in Libia.\nLeggi su Il Quotidiano"
    )
    r = readouts.parse(text)
    assert r.source is not None and r.source.kind == "aggregator"


def test_an_authored_page_is_reporting_not_a_readout() -> None:
    text = "By Staff Reporter\nOlaf Scholz had a telephone conversation with Emmanuel Macron on energy prices."
    r = readouts.parse(text)
    assert r.source is not None and r.source.kind == "news"
    r = readouts.parse(text.split("\n", 1)[1])
    assert r.source is not None and r.source.kind == "official"


def test_an_outlets_footer_outranks_the_wire_it_credits() -> None:
    text = (
        "BEIJING, Nov. 25 (Xinhua) -- Chinese President Xi Jinping held a phone call with U.S. President Donald Trump on Monday.\n"
        "Copyright 2025 People's Daily Online. All Rights Reserved."
    )
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == ("people-daily", "news")
    assert "xinhua" in r.source.via


class _Greedy(readouts.SourceParser):
    """Claims every document, then fails on it: a broken plugin."""

    id = "test-greedy"
    name = "Greedy"
    kind = "news"
    priority = 9.0

    def score(self, doc: Document) -> float:
        return 1.0

    def extract(self, doc: Document) -> list[readouts.Call]:
        raise RuntimeError("plugin bug")


class _Garbage(_Greedy):
    id = "test-garbage"

    def extract(self, doc: Document) -> list[readouts.Call]:
        return ["not a call"]  # type: ignore[list-item]


@pytest.mark.parametrize("broken", [_Greedy, _Garbage])
def test_a_plugin_that_fails_on_a_document_is_skipped_with_a_warning(broken: type, caplog: pytest.LogCaptureFixture) -> None:
    readouts.register(broken)
    try:
        with caplog.at_level("WARNING", logger="readouts"):
            r = readouts.parse("Emmanuel Macron spoke by phone with Olaf Scholz.")
        assert len(r.calls) == 1
        assert broken.id in caplog.text
    finally:
        readouts.unregister(broken.id)


def test_a_plugin_that_cannot_load_is_skipped(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from readouts.sources import registry

    class _EntryPoint:
        name = "broken-plugin"

        def load(self) -> object:
            raise ImportError("no module named broken_plugin")

    monkeypatch.setattr(registry, "entry_points", lambda group: [_EntryPoint()])
    monkeypatch.setattr(registry, "_plugins_loaded", False)
    monkeypatch.setattr(registry, "_registered", {})
    with caplog.at_level("WARNING", logger="readouts"):
        ids = [p.id for p in readouts.parsers()]
    assert "broken-plugin" in caplog.text
    assert "news" in ids


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("Read the full article on Harbour Herald", "aggregator"),
        ("Continue reading  on Harbour Herald", "aggregator"),
        ("Read the full article onward", "news"),
        ("Unread more at home", "news"),
    ],
)
def test_a_link_to_the_original_story_is_a_whole_phrase(tail: str, kind: str) -> None:
    text = "Emmanuel Macron spoke by phone with Olaf Scholz on Monday, according to a French official.\nThe two leaders discussed Ukraine.\n"
    r = readouts.parse(text + tail)
    assert r.source is not None and r.source.kind == kind
