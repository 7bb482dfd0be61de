"""The work extraction skips must be work that could not change the result:
each shortcut is checked against the full computation it stands for."""

from typing import Any

import pytest

from readouts import lexicon
from readouts.extract.initiator import build_skeleton, find_initiators, may_state_initiator
from readouts.extract.tokens import Match, PhraseMatcher, Token, Tokens, morphology, tokenize

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


def _brute_starts(matcher: PhraseMatcher[Any], tokens: list[Token]) -> list[Match[Any]]:
    # match_at at every token of a plain list: what starts() must find.
    return [m for i in range(len(tokens)) if (m := matcher.match_at(tokens, i)) is not None]


@pytest.mark.parametrize("capital", [False, True])
def test_the_longest_match_at_every_start_is_match_at_everywhere(capital: bool) -> None:
    # Many phrases after one first word: only those whose second word follows are tried.
    phrases = [(f"President {w}", w) for w in ("of France", "of the Republic", "of Russia", "Macron", "Putin", "elect")]
    phrases += [("President", "bare"), ("President of the", "of the"), ("Republic of Turkiye", "tr"), ("elect*", "prefix")]
    for morph in (None, morphology("ru")):
        matcher = PhraseMatcher(phrases, morphology=morph, capital=capital)
        for text in (
            "President of the Republic of Turkiye met President Putin and the president elect.",
            "president of Russia, President, President of the",
            "Президент of France and President Macron elected President of the Republic",
        ):
            tokens = tokenize(text, 7)
            assert isinstance(tokens, Tokens)
            expected = _brute_starts(matcher, list(tokens))
            assert matcher.starts(tokens) == expected
            assert matcher.starts(list(tokens)) == expected
            # And the non-overlapping scan of a token list is the plain list's.
            assert list(matcher.finditer(tokens)) == list(matcher.finditer(list(tokens)))


def test_prefix_phrases_and_clitics_start_where_match_at_finds_them() -> None:
    matcher = PhraseMatcher([("elezion*", True), ("voto", True)], morphology=morphology("ar"))
    tokens = tokenize("Le elezioni, il voto e وبالرئيس elezione", 0, "ar")
    assert [m.first for m in matcher.starts(tokens)] == [m.first for m in _brute_starts(matcher, list(tokens))] == [1, 3, 6]


def test_tokens_are_the_word_pattern_s_matches_shifted() -> None:
    from readouts.extract.tokens import _word_re, fold

    text = "Путин и Macron говорили 3 мая; 习近平同 Erdoğan'la görüştü."
    for offset in (0, 1000):
        tokens = tokenize(text, offset)
        expected = [(m.start() + offset, m.end() + offset, m.group(), fold(m.group())) for m in _word_re().finditer(text)]
        assert [(t.start, t.end, t.text, t.fold) for t in tokens] == expected


def test_initiator_templates_start_only_where_their_first_part_stands() -> None:
    from readouts.extract.initiator import _match, _skips, _starts, _templates

    for lang, text in SENTENCES + [("en", "Macron called Putin and then Scholz called Biden at the request of the German side.")]:
        tokens = tokenize(text, 0, lang)
        people = [(i, i + 1, t.fold) for i, t in enumerate(tokens) if t.capitalised and i % 2]
        countries = [(i, i + 1, "XX") for i, t in enumerate(tokens) if t.capitalised and not i % 2]
        sk = build_skeleton(tokens, people, countries, morphology(lang))
        at: dict[str, list[int]] = {}
        for si, word in enumerate(sk.words):
            at.setdefault(word, []).append(si)
        for template, _ in _templates(lang):
            matched = [si for si in range(len(sk.words)) if _match(template, sk, 0, si, {}, _skips(lang))]
            allowed = list(_starts(template[0], at, len(sk.words)))
            assert set(matched) <= set(allowed)
            assert allowed == sorted(allowed)


