import re

from readouts._patterns import literal_union, word_start_matches


def test_the_longest_phrase_matches_where_several_do() -> None:
    pattern = re.compile(literal_union(["afp", "afp)", "ap"]))
    assert [m.group() for m in pattern.finditer("(afp) and ap")] == ["afp)", "ap"]


def test_no_phrase_matches_nothing() -> None:
    assert re.search(literal_union([]), "anything") is None


def test_a_flexible_space_matches_any_white_space() -> None:
    assert re.fullmatch(literal_union(["read more"], flexible_space=True), "read \t more")


def test_a_word_end_keeps_a_phrase_from_matching_inside_a_longer_word() -> None:
    pattern = re.compile(literal_union(["related", "share", "share this", "(c)"], word_end=True))
    assert pattern.match("related stories") and not pattern.match("relatedly")
    # The longer phrase fails at its word end, the shorter one inside it still matches.
    assert pattern.match("share thisx").group() == "share"  # type: ignore[union-attr]
    assert pattern.match("share this page").group() == "share this"  # type: ignore[union-attr]
    # A phrase that ends in punctuation may run on into a word.
    assert pattern.match("(c)reuters").group() == "(c)"  # type: ignore[union-attr]


def test_matches_at_word_starts_are_those_of_a_look_behind() -> None:
    # Phrases that overlap, follow a letter, a digit, "_" or a non-Latin letter, or open the text.
    phrases = ["citing", "reports citing", "ting dpa", "és", "на"]
    pattern = literal_union(phrases, flexible_space=True)
    texts = [
        "citing dpa, reports citing AFP; excisting citing",
        "_citing 2citing éciting reports  citing ting dpa",
        "передає на сайті: dés és xés", "", "citing",
    ]
    for text in texts:
        expected = [(m.span(), m.group()) for m in re.finditer(rf"(?<!\w)(?:{pattern})", text)]
        found = [(m.span(), m.group()) for m in word_start_matches(re.compile(pattern), text)]
        assert found == expected, text
    assert [m.group() for m in word_start_matches(re.compile(pattern), "xciting citing")] == ["citing"]


def test_the_word_characters_are_those_of_the_regex_engine() -> None:
    # word_start_matches checks "\w" with str.isalnum: the same characters for every code point.
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert "".join(re.findall(r"\w", every)) == "".join(c for c in every if c.isalnum() or c == "_")
