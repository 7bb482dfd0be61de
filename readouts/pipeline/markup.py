"""Markup capped before the HTML parser sees it.

The HTML parser spends time in proportion to the depth of open elements on
every element it opens, and to the attributes already read on every new
attribute: 100,000 nested ``<div>`` or one element with 100,000 attributes
take minutes. One linear pass over the tags drops the opening tags beyond
``MAX_DEPTH`` (and their closing tags), and the attributes of an element
beyond ``MAX_ATTRIBUTES``; their text stays. A page within both limits
is returned unchanged.
"""

from __future__ import annotations

import re
from itertools import accumulate
from operator import sub

__all__ = ["MAX_ATTRIBUTES", "MAX_DEPTH", "cap_markup"]

MAX_DEPTH = 256
"""Open elements kept nested; real pages nest a few dozen deep."""
MAX_ATTRIBUTES = 64
"""Attributes kept on one element; real elements carry a handful."""

# A tag ends at the next '>' or, when broken, at the next '<': every
# character is read once, whatever the markup.
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)([^<>]*)(>?)")
_ATTRIBUTE = re.compile(r"""[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Opened again and again without closing, these close their predecessor:
# they never deepen the tree, so they do not count.
_SELF_ENDING = frozenset("p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp".split())


_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{%d,}" % (2 * MAX_ATTRIBUTES))


def _deepest(html: str) -> int:
    """How deep the tags nest, closing tags without an opening ignored;
    computed with C-level iteration (this runs on every page)."""
    if html.count("<") <= MAX_DEPTH:
        return 0  # too few tags to nest too deep
    flat = _VOID | _SELF_ENDING
    steps = [1 - 2 * len(slash) for slash, name in _NAME.findall(html) if name.lower() not in flat]
    if not steps:
        return 0
    sums = list(accumulate(steps))
    lows = accumulate(sums, min, initial=0)
    next(lows)
    return int(max(map(sub, sums, lows)))


def _within_limits(html: str) -> bool:
    """A quick first pass: can no element be too deep or too many-attributed?"""
    if _deepest(html) > MAX_DEPTH:
        return False
    return not any(len(_ATTRIBUTE.findall(m.group(0))) > MAX_ATTRIBUTES for m in _LONG_TAG.finditer(html))


def _few_attributes(name: str, attributes: str, end: str) -> str:
    kept = _ATTRIBUTE.findall(attributes)[:MAX_ATTRIBUTES]
    return f"<{name} {' '.join(kept)}{end}"


def cap_markup(html: str) -> str:
    """Return ``html`` with nesting and attributes within the limits.

    Returns:
        ``html`` itself when it is within them; else a copy without the
        opening tags nested deeper than ``MAX_DEPTH``, their closing
        tags, and the attributes beyond ``MAX_ATTRIBUTES`` of each element.
    """
    if _within_limits(html):
        return html
    depth = dropped = 0
    pieces: list[str] = []
    last = 0
    for m in _TAG.finditer(html):
        closing, raw_name, attributes, end = m.groups()
        name = raw_name.lower()
        replacement: str | None = None
        if closing:
            if name in _VOID or name in _SELF_ENDING:
                continue
            if dropped:
                dropped -= 1
                replacement = " "
            elif depth:
                depth -= 1
        elif name not in _VOID and name not in _SELF_ENDING and not attributes.rstrip().endswith("/"):
            if depth >= MAX_DEPTH:
                dropped += 1
                replacement = " "
            else:
                depth += 1
        if replacement is None and (attributes.count("=") > MAX_ATTRIBUTES or attributes.count(" ") > MAX_ATTRIBUTES):
            if len(_ATTRIBUTE.findall(attributes)) > MAX_ATTRIBUTES:
                replacement = _few_attributes(raw_name, attributes, end)
        if replacement is not None:
            pieces.append(html[last : m.start()])
            pieces.append(replacement)
            last = m.end()
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)
