"""Republication cues and agency datelines in several languages. Texts
written for these tests."""

import pytest

import readouts

EN = "Prime Minister Keir Starmer spoke by phone with Chancellor Olaf Scholz on Tuesday.\nThe two leaders discussed support for Ukraine and trade."
DE = "Bundeskanzler Olaf Scholz hat am Dienstag mit dem französischen Präsidenten Emmanuel Macron telefoniert.\nDie beiden sprachen über die Ukraine."


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (DE + "\nDieser Artikel basiert auf Material der dpa.", "dpa"),
    ],
)
def test_cues_naming_the_outlet_copied(text: str, via: str) -> None:
    source = readouts.parse(text).source
    assert source is not None and source.kind == "aggregator" and source.via[:1] == [via]


def test_an_outlet_quoting_an_office_in_passing_is_no_cue() -> None:
    text = "Putin spoke with Tokayev on Tuesday, Reuters said, citing the Kremlin.\nThe two discussed trade."
    source = readouts.parse(text).source
    assert source is not None and source.kind == "news"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("MINSK, 4 March (BelTA) - " + EN, "belta"),
        ("ASTANA. KAZINFORM - " + EN, "kazinform"),
    ],
)
def test_agency_datelines(text: str, agency: str) -> None:
    source = readouts.parse(text).source
    assert source is not None and (source.id, source.kind) == (agency, "wire")


def test_an_agency_named_in_italian_lower_case() -> None:
    text = "Il presidente russo ha parlato con la premier Giorgia Meloni, riferisce l'agenzia Tass.\nI due leader hanno parlato di Ucraina."
    source = readouts.parse(text).source
    assert source is not None and "tass" in source.via
