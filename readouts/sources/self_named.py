"""Where a page names its own publisher outside any signature:

- a permalink alone on one of its first lines ("https://p.dw.com/p/4IwhT"),
  on a catalogued outlet's domain;
- its own text naming the outlet as the author of earlier or exclusive
  reporting, by a phrase of the language file's ``own_cues`` ("{outlet}
  писало", "w rozmowie z {outlet}"): only a catalogued news outlet counts,
  since a wire or an office named so is cited, not the author.
"""

from __future__ import annotations

import re

from .._document import Document
from .._edges import iter_lines
from ..lexicon.schema import SourceEntry
from . import domains
from .named_cues import lower_kept, named_around

__all__ = ["own_report", "permalink"]

_HEAD_LINES = 12
_LEAD_CHARS = 1500
_URL_LINE = re.compile(r"^\s*(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?\s*$", re.I)
_URL_CHARS = 300
_SELF_KINDS = ("news", "aggregator")


def permalink(doc: Document) -> tuple[int, SourceEntry] | None:
    """Return the offset in ``doc.full`` and the outlet of a bare URL line
    among the page's first lines whose host is a catalogued news outlet's or
    aggregator's, or ``None``."""
    at = 0
    seen = 0
    for line in iter_lines(doc.full):  # only the first lines are read: a long page is not split whole
        if seen >= _HEAD_LINES:
            break
        if line.strip():
            seen += 1
            m = _URL_LINE.match(line) if len(line) <= _URL_CHARS else None
            entry = domains.entry_for_host(m.group(1).lower()) if m else None
            if entry is not None and entry.kind in _SELF_KINDS:
                return at, entry
        at += len(line) + 1
    return None


def own_report(doc: Document) -> tuple[int, SourceEntry] | None:
    """Return the offset in ``doc.text`` and the news outlet that the text's
    lead or foot names as its author ("як писало {outlet}"), or ``None``."""
    text = doc.text
    zone = text if len(text) <= 2 * _LEAD_CHARS else text[:_LEAD_CHARS] + "\n" + text[-_LEAD_CHARS:]
    for at, entry in named_around(lower_kept(zone), doc.language, "own_cues"):
        if entry.kind == "news":
            return at, entry
    return None
