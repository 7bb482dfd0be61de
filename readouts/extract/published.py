"""The date a text carries as its publication date.

In order: a capture's own ``date YYYY-MM-DD`` header; a full date in the
page's first lines, in brackets on the first line or the title, in a byline
glued to the text (``By ‹reporter› | ‹outlet› 06-08-2024``), or in an
``Updated:``/``Published`` stamp; a dateline with day and month (``PARIS,
15 avril (Reuters)``) whose year a partial ``date YYYY-MM`` header supplies.
A partial header also vetoes dates of other months (a photo caption's date
is not the article's).
"""

from __future__ import annotations

import re
from datetime import date

from .._document import Document
from .dates import dateline_end, find_dates, plausible
from .event_dates import byline_words as _byline_words
from .tokens import fold, tokenize

__all__ = ["find_published"]

_BRACKETED = re.compile(r"[(\[]([^()\[\]\n]{1,40}\d{4})[)\]]")
_FIRST_LINE_CHARS = 400
_BYLINE = re.compile(r"^(\w+)\s(?:[^\n|]{1,60}\|[^\n]{0,60}?|(?:[A-Z][\w'.-]*\s){1,3})[\d./-]*\d{4}")


def find_published(doc: Document) -> date | None:
    """Return the publication date of ``doc`` from its head, stamps and dateline,
    or ``None``; a date outside the years readouts can be from is passed over."""
    year = month = None
    stamp = doc.stamp
    if stamp is not None and plausible(date(stamp.year, 1, 1) if 1 <= stamp.year <= 9999 else None):
        year, month = stamp.year, stamp.month
        if stamp.day is not None:
            try:
                found = plausible(date(year, month, stamp.day))
                if found is not None:
                    return found
            except ValueError:
                pass
    lines = list(doc.head)
    if doc.text:
        first = doc.text.split("\n", 1)[0]
        end = dateline_end(first)
        if end > 0:
            lines.append(first[:end])
        # "Communiqué ... (Élysée Palace, 30 March 2021)", "[Bundesregierung - 24.10.2014]".
        lines += _BRACKETED.findall(first[:_FIRST_LINE_CHARS])
        # "By ‹reporter› | ‹outlet› 06-08-2024 The Prime Minister...": a byline glued to the text.
        byline = _BYLINE.match(first)
        if byline and fold(byline.group(1)) in _byline_words():
            lines.append(byline.group(0))
    if doc.title:
        lines += _BRACKETED.findall(doc.title[:_FIRST_LINE_CHARS])  # the bracket may head the title line
    for line in lines:
        for ref in find_dates(line, tokenize(line), doc.language):
            if not ref.explicit:
                continue
            assert ref.month is not None and ref.day is not None
            y = ref.year or (year if month == ref.month else None)
            if y is None:
                continue
            if year is not None and (y, ref.month) != (year, month):
                continue
            try:
                found = plausible(date(y, ref.month, ref.day))
            except ValueError:
                continue
            if found is not None:
                return found
    return None
