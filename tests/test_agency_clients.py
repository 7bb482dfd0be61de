"""Agency copy in a language the agency keeps no site in is on a client's
page. Texts written for these tests."""

import pytest

import readouts


@pytest.mark.parametrize(
    "text",
    [
        "LISBONNE, 3 mars (Reuters) - Le Premier ministre portugais s'est entretenu mardi au téléphone avec le chancelier Olaf Scholz.\n"
        "Les deux dirigeants ont évoqué l'Ukraine. (Rédigé par Jean Dupont, édité par Marie Durand)",
        "BERLIN (Dow Jones)--Bundeskanzler Olaf Scholz hat am Dienstag mit dem französischen Präsidenten Emmanuel Macron telefoniert.\n"
        "Die beiden sprachen über die Lage in der Ukraine.\n(END) Dow Jones Newswires",
    ],
)
def test_agency_copy_in_a_client_language_is_republished(text: str) -> None:
    source = readouts.parse(text).source
    assert source is not None and (source.id, source.kind) == (None, "aggregator")
    assert source.via[:1] in (["reuters"], ["dow-jones"])


def test_agency_copy_in_its_own_language_stays_the_agency() -> None:
    text = (
        "LISBON, March 3 (Reuters) - Portugal's prime minister spoke by phone with German Chancellor Olaf Scholz on Tuesday.\n"
        "The two leaders discussed Ukraine and energy prices."
    )
    source = readouts.parse(text).source
    assert source is not None and (source.id, source.kind) == ("reuters", "wire")


def test_with_a_url_the_agency_site_is_the_agency() -> None:
    text = "LISBONNE, 3 mars (Reuters) - Le Premier ministre portugais s'est entretenu mardi au téléphone avec le chancelier Olaf Scholz."
    source = readouts.parse(text, url="https://www.reuters.com/world/europe/x").source
    assert source is not None and (source.id, source.kind) == ("reuters", "wire")
