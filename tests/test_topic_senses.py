"""Topic keywords in another sense: a climate of trust, the largest economies,
the talks that are the call itself, accession and trade negotiations."""

import pytest

import readouts


def topics(text: str) -> list[str]:
    """The topics of the first call the text reports."""
    return readouts.parse(text).calls[0].topics


@pytest.mark.parametrize(
    "text",
    [
        "Il presidente Sergio Mattarella ha avuto una telefonata con il presidente Emmanuel Macron, "
        "in un clima cordiale e costruttivo, sulla situazione in Libia.",
        "Le président Emmanuel Macron s'est entretenu par téléphone avec le chancelier Olaf Scholz "
        "sur la Libye, afin de rétablir un climat de confiance.",
        "El presidente Pedro Sánchez habló por teléfono con el presidente Emmanuel Macron sobre Libia "
        "en un clima de confianza.",
        "Владимир Путин провел телефонный разговор с Эммануэлем Макроном о Ливии; отмечен климат доверия.",
    ],
)
def test_a_climate_of_trust_is_no_climate_topic(text: str) -> None:
    found = topics(text)
    assert "libya" in found
    assert "climate" not in found


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden spoke by phone with President Xi Jinping about Taiwan and the rivalry "
        "between the world's two largest economies.",
        "Le président Joe Biden s'est entretenu par téléphone avec le président Xi Jinping au sujet de Taïwan "
        "et de la rivalité entre les deux premières économies mondiales.",
        "El presidente Joe Biden habló por teléfono con el presidente Xi Jinping sobre Taiwán y la rivalidad "
        "entre las dos mayores economías del mundo.",
    ],
)
def test_the_largest_economies_are_no_economy_topic(text: str) -> None:
    found = topics(text)
    assert "china-taiwan" in found
    assert "economy-trade" not in found


@pytest.mark.parametrize(
    "text",
    [
        "O presidente Luiz Inácio Lula da Silva falou por telefone com o presidente Emmanuel Macron sobre "
        "a pandemia e a situação política, social e económica nos dois países.",
        "Il presidente Sergio Mattarella ha avuto una telefonata con il presidente Volodymyr Zelensky e ha "
        "confermato il sostegno politico, militare, economico e umanitario dell'Italia.",
    ],
)
def test_economic_in_a_list_of_spheres_is_no_economy_topic(text: str) -> None:
    assert "economy-trade" not in topics(text)


def test_economic_cooperation_is_still_an_economy_topic() -> None:
    assert "economy-trade" in topics(
        "O presidente Luiz Inácio Lula da Silva falou por telefone com o presidente Emmanuel Macron "
        "sobre a cooperação económica entre os dois países."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Сергей Лавров провел телефонный разговор с Энтони Блинкеном. "
        "В ходе переговоров Лавров отметил рост напряженности вокруг Сирии.",
        "Володимир Зеленський провів телефонну розмову з Олафом Шольцом. "
        "Під час переговорів Зеленський подякував за підтримку щодо Сирії.",
    ],
)
def test_the_talks_that_are_the_call_are_no_peace_talks(text: str) -> None:
    found = topics(text)
    assert "syria" in found
    assert "peace-talks" not in found


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "President Volodymyr Zelenskyy spoke by phone with Chancellor Olaf Scholz about the EU accession "
            "negotiations and gas supplies.",
            "energy",
        ),
        (
            "Le président Emmanuel Macron s'est entretenu par téléphone avec la présidente Ursula von der Leyen "
            "des négociations commerciales avec l'Inde.",
            "economy-trade",
        ),
        (
            "Президент Владимир Путин провел телефонный разговор с премьер-министром Нарендрой Моди о торговых "
            "переговорах.",
            "economy-trade",
        ),
    ],
)
def test_accession_and_trade_negotiations_are_no_peace_talks(text: str, label: str) -> None:
    found = topics(text)
    assert label in found
    assert "peace-talks" not in found


def test_the_un_charter_cited_is_no_un_topic() -> None:
    found = topics(
        "President Emmanuel Macron spoke by phone with Prime Minister Keir Starmer and condemned the strikes "
        "on Syria as a breach of international law and the UN Charter."
    )
    assert "syria" in found
    assert "g7-g20-un" not in found


def test_relations_in_other_words_in_ukrainian() -> None:
    assert "bilateral-relations" in topics(
        "Президент Володимир Зеленський провів телефонну розмову з президентом Анджеєм Дудою. "
        "Сторони обговорили зміцнення відносин між Україною та Польщею."
    )
