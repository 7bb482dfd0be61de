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


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # Words between the verb and its object, or between the caller and the verb.
        ("Emmanuel Macron on Friday called up Vladimir Putin to discuss Ukraine.", "Emmanuel Macron"),
        ("Joe Biden called the French President Emmanuel Macron on Tuesday.", "Joe Biden"),
        ("Mevlut Cavusoglu held a telephone conversation on the request of U.S. Secretary of State Rex Tillerson.", "Rex Tillerson"),
        ("Emmanuel Macron a reçu, mercredi soir, un appel du président américain Joe Biden.", "Joe Biden"),
        ("Giorgia Meloni ha ricevuto ieri sera una telefonata dal presidente francese Emmanuel Macron.", "Emmanuel Macron"),
        ("Pedro Sánchez llamó este lunes al presidente francés Emmanuel Macron.", "Pedro Sánchez"),
        # A country as the side that asked, with or without the possessive.
        ("Narendra Modi held a phone call with Vladimir Putin at Russia's initiative.", "Vladimir Putin"),
        ("Narendra Modi held a phone call with Vladimir Putin at Russia initiative.", "Vladimir Putin"),
        ("Olaf Scholz spoke by phone with Emmanuel Macron on the German side's initiative.", "Olaf Scholz"),
        ("Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine à l'initiative de la Russie.", "Vladimir Putin"),
        ("Giorgia Meloni ha avuto un colloquio telefonico con Olaf Scholz, su iniziativa della Germania.", "Olaf Scholz"),
        ("Olaf Scholz telefonierte auf Initiative der Ukraine mit Wolodymyr Selenskyj.", "Volodymyr Zelenskyy"),
        ("Pedro Sánchez habló por teléfono con Joe Biden a petición de Estados Unidos.", "Joe Biden"),
        ("Владимир Путин провёл телефонный разговор с Эммануэлем Макроном по инициативе Франции.", "Emmanuel Macron"),
        # Clefts, in the sentence after the call.
        ("Emmanuel Macron spoke with Vladimir Putin by phone. It was France that asked for the call.", "Emmanuel Macron"),
        ("Emmanuel Macron s'est entretenu au téléphone avec Olaf Scholz. C'est la France qui a demandé cet entretien.", "Emmanuel Macron"),
        # The call of one to the other.
        ("The congratulatory call of Xi Jinping to Joe Biden lasted an hour.", "Xi Jinping"),
    ],
)
def test_initiator_phrasings_beyond_the_fixed_templates(text: str, who: str) -> None:
    assert initiator(text) == who


def test_received_calls_of_several_callers() -> None:
    calls = readouts.parse("Giorgia Meloni ha ricevuto le telefonate di Emmanuel Macron e di Olaf Scholz.").calls
    assert {c.initiator.name for c in calls if c.initiator} == {"Emmanuel Macron", "Olaf Scholz"}
    assert all(c.initiator is not None and c.initiator.name in {p.name for p in c.participants} for c in calls)


def test_a_gap_does_not_step_over_a_person() -> None:
    # "Biden said ... called Putin": the caller is the one right before the verb.
    assert initiator("Joe Biden said that Emmanuel Macron called Vladimir Putin on Monday.") != "Joe Biden"


def test_a_cleft_with_another_verb_names_no_initiator() -> None:
    text = "Emmanuel Macron spoke with Vladimir Putin by phone. It was Putin who said the talks were frank."
    assert initiator(text) is None


def test_the_writer_of_a_signed_post_who_called() -> None:
    import readouts

    text = (
        "I called President Emmanuel Macron this morning to discuss the war in Ukraine.\n"
        "- Narendra Modi (@narendramodi) March 24, 2025"
    )
    (call,) = readouts.parse(text).calls
    assert call.initiator is not None and call.initiator.name == "Narendra Modi"


def test_a_repeated_call_gives_its_caller_to_the_earlier_one() -> None:
    text = (
        "Emmanuel Macron dialled Vladimir Putin once again on Monday morning, his second call to the Kremlin in a day. "
        "On Sunday, Macron spoke with Putin about a summit on European security."
    )
    calls = readouts.parse(text).calls
    assert len(calls) == 2
    assert [c.initiator.name if c.initiator else None for c in calls] == ["Emmanuel Macron", "Emmanuel Macron"]


def test_a_call_named_once_keeps_no_caller_for_another_call() -> None:
    text = (
        "Emmanuel Macron dialled Vladimir Putin on Monday morning. "
        "On Sunday, Macron had spoken with Putin about a summit on European security."
    )
    initiators = [c.initiator.name if c.initiator else None for c in readouts.parse(text).calls]
    assert initiators.count(None) == len(initiators) - 1


@pytest.mark.parametrize(
    "text",
    [
        # A request for something done in the call, not for the call.
        "Emmanuel Macron spoke by phone with Narendra Modi. Modi, at the request of Macron, briefed him on the situation in Kashmir.",
        "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz. Olaf Scholz a présenté, à la demande de M. Macron, le bilan des discussions de Bruxelles.",
        "Pedro Sánchez habló por teléfono con Joe Biden. Biden aceptó, a petición de Sánchez, revisar los aranceles del acero.",
        "Владимир Путин провёл телефонный разговор с Эммануэлем Макроном. Путин по просьбе Макрона проинформировал его о ходе переговоров в Стамбуле.",
    ],
)
def test_a_request_for_something_else_names_no_caller(text: str) -> None:
    assert initiator(text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # The request stands by the call cue, before or after it.
        ("Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. The conversation took place at the request of the Turkish side.", "Recep Tayyip Erdogan"),
        ("Su iniziativa della parte francese, Giorgia Meloni ha avuto oggi una lunga conversazione telefonica con Emmanuel Macron.", "Emmanuel Macron"),
        ("Olaf Scholz telefonierte am Montag mit Joe Biden, auf Wunsch der amerikanischen Seite.", "Joe Biden"),
        # A noun for the talks as the subject of the request.
        ("Olaf Scholz hat am Montag mit Emmanuel Macron telefoniert. Das lange Gespräch fand auf Wunsch der französischen Seite statt.", "Emmanuel Macron"),
    ],
)
def test_a_request_beside_the_call_names_the_caller(text: str, who: str) -> None:
    assert initiator(text) == who
