"""One compiled pattern for a list of literal phrases, factored as a trie
(``(?:afp\\)|ap\\))`` becomes ``a(?:fp|p)\\)``): the regex engine tests one
branch per character instead of every phrase, so a scan of a page for a
whole catalogue's names stays one cheap pass."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["literal_union"]

_END = ""


def literal_union(phrases: Iterable[str], *, flexible_space: bool = False) -> str:
    """Return a regex source matching any of ``phrases`` (the longest one where
    several match at a position), or ``"(?!)"`` (never matches) for none.
    With ``flexible_space`` a space in a phrase matches any run of white space."""
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
    return _build(trie, flexible_space)


def _build(node: dict, flexible_space: bool) -> str:  # type: ignore[type-arg]
    alternatives = []
    optional = False
    for ch in sorted(node):
        if ch == _END:
            optional = True
            continue
        head = r"\s+" if flexible_space and ch == " " else re.escape(ch)
        alternatives.append(head + (_build(node[ch], flexible_space) if node[ch] and list(node[ch]) != [_END] else ""))
    if not alternatives:
        return ""
    if optional:
        return "(?:" + "|".join(alternatives) + ")?"
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
