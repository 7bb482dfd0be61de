import pytest

import readouts


def initiator(text: str) -> str | None:
    (call,) = readouts.parse(text).calls
    return call.initiator.name if call.initiator else None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("At the initiative of the Turkish side, Vladimir Putin had a telephone conversation with President of Türkiye Recep Tayyip Erdogan.", "Recep Tayyip Erdogan"),
        ("Olaf Scholz dialled Vladimir Putin on Friday morning for a one-hour call.", "Olaf Scholz"),
        ("Prime Minister Narendra Modi received a phone call from President Joe Biden today.", "Joe Biden"),
        ("L'entretien téléphonique entre Emmanuel Macron et Joe Biden a eu lieu à la demande de la partie américaine.", "Joe Biden"),
        ("Разговор Владимира Путина с Касым-Жомартом Токаевым состоялся по инициативе казахстанской стороны.", "Kassym-Jomart Tokayev"),
        ("Su richiesta della parte ucraina, Giorgia Meloni ha avuto una conversazione telefonica con Volodymyr Zelensky.", "Volodymyr Zelenskyy"),
        ("Auf Initiative der französischen Seite telefonierte Bundeskanzler Olaf Scholz mit Emmanuel Macron.", "Emmanuel Macron"),
        ("A petición de la parte mexicana, Pedro Sánchez mantuvo una conversación telefónica con Claudia Sheinbaum.", "Claudia Sheinbaum"),
    ],
)
def test_initiator_in_six_languages(text: str, who: str) -> None:
    assert initiator(text) == who


def test_no_initiator_when_the_text_is_silent() -> None:
    assert initiator("Emmanuel Macron and Olaf Scholz spoke by phone about energy prices.") is None
