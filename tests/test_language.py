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
