"""Which clauses report a call that happened: denied, habitual, readiness and
future calls are none, a past call beside a future clause is one."""

import pytest

import readouts
from readouts.extract.cues import SentenceCues, clause_breaks, cues_for, read_cues
from readouts.extract.tokens import tokenize


def names(call: readouts.Call) -> set[str]:
    return {p.name for p in call.participants}


def sentence_cues(text: str, language: str) -> SentenceCues:
    tokens = tokenize(text, 0, language)
    return read_cues(tokens, cues_for(language), text, 0)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Kremlin denied that Vladimir Putin had spoken with Joe Biden."),
        ("en", "Recep Tayyip Erdogan said he no longer holds telephone conversations with Barack Obama."),
        ("en", "Keir Starmer has not yet spoken to Donald Trump by phone."),
        ("en", "In the past the two would frequently talk by telephone."),
        ("en", "Vladimir Putin is ready to hold a phone call with Volodymyr Zelensky."),
        ("fr", "Emmanuel Macron ne s'est pas entretenu avec Vladimir Poutine depuis des mois."),
        ("fr", "Le Kremlin a démenti tout entretien téléphonique entre les deux présidents."),
        ("fr", "Emmanuel Macron et Justin Trudeau tiendront des entretiens téléphoniques lundi."),
        ("es", "Javier Milei aún no logró conversar con Donald Trump."),
        ("es", "Pedro Sánchez está dispuesto a mantener una conversación telefónica con Donald Trump."),
        ("it", "Giorgia Meloni non ha parlato al telefono con Emmanuel Macron."),
        ("it", "Il primo atto del ministro sarà una telefonata al collega ucraino."),
        ("de", "Olaf Scholz hat mit Wladimir Putin nicht telefoniert."),
        ("de", "Friedrich Merz telefonierte nicht mit Donald Trump."),
        ("ru", "Владимир Путин не планирует разговор с Владимиром Зеленским."),
        ("ru", "Песков опроверг, что был телефонный разговор."),
        ("ru", "Сегодня у президента будет несколько телефонных разговоров."),
    ],
)
def test_unreal_call_clauses_report_no_call(language: str, text: str) -> None:
    assert not sentence_cues(text, language).call


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Emmanuel Macron spoke with Vladimir Putin on Monday and will speak with him again next week."),
        ("en", "Although the two have not met, Narendra Modi spoke by phone with Javier Milei."),
        ("en", "Joe Biden spoke by phone with Olaf Scholz, but it was not clear how long the call lasted."),
        ("fr", "Emmanuel Macron s'est entretenu avec Olaf Scholz, qui n'a pas caché son inquiétude."),
        ("es", "Pedro Sánchez habló por teléfono con Lula, aunque no dio detalles."),
        ("it", "Giorgia Meloni ha avuto una telefonata con Olaf Scholz e tornerà a sentirlo, ma non ha detto quando."),
        ("de", "Olaf Scholz telefonierte am Montag mit Emmanuel Macron."),
        ("ru", "Владимир Путин провёл телефонный разговор с Эммануэлем Макроном."),
    ],
)
def test_held_call_clauses_stay_calls(language: str, text: str) -> None:
    assert sentence_cues(text, language).call


def test_clause_breaks_count_commas_and_dashes() -> None:
    text = "Macron called Putin, who - as usual - said no."
    tokens = tokenize(text, 0, "en")
    breaks = clause_breaks(tokens, text, 0)
    assert breaks[0] == breaks[2] == 0
    assert breaks[3] == 1  # after the comma: "who"
    assert breaks[-1] == 3


def test_denied_call_in_a_text_gives_no_call() -> None:
    r = readouts.parse(
        "Javier Milei aún no logró conversar con Donald Trump.\n\n"
        "Fuentes del entorno del presidente confirmaron que no hubo comunicación telefónica entre ambos."
    )
    assert r.calls == []


def test_past_call_stands_beside_a_planned_one() -> None:
    r = readouts.parse(
        "Emmanuel Macron spoke with Vladimir Putin by phone on 3 March 2022 and will speak with him again next week."
    )
    (call,) = r.calls
    assert names(call) == {"Emmanuel Macron", "Vladimir Putin"}
    assert call.date is not None and call.date.isoformat() == "2022-03-03"


def test_planned_call_does_not_add_people_to_the_call_told() -> None:
    r = readouts.parse(
        "Президент России Владимир Путин проведёт сегодня несколько телефонных разговоров.\n\n"
        "Владимир Путин говорит по телефону.\n\n"
        "Путин не планирует разговор с президентом Украины Владимиром Зеленским."
    )
    assert all("Volodymyr Zelenskyy" not in names(c) for c in r.calls)


def test_office_header_names_the_home_office_holder() -> None:
    r = readouts.parse(
        "Office of the Press Secretary\n"
        "For Immediate Release September 10, 2009\n"
        "Readout of the President's call with UK Prime Minister Brown\n"
        "The President and Prime Minister Brown had a productive call earlier today on the G20 summit."
    )
    (call,) = r.calls
    assert names(call) == {"Barack Obama", "Gordon Brown"}


@pytest.mark.parametrize(
    ("language", "text", "expressions"),
    [
        ("it", "Antonio Tajani ha parlato al telefono con Aleksandar Vučić.", 1),
        ("en", "Joe Biden spoke by phone with Olaf Scholz.", 1),
        ("en", "Before his call with Joe Biden, Emmanuel Macron had a phone conversation with Olaf Scholz.", 2),
    ],
)
def test_adjacent_cues_are_one_call_expression(language: str, text: str, expressions: int) -> None:
    assert sentence_cues(text, language).reports == expressions


def test_one_call_expression_over_two_counterparts_tells_both_calls() -> None:
    r = readouts.parse(
        "Il ministro degli Esteri Antonio Tajani ha parlato al telefono con il presidente serbo Aleksandar Vučić "
        "e con il premier kosovaro Albin Kurti. Ai due ha chiesto moderazione sul Kosovo."
    )
    assert len(r.calls) == 2
    assert all("serbia-kosovo" in c.topics for c in r.calls)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El ministro José Manuel Albares ha hablado este viernes con el secretario de Estado Marco Rubio."),
        ("es", "Pedro Sánchez habló este lunes con Emmanuel Macron sobre Ucrania."),
        ("fr", "Emmanuel Macron a parlé ce matin avec Olaf Scholz."),
    ],
)
def test_a_talk_verb_with_a_time_before_its_preposition_is_a_call(language: str, text: str) -> None:
    assert len(readouts.parse(text).calls) == 1