@pytest.mark.parametrize(
    "text",
    ["BERLIN, March 4, 2022 (Reuters) - Scholz spoke", "МОСКВА, 3 марта. /ТАСС/. Путин", "Paris, le 3 mars Macron", "Roma 5 apr. Meloni"],
)
def test_a_dateline_is_found_as_the_pattern_finds_it(text: str) -> None:
    from readouts.extract.dates import _DATELINE, dateline_end

    m = _DATELINE.match(text)
    assert dateline_end(text) == (m.end() if m else -1)


def test_a_lexicon_is_left_out_where_its_first_word_stands_without_the_second() -> None:
    from readouts.extract.lexicon_group import LexiconGroup

    pair = PhraseMatcher([("the two leaders", True), ("the two sides", True)])
    word = PhraseMatcher([("phone", True), ("video link", True)])
    prefix = PhraseMatcher([("elect*", True)])
    group = LexiconGroup([pair, word, prefix])
    for text, expected in (
        ("The leaders spoke to the press by phone.", {word, prefix}),
        ("The two leaders spoke by video.", {pair, prefix}),
        ("The two sides spoke by video link.", {pair, word, prefix}),
        ("Nothing here at all.", {prefix}),
    ):
        tokens = tokenize(text)
        live = group.live(tokens)
        assert live == expected
        for matcher in (pair, word):
            if matcher not in live:
                assert matcher.starts(list(tokens)) == []
    assert group.live(list(tokenize("The two leaders"))) is None


def test_a_sentence_without_the_numeric_hint_has_no_numeric_date() -> None:
    import itertools

    from readouts.extract.dates import _NUMERIC, _NUMERIC_HINT

    pieces = ["2024", "16", "1", "٢٠٢٤", "-", ".", "/", " ", "_", "a"]
    for parts in itertools.product(pieces, repeat=5):
        text = "".join(parts)
        if _NUMERIC_HINT.search(text) is None:
            assert not any(pattern.search(text) for pattern, _ in _NUMERIC), text
    assert _NUMERIC_HINT.search("They spoke on 16.11.2021.")


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "ar", "zh"])
def test_one_test_per_sentence_tells_cues_and_people_what_to_skip(lang: str) -> None:
    from readouts.extract.cues import cues_for, read_cues
    from readouts.extract.lexicon_group import LexiconGroup
    from readouts.extract.people import find_mentions, mentions_in, vocabulary
    from readouts.pipeline.reading import _readers

    cues = cues_for(lang)
    texts = [text for _, text in SENTENCES] + [
        "President Emmanuel Macron had a phone call with the German Chancellor on Monday.",
        "Le président de la République s'est entretenu par téléphone avec Vladimir Poutine.",
        "Владимир Путин провёл телефонный разговор с Президентом Франции.",
        "习近平同法国总统马克龙通电话。",
        "The weather was fine.",
    ]
    for text in texts:
        tokens = tokenize(text, 0, lang)
        live = _readers(lang)[2].live(tokens)
        assert live is not None
        assert live == (cues.every.live(tokens) or set()) | (LexiconGroup(vocabulary(lang).matchers).live(tokens) or set())
        # With the shared test or none (a plain list is read whole): the same reading.
        assert mentions_in(tokens, vocabulary(lang), text, 0, live) == find_mentions(list(tokens), lang, text, 0)
        assert read_cues(tokens, cues, text, 0, live) == read_cues(list(tokens), cues, text, 0)


def test_the_shared_test_holds_the_matchers_the_readers_use() -> None:
    from readouts.extract.cues import cues_for
    from readouts.extract.people import vocabulary
    from readouts.pipeline.reading import _readers

    cues, vocab, every = _readers("en")
    assert cues is cues_for("en") and vocab is vocabulary("en")
    assert cues.phone in every.matchers and vocab.titles in every.matchers
    # Matchers made anew (as another thread may make them, or new language data):
    # the group is made anew with them, never kept over other objects.
    cues_for.cache_clear()
    vocabulary.cache_clear()
    again, vocab_again, every_again = _readers("en")
    assert again is cues_for("en") and again is not cues
    assert again.phone in every_again.matchers and vocab_again.titles in every_again.matchers
