"""Topics in other words, and talk words that name the call itself."""

import readouts


def topics(text: str) -> list[str]:
    """The topics of the first call the text reports."""
    return readouts.parse(text).calls[0].topics


def test_relations_in_other_words_are_bilateral_relations() -> None:
    assert "bilateral-relations" in topics(
        "Bundeskanzler Olaf Scholz hat mit Präsident Emmanuel Macron telefoniert. "
        "Beide betonten die enge Partnerschaft ihrer Länder."
    )
    assert "bilateral-relations" in topics(
        "Le président Emmanuel Macron s'est entretenu par téléphone avec le chancelier Olaf Scholz. "
        "Les deux dirigeants ont salué l'amitié profonde qui unit leurs pays."
    )
    assert "bilateral-relations" in topics(
        "Владимир Путин провел телефонный разговор с Эммануэлем Макроном. Стороны обсудили развитие отношений."
    )


def test_a_victory_congratulated_is_about_elections() -> None:
    assert "elections" in topics(
        "El presidente Pedro Sánchez habló por teléfono con Emmanuel Macron para felicitarle por su victoria."
    )
    assert "elections" in topics(
        "Bundeskanzler Olaf Scholz telefonierte mit Emmanuel Macron und gratulierte ihm zum Wahlsieg."
    )


def test_talks_with_a_person_are_the_call_not_peace_talks() -> None:
    assert "peace-talks" not in topics(
        "Дональд Трамп провел телефонный разговор с Владимиром Зеленским до переговоров с Владимиром Путиным."
    )
    assert "peace-talks" not in topics(
        "Prime Minister Keir Starmer spoke by phone with President Emmanuel Macron ahead of his talks with President Joe Biden."
    )


def test_peace_negotiations_are_still_peace_talks() -> None:
    assert "peace-talks" in topics(
        "Prime Minister Keir Starmer spoke by phone with President Volodymyr Zelenskyy about the peace negotiations."
    )
