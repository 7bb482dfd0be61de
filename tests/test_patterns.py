import re

from readouts._patterns import literal_union


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
