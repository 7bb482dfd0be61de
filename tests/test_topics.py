import pytest

import readouts
from readouts.extract.tokens import tokenize
from readouts.extract.topics import find_topic_spans, find_topics, topic_labels


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("They discussed the ceasefire in Gaza.", "en", "israel-palestine"),
        ("Les deux présidents ont évoqué la situation en Ukraine.", "fr", "ukraine"),
        ("Стороны обсудили ситуацию на Украине.", "ru", "ukraine"),
        ("Hanno parlato della crisi migratoria nel Mediterraneo.", "it", "migration"),
        ("Sie sprachen über die Sanktionen gegen Russland.", "de", "sanctions"),
        ("Abordaron el tráfico de fentanilo y los aranceles.", "es", "drugs-arms-trafficking"),
        ("Both leaders looked ahead to the G20 summit.", "en", "g7-g20-un"),
    ],
)
def test_keywords_give_labels(text: str, lang: str, label: str) -> None:
    assert label in find_topics(tokenize(text), lang)


def test_labels_come_from_the_vocabulary() -> None:
    found = find_topics(tokenize("Energy, trade, Syria, COVID-19 vaccines and grain exports."), "en")
    assert found and found <= topic_labels()


def test_no_topic_in_small_talk() -> None:
    assert find_topics(tokenize("He wished him a happy birthday."), "en") == set()


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("The Prime Minister met trade unions on Monday.", "en", "economy-trade"),
        ("A National Security Council spokesperson gave the readout.", "en", "g7-g20-un"),
        ("Le ministre de l'Économie était présent.", "fr", "economy-trade"),
        ("Il ministro dell'Economia ha partecipato all'incontro.", "it", "economy-trade"),
        ("El ministro de Economía acompañó al presidente.", "es", "economy-trade"),
        ("Wirtschaftsministerin Reiche reiste mit.", "de", "economy-trade"),
        ("Путин провёл совещание с постоянными членами Совета безопасности.", "ru", "g7-g20-un"),
        ("Министр энергетики доложил о ситуации.", "ru", "energy"),
    ],
)
def test_a_keyword_in_another_sense_gives_no_topic(text: str, lang: str, label: str) -> None:
    assert label not in find_topics(tokenize(text, 0, lang), lang)


def test_a_keyword_in_capitals_needs_capitals() -> None:
    assert "g7-g20-un" in find_topics(tokenize("Sie sprachen über die Rolle der UN in der Region.", 0, "de"), "de")
    # A word clipped at the end of a line ("un" for "und") is no acronym.
    assert "g7-g20-un" not in find_topics(tokenize("mit Frankreich, dem Vereinigten Königreich un", 0, "de"), "de")


def test_the_security_council_of_the_un_is_still_found() -> None:
    found = find_topics(tokenize("Обсуждалась работа Совета Безопасности ООН.", 0, "ru"), "ru")
    assert "g7-g20-un" in found


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Both leaders highlighted the special relationship between the two countries.", "en", "bilateral-relations"),
        ("Ils ont salué les relations amicales entre Paris et Rome.", "fr", "bilateral-relations"),
        ("Hanno espresso l'impegno per la stabilità nei Balcani.", "it", "serbia-kosovo"),
        ("Er bot Österreich als Vermittler an.", "de", "peace-talks"),
        ("Weiteres Thema waren die Gasverhandlungen mit der Kommission.", "de", "energy"),
        ("Путин предложил себя в качестве посредника.", "ru", "peace-talks"),
        ("Abordaron el crecimiento económico de la región.", "es", "economy-trade"),
    ],
)
def test_common_wordings_give_labels(text: str, lang: str, label: str) -> None:
    assert label in find_topics(tokenize(text, 0, lang), lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It was his second call with the Chancellor since his election.", "en"),
        ("C'est leur premier entretien depuis son élection.", "fr"),
        ("Es war das erste Telefonat seit seiner Wahl.", "de"),
        ("Это первый разговор с момента его избрания.", "ru"),
    ],
)
def test_an_election_that_only_dates_the_call_is_no_topic(text: str, lang: str) -> None:
    assert "elections" not in find_topics(tokenize(text, 0, lang), lang)


def test_a_false_topic_hides_its_keyword_even_where_a_title_covers_its_first_word() -> None:
    tokens = tokenize("El ministro de Economía Sergio Massa viajó con él.", 0, "es")
    title = {i for i, t in enumerate(tokens) if t.fold == "ministro"}
    assert find_topic_spans(tokens, "es", title) == []
    assert find_topic_spans(tokenize("Hablaron de la economía.", 0, "es"), "es")


@pytest.mark.parametrize(
    ("text", "lang", "country_label", "topic"),
    [
        (
            "Vladimir Putin held a telephone conversation with President of Syria Bashar al-Assad at the initiative of the Syrian side. "
            "The leaders discussed trade.",
            "en",
            "syria",
            "economy-trade",
        ),
        (
            "Владимир Путин провёл телефонный разговор с Президентом Украины Виктором Януковичем по инициативе украинской стороны. "
            "Стороны обсудили торгово-экономическое сотрудничество.",
            "ru",
            "ukraine",
            "economy-trade",
        ),
    ],
)
def test_the_side_that_placed_the_call_is_no_topic(text: str, lang: str, country_label: str, topic: str) -> None:
    calls = readouts.parse(text).calls
    assert len(calls) == 1
    assert topic in calls[0].topics
    assert country_label not in calls[0].topics


def test_subjects_of_a_call_recalled_by_another_medium_are_not_this_calls() -> None:
    text = (
        "Bundeskanzler Olaf Scholz hat am Montag mit dem chinesischen Präsidenten Xi Jinping telefoniert. "
        "Scholz erinnerte an die Videokonferenz im April, bei der beide über den Klimaschutz gesprochen hatten. "
        "Im Mittelpunkt stand der Krieg in der Ukraine."
    )
    calls = readouts.parse(text).calls
    assert [(c.medium, c.topics) for c in calls] == [("phone", ["ukraine"])]
