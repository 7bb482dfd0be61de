"""The work extraction skips must be work that could not change the result:
each shortcut is checked against the full computation it stands for."""

import pytest

from readouts import lexicon
from readouts.extract.initiator import build_skeleton, find_initiators, may_state_initiator
from readouts.extract.tokens import PhraseMatcher, Tokens, morphology, tokenize

SENTENCES = [
    ("en", "At the request of the Polish side, the two presidents spoke by phone on Monday."),
    ("en", "The leaders discussed grain exports and agreed to stay in touch."),
    ("fr", "L'entretien a eu lieu à l'initiative de la partie allemande."),
    ("fr", "Les deux dirigeants ont évoqué la sécurité énergétique."),
    ("ru", "Разговор состоялся по инициативе финской стороны."),
    ("ru", "Стороны обсудили торговлю и энергетику."),
    ("ar", "وبحث الرئيسان العلاقات الثنائية في اتصال هاتفي."),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_a_sentence_without_template_words_has_no_initiator(lang: str, text: str) -> None:
    tokens = tokenize(text, 0, lang)
    skeleton = build_skeleton(tokens, [], [(i, i + 1, "XX") for i, t in enumerate(tokens) if t.capitalised], morphology(lang))
    found = find_initiators(skeleton, lang)
    if not may_state_initiator(tokens, lang):
        assert found == []
    # The test as a plain list gives the same answer as through the token list's keys.
    assert may_state_initiator(list(tokens), lang) == may_state_initiator(tokens, lang)


def test_template_words_are_noticed() -> None:
    assert may_state_initiator(tokenize("At the request of the Polish side, they spoke.", 0, "en"), "en")
    assert not may_state_initiator(tokenize("They spoke about grain exports.", 0, "en"), "en")


def test_matches_are_kept_and_equal_to_a_fresh_scan() -> None:
    matcher = PhraseMatcher([("phone call", "p"), ("call", "c"), ("video link", "v")])
    tokens = tokenize("After the phone call, a second call by video link followed the call.")
    first = list(matcher.finditer(tokens))
    again = list(matcher.finditer(tokens))
    # A plain list is scanned afresh each time: the kept matches must be what it finds.
    fresh = list(matcher.finditer(list(tokens)))
    assert [(m.first, m.last, m.value) for m in first] == [(m.first, m.last, m.value) for m in fresh]
    assert first == again
    assert [m.value for m in first] == ["p", "c", "v", "c"]


def test_a_range_is_scanned_on_its_own() -> None:
    matcher = PhraseMatcher([("phone call", True), ("call", True)])
    tokens = tokenize("phone call then call")
    assert [(m.first, m.last) for m in matcher.finditer(tokens, 1)] == [(1, 2), (3, 4)]
    assert [(m.first, m.last) for m in matcher.finditer(tokens)] == [(0, 2), (3, 4)]


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_candidates_agree_with_the_token_by_token_test(lang: str) -> None:
    # Through the shared keys (and, with clitics, their variants) or token by token: the same starts.
    morph = morphology(lang)
    words = [w for d, _ in lexicon.layers(lang, "phone_cues") for w in d.phone_cues]
    matcher = PhraseMatcher([(w, True) for w in words], morphology=morph)
    for _, text in SENTENCES:
        tokens = tokenize(text, 0, lang)
        assert isinstance(tokens, Tokens)
        assert matcher.candidates(tokens) == matcher.candidates(list(tokens))


def test_tokens_share_their_strings() -> None:
    a, b = tokenize("Talks, talks and talks")[0], tokenize("talks")[0]
    assert a.fold is b.fold
    assert b.text is b.fold  # a word already folded is one string


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "ar", "zh"])
def test_cue_lexicons_left_out_of_a_sentence_find_nothing_there(lang: str) -> None:
    from readouts.extract.cues import cues_for

    cues = cues_for(lang)
    matchers = [getattr(cues, name) for name in ("phone", "video", "talk", "false", "planned", "meeting", "since", "negated")]
    texts = [text for _, text in SENTENCES] + ["电话会谈中双方讨论了贸易问题。", "Они не говорили по телефону с 5 марта."]
    for text in texts:
        tokens = tokenize(text, 0, lang)
        live = cues.every.live(tokens)
        assert live is not None
        for matcher in matchers:
            if matcher not in live:
                assert list(matcher.finditer(list(tokens))) == []
    # A sentence with a phone cue keeps that lexicon live.
    phone = next(w for d, _ in lexicon.layers(lang, "phone_cues") for w in d.phone_cues if not w.endswith("*"))
    assert cues.phone in (cues.every.live(tokenize(phone, 0, lang)) or ())
