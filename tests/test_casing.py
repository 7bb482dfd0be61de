import random
import re

from readouts._casing import folded, lowered


def test_a_long_text_lowers_in_pieces_as_it_does_whole() -> None:
    # Final sigmas at every place a piece may be cut: after a space, a line end, or neither.
    alphabet = ["ΟΔΥΣΣΕΑΣ", "Σ", "Σ.", "'Σ", "İstanbul", "ǅ", "ß", "Straße", "ПУТИН", "a", " ", "\n", ".", "ς", "'"]
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        for piece in (1, 2, 3, 5, 8):
            assert lowered(text, piece) == text.lower(), (text, piece)
            assert folded(text, piece) == folded(text), (text, piece)


def test_a_text_without_a_space_or_line_end_is_one_piece() -> None:
    text = "ΣΣΣ" * 10
    assert lowered(text, 4) == text.lower()


def test_a_word_matched_in_any_case_is_in_the_folded_text() -> None:
    for word, text in [("istanbul", "İSTANBUL"), ("copyright", "COPYRıGHT"), ("newsletters", "NEWSLETTERſ"), ("фото", "ФОТО"), ("Straße", "STRAßE")]:
        assert re.search("(?i:" + re.escape(word) + ")", text)
        assert folded(word) in folded(text)
