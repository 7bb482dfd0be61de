"""One compiled pattern for a list of literal phrases, factored as a trie
(``(?:afp\\)|ap\\))`` becomes ``a(?:fp|p)\\)``): the regex engine tests one
branch per character instead of every phrase, so a scan of a page for a
whole catalogue's names stays one cheap pass."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

__all__ = ["literal_union", "word_start_matches"]

_END = ""


def literal_union(phrases: Iterable[str], *, flexible_space: bool = False, word_end: bool = False) -> str:
    """Return a regex source matching any of ``phrases`` (the longest one where
    several match at a position), or ``"(?!)"`` (never matches) for none.
    With ``flexible_space`` a space in a phrase matches any run of white space;
    with ``word_end`` a phrase that ends in a letter or digit matches only
    where no word character follows (``(?!\\w)``: "related" is not "relatedly")."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not trie:
        return "(?!)"
    return _build(trie, flexible_space, word_end, "")


_WORD_END = r"(?!\w)"


def _build(node: dict, flexible_space: bool, word_end: bool, last: str) -> str:  # type: ignore[type-arg]
    # ``last``: the character that led to this node, which a phrase ending here ends with.
    alternatives = []
    optional = False
    for ch in sorted(node):
        if ch == _END:
            optional = True
            continue
        # A run of nodes with one child each and no phrase ending in them is
        # one string: the recursion goes only where phrases branch or end.
        run = [ch]
        child = node[ch]
        while len(child) == 1 and _END not in child:
            (step, child), = child.items()
            run.append(step)
        head = "".join(r"\s+" if flexible_space and c == " " else _escape(c) for c in run)
        alternatives.append(head + _build(child, flexible_space, word_end, run[-1]))
    end = _WORD_END if word_end and last.isalnum() else ""
    if not alternatives:
        return end
    if optional and end:
        # Longer phrases first, then this one where its word ends.
        return "(?:" + "|".join(alternatives) + "|" + end + ")"
    if optional:
        return "(?:" + "|".join(alternatives) + ")?"
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


@lru_cache(maxsize=4096)
def _escape(ch: str) -> str:
    return re.escape(ch)


def word_start_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches ``re.finditer`` yields for ``(?<!\\w)`` followed by
    ``pattern`` (which must match no empty string), from left to right.

    A pattern that opens with a look-behind is tried at every position of the
    text; one that opens with its phrases lets the regex engine skip to where
    one of their first characters stands, and the look-behind is checked here.
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        before = text[start - 1] if start else ""
        if before.isalnum() or before == "_":  # what \w matches
            pos = start + 1
        else:
            yield m
            pos = m.end()
