import pytest

from readouts.pipeline.language import detect_language

SAMPLES = {
    "en": "The two leaders discussed the situation in the region and agreed to stay in touch in the coming days, the statement said.",
    "fr": "Le Président de la République s'est entretenu ce matin avec le Premier ministre, et les deux dirigeants sont convenus de rester en contact.",
    "it": "Il presidente del Consiglio ha avuto una conversazione telefonica con il presidente della Repubblica e hanno discusso della situazione.",
    "de": "Der Bundeskanzler hat am Abend mit dem Präsidenten telefoniert und die Lage in der Region besprochen, teilte ein Sprecher mit.",
    "es": "El presidente del Gobierno mantuvo una conversación telefónica con el primer ministro y ambos acordaron seguir en contacto.",
    "ru": "Президент провёл телефонный разговор с премьер-министром, стороны обсудили двустороннее сотрудничество.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_six_languages(code: str) -> None:
    assert detect_language(SAMPLES[code]) == code


def test_other_language_goes_to_langdetect() -> None:
    text = "O presidente conversou por telefone com o primeiro-ministro e os dois líderes não discutiram outras questões da agenda bilateral."
    assert detect_language(text) == "pt"


def test_same_answer_every_time() -> None:
    text = "Short mixed text, très court, molto breve."
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_a_hyphenated_word_holds_no_function_word() -> None:
    # "de" is a Turkish function word; "de-escalation" is an English word.
    assert detect_language("credible and lasting de-escalation.") == "en"


def test_a_two_line_body_is_read_with_its_headline() -> None:
    import readouts

    body = "Erdogan, Putin: de facto truce."
    assert detect_language(body) == "tr"  # one function word, and it is Turkish
    text = "Erdogan tells Putin the truce must hold and the grain corridor must stay open, his office says\n\n" + body
    assert readouts.parse(text).language == "en"


def _no_langdetect(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from readouts.pipeline import language

    asked: list[str] = []
    monkeypatch.setattr(language, "_langdetect", lambda sample: asked.append(sample) or "xx")
    return asked


def test_a_wide_lead_over_many_function_words_needs_no_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    # Names, figures and titles dilute the share of function words below the
    # first rule's; Spanish still leads Portuguese by far over dozens of words.
    names = " ".join(f"Nombre{i} Apellido{i} 2024 OTAN UE G20" for i in range(8))
    sentence = "El presidente habló por teléfono con el primer ministro de la república sobre la guerra y los precios. "
    text = (sentence + names + " ") * 3
    asked = _no_langdetect(monkeypatch)
    assert detect_language(text) == "es"
    assert asked == []


def test_a_narrow_lead_still_asks_langdetect(monkeypatch: pytest.MonkeyPatch) -> None:
    # Italian ahead of Spanish by less than the wide lead, on a thin share: langdetect decides.
    names = " ".join(f"Nome{i} Cognome{i} 2024 NATO" for i in range(20))
    text = "Il presidente e la premier del governo de Roma. " * 2 + names
    asked = _no_langdetect(monkeypatch)
    assert detect_language(text) == "xx"
    assert len(asked) == 1


@pytest.mark.parametrize(
    ("top", "second", "words", "kinds", "settled"),
    [
        (4, 2, 20, 1, True),  # the first rule: a fifth of the words, twice the runner-up
        (4, 2.5, 20, 3, False),
        (63, 22, 451, 9, True),  # the wide lead: 14% of the words, nearly three times the runner-up
        (63, 22, 451, 2, False),  # ... but from two words repeated
        (63, 30, 451, 9, False),
        (11, 2, 100, 6, False),  # too few hits for the wide-lead rule on a thin share
        (40, 10, 500, 8, False),  # 8% of the words: too thin for either rule
    ],
)
def test_when_the_count_settles(top: float, second: float, words: int, kinds: int, settled: bool) -> None:
    from readouts.pipeline.language import _settled

    assert _settled(top, second, words, kinds) is settled


def test_one_function_word_repeated_settles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dutch: its "de" is also a Turkish function word, and nearly nothing else here is one.
    text = (
        "De premier heeft dinsdag telefonisch gesproken met de president van Frankrijk over de oorlog in "
        "Oekraïne en de steun van de Europese Unie. Beide leiders waren het eens dat de samenwerking moet "
        "worden versterkt en dat zij binnenkort opnieuw contact zullen hebben. Het gesprek duurde ongeveer "
        "een half uur, aldus een woordvoerder van het kabinet in Den Haag. "
    ) * 3
    asked = _no_langdetect(monkeypatch)
    assert detect_language(text) == "xx"
    assert len(asked) == 1
