"""Lower-casing (and case-folding) a long text in pieces.

``str.lower`` of a text that is not ASCII works in a buffer of twelve bytes
a character for the whole string at once (a character may lower to three
code points, of four bytes each): a 10 MB page takes 120 MB for a moment,
on top of everything its reading keeps. Lowered a piece at a time, cut
after a space or a line end, it takes about the size of the result.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["folded", "lowered"]

_PIECE = 1 << 16


def lowered(text: str, piece: int = _PIECE) -> str:
    """Return ``text.lower()``, the same string, lowered ``piece`` characters
    or so at a time.

    Only the final sigma depends on its neighbours, and its context ends at
    a space or a line end (neither is cased nor case-ignorable), so pieces cut
    just after one lower exactly as the whole text does.
    """
    if len(text) <= piece or text.isascii():
        return text.lower()
    return _by_pieces(text, str.lower, piece)


def folded(text: str, piece: int = _PIECE) -> str:
    """Return ``text`` with the letters ``re.IGNORECASE`` takes for one
    written as one ("i", "I", "ı" and "İ" as "I"; "s", "S" and "ſ" as "S"),
    a piece at a time: a word matched case-insensitively in ``text`` is, folded,
    a substring of the folded text, so ``in`` can rule it out.
    """
    if text.isascii():
        return text.upper()
    return _by_pieces(text, _fold, piece) if len(text) > piece else _fold(text)


def _fold(text: str) -> str:
    # Upper of lower joins the lower cases of one upper case, as re does; re lowers "İ" to "i", str to two characters.
    return text.replace("\u0130", "i").lower().upper()


def _by_pieces(text: str, change: Callable[[str], str], piece: int) -> str:
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = _cut(text, start + piece)
        parts.append(change(text[start:end]))
        start = end
    return "".join(parts)


def _cut(text: str, at: int) -> int:
    # Just after the first space or line end from ``at`` (the end of the text if none).
    if at >= len(text):
        return len(text)
    ends = [i for i in (text.find(" ", at), text.find("\n", at)) if i >= 0]
    return min(ends) + 1 if ends else len(text)
