"""A readout guessed from its style is official only on evidence: a
reporter's place dateline makes it a report. Texts written for these tests."""

import pytest

import readouts


@pytest.mark.parametrize(
    "text",
    [
        "Lisboa/Madrid.- El presidente del Gobierno, Pedro Sánchez, mantuvo este martes una conversación telefónica con el primer ministro de Portugal.\n"
        "Ambos dirigentes abordaron la situación en Ucrania.",
        "LISBON - Prime Minister Keir Starmer held a telephone conversation with the Prime Minister of Portugal on Tuesday.\n"
        "The two leaders discussed Ukraine.",
        "(Ottawa) Le premier ministre Justin Trudeau s'est entretenu mardi au téléphone avec le président Emmanuel Macron.\n"
        "Les deux dirigeants ont évoqué l'Ukraine.",
    ],
)
def test_a_place_dateline_makes_a_report(text: str) -> None:
    source = readouts.parse(text).source
    assert source is not None and source.kind == "news"


@pytest.mark.parametrize(
    "text",
    [
        "Le Président de la République s'est entretenu ce mardi avec le Premier ministre du Portugal.\n"
        "Les deux dirigeants ont évoqué la situation en Ukraine.",
        "Prime Minister Keir Starmer spoke today with the Prime Minister of Portugal.\n"
        "The two leaders discussed Ukraine and agreed to stay in close touch.",
    ],
)
def test_a_readout_without_a_dateline_stays_official(text: str) -> None:
    source = readouts.parse(text).source
    assert source is not None and source.kind == "official"
