"""Dates in text: explicit dates, weekday names and relative words.

Explicit dates are read from tokens with the month names of the language's
data file (``7 novembre 2020``, ``September 15``, ``22 мая 2024 года``,
``29 de enero``) and from numeric forms (``2021-11-16``, ``16-11-2021``,
``29.01.2022``). Weekdays and ``yesterday`` are kept unresolved until an
anchor date is known; python-dateutil's ``relativedelta`` does the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from dateutil.relativedelta import relativedelta, weekday

from .. import lexicon
from .event_dates import event_nouns, reported
from .tokens import Morphology, PhraseMatcher, Token, fold, morphology

__all__ = ["DateRef", "bare_months", "dateline_end", "find_dates", "plausible", "resolve"]

# "BERLIN, March 4, 2022 (Reuters) -", "МОСКВА, 3 марта. /ТАСС/.", "Roma, 5 apr. (ANSA) -"
# "Londres. Lunes 5 de agosto de 2024.-El primer ministro", "Madrid, 3 feb (EFE).-": the Spanish agencies' ".-".
_DATELINE = re.compile(r"^(?:\([^()\n]{0,80}\)\s*)?[^\W\d_][^\n]{0,60}?(?:\([^()\n]{1,40}\)\.?\s*-|/[^/\n]{1,20}/\.?|\s-\s|\d\.-(?=\S))")


def dateline_end(text: str) -> int:
    """Where an agency dateline opening ``text`` ends, or -1 if it has none."""
    if "-" not in text and "/" not in text:
        return -1  # every ending of a dateline has one: most sentences are ruled out in C
    m = _DATELINE.match(text)
    return m.end() if m else -1

_NUMERIC_HINT = re.compile(r"\d[.\-/]\d")
"""What every numeric date has (a digit, a separator, a digit): a sentence
without one is not searched for them (most have none, and the two patterns
cost a try at every character)."""
_NUMERIC = (
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})\b"), ("d", "m", "y")),
)


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression: full, partial (no year), a weekday or a relative day."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: int | None = None
    event: int | None = None
    """Where the event noun this date belongs to starts ("the elections of
    9 August"), if it is an event's: then it is not the day of a call."""
    said: bool = False
    """Whether it is the day something was said ("the Kremlin said on
    Wednesday"): a call's own date in the sentence outranks it."""

    @property
    def explicit(self) -> bool:
        return self.month is not None and self.day is not None


@dataclass(frozen=True, slots=True)
class _Words:
    months: PhraseMatcher[int]
    weekdays: PhraseMatcher[int]
    relative: PhraseMatcher[int]
    weekdays_capitalised: bool
    eras: PhraseMatcher[int]
    years: frozenset[str]
    month_markers: frozenset[str]
    days: frozenset[str]
    span_after_day: frozenset[str]
    numbers: dict[str, float]


def _spelled_forms(language: str) -> Morphology | None:
    """The rules weekdays are matched by: a language's clitic prefixes and
    contractions, but not its endings. Its file spells every form of a
    weekday, as of a month; stripping endings would make "среди"/"серед"
    ("among") the stem of Wednesday."""
    rules = morphology(language)
    if rules is None:
        return None
    kept = Morphology(rules.letters, (), rules.prefixes, rules.min_stem, rules.contractions)
    return kept if kept else None


@lexicon.derived
def _words(language: str) -> _Words:
    data = lexicon.language(language)
    months = [(k, v) for d, mode in lexicon.layers(language, "months") for k, v in d.months.items() if lexicon.borrows(mode, k)]
    return _Words(
        months=PhraseMatcher(months),
        weekdays=PhraseMatcher([(k, v) for k, v in data.weekdays.items()], morphology=_spelled_forms(language)),
        relative=PhraseMatcher([(k, v) for k, v in data.relative_days.items()]),
        weekdays_capitalised=data.weekdays_capitalised,
        eras=PhraseMatcher(list(data.eras.items())),
        years=frozenset(fold(w) for w in data.date_markers.get("year", ())),
        month_markers=frozenset(fold(w) for w in data.date_markers.get("month", ())),
        days=frozenset(fold(w) for w in data.date_markers.get("day", ())),
        span_after_day=frozenset(fold(w) for w in data.date_markers.get("span", ())),
        numbers={fold(k): v for k, v in data.numbers.items()},
    )


@lexicon.derived
def _connectors() -> frozenset[str]:
    # Every language's: "3 de enero" and "March 3 of 2022" turn up in any text.
    return frozenset(w for code in lexicon.LANGUAGES for w in lexicon.language(code).date_connectors)


@lexicon.derived
def _ordinal() -> re.Pattern[str]:
    suffixes = {s for code in lexicon.LANGUAGES for s in lexicon.language(code).ordinal_suffixes}
    alternation = "|".join(re.escape(s) for s in sorted(suffixes, key=lambda s: (-len(s), s)))
    return re.compile(rf"^(\d{{1,4}})(?:{alternation})?$" if alternation else r"^(\d{1,4})$")


_FIRST_YEAR, _LAST_YEAR = 1900, 2100
"""The years a readout's dates can fall in: a date outside them is a
placeholder (``0001-01-01``, ``9999-12-31``) or a number that is no year."""


def plausible(day: date | None) -> date | None:
    """``day`` if it falls in the years a readout can be dated in, else ``None``."""
    return day if day is not None and _FIRST_YEAR <= day.year <= _LAST_YEAR else None


def _safe(year: int | None, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if year is None:
        return True
    try:
        date(year, month, day)
    except ValueError:
        return False
    return _FIRST_YEAR <= year <= _LAST_YEAR


def _int(token: Token, lo: int, hi: int) -> int | None:
    m = _ordinal().match(token.fold)
    if m:
        n = int(m.group(1))
        if lo <= n <= hi:
            return n
    return None


def find_dates(text: str, tokens: list[Token], language: str, offset: int = 0) -> list[DateRef]:
    """Return every date expression of a sentence, in order."""
    words = _words(language)
    connectors = _connectors()
    out: list[DateRef] = []
    covered: set[int] = set()
    for pattern, order in _NUMERIC if _NUMERIC_HINT.search(text) else ():
        for found in pattern.finditer(text):
            parts = dict(zip(order, map(int, found.groups())))
            if _safe(parts["y"], parts["m"], parts["d"]):
                out.append(DateRef(found.start() + offset, found.end() + offset, parts["y"], parts["m"], parts["d"]))
                covered.update(range(found.start() + offset, found.end() + offset))
    for m in words.months.finditer(tokens):
        tok = tokens[m.first]
        if tok.start in covered:
            continue
        month = int(m.value)
        # "may" is a verb far more often than a month: demand a number beside it.
        day = year = None
        first, last = m.first, m.last
        k = m.first - 1
        if k >= 0 and tokens[k].fold in connectors:
            k -= 1
        if k >= 0:
            day = _int(tokens[k], 1, 31)
            if day is not None:
                first = k
        k = m.last
        if day is None and k < len(tokens):
            day = _int(tokens[k], 1, 31)
            if day is not None:
                last = k + 1
                k += 1
        while k < len(tokens) and tokens[k].fold in connectors:
            k += 1
        if k < len(tokens):
            year = _int(tokens[k], 1900, 2100)
            if year is not None and len(tokens[k].fold) == 4:
                last = k + 1
            else:
                year = None
        if day is None and year is None:
            continue
        if day is None:
            out.append(DateRef(tokens[first].start, tokens[last - 1].end, year, month, None))
        elif _safe(year, month, day):
            out.append(DateRef(tokens[first].start, tokens[last - 1].end, year, month, day))
    if words.month_markers:
        out += _marked_dates(tokens, words, covered)
    for m in words.weekdays.finditer(tokens):
        if tokens[m.first].capitalised or not words.weekdays_capitalised:
            out.append(DateRef(tokens[m.first].start, tokens[m.last - 1].end, weekday=int(m.value)))
    for m in words.relative.finditer(tokens):
        out.append(DateRef(tokens[m.first].start, tokens[m.last - 1].end, relative=int(m.value)))
    out.sort(key=lambda r: r.start)
    if out:
        owners = event_nouns(text, tokens, [(r.start, r.end, r.explicit) for r in out], language, offset)
        said = reported(text, tokens, [r.start for r in out], language, offset)
        out = [r if at is None and not s else replace(r, event=at, said=s) for r, at, s in zip(out, owners, said)]
    return out


def bare_months(tokens: list[Token], language: str, *, marked: bool = False) -> list[tuple[int, int]]:
    """The months a sentence names alone, with no day or year beside them
    ("they also spoke in November"), as ``(token index, month)``; in a
    language that capitalises weekdays, only capitalised ones (not "may").
    With ``marked``, also those written with a month marker ("去年11月")."""
    words = _words(language)
    out = []
    for m in words.months.finditer(tokens):
        if words.weekdays_capitalised and not tokens[m.first].capitalised:
            continue
        near = [tokens[k] for k in (m.first - 1, m.first - 2, m.last, m.last + 1) if 0 <= k < len(tokens)]
        if not any(t.fold.isdigit() for t in near):
            out.append((m.first, int(m.value)))
    if marked and words.month_markers:
        for i in range(len(tokens) - 1):
            if tokens[i + 1].fold not in words.month_markers:
                continue
            month = _count(tokens[i], words)
            day_after = i + 3 < len(tokens) and tokens[i + 3].fold in words.days
            year_before = i >= 2 and tokens[i - 1].fold in words.years and _count(tokens[i - 2], words) is not None
            if month is not None and 1 <= month <= 12 and not day_after and not year_before:
                out.append((i, month))
    return out


def _count(token: Token, words: _Words) -> int | None:
    if token.fold.isdigit() and len(token.fold) <= 4:
        return int(token.fold)
    value = words.numbers.get(token.fold)
    return int(value) if value is not None and value == int(value) else None


def _marked_dates(tokens: list[Token], words: _Words, covered: set[int]) -> list[DateRef]:
    """Dates written with markers after their numbers: ``2025年2月24日``,
    ``2月24日``, ``令和2年2月24日`` (the era's years counted from its start)."""
    out: list[DateRef] = []
    eras = {m.last: m for m in words.eras.finditer(tokens)}
    taken: set[int] = set()
    for i in range(len(tokens) - 1):
        if tokens[i + 1].fold not in words.month_markers or tokens[i].start in covered:
            continue
        month = _count(tokens[i], words)
        if month is None or not 1 <= month <= 12:
            continue
        first, last = i, i + 2
        day = None
        if i + 3 < len(tokens) and tokens[i + 3].fold in words.days:
            day = _count(tokens[i + 2], words)
            if day is not None and 1 <= day <= 31:
                last = i + 4
            else:
                day = None
        year = None
        if i >= 2 and tokens[i - 1].fold in words.years:
            n = _count(tokens[i - 2], words)
            era = eras.get(i - 2)
            if n is not None and era is not None:
                year, first = int(era.value) + n, era.first
            elif n is not None and 1900 <= n <= 2100:
                year, first = n, i - 2
        # A month alone ("去年11月") is kept too: a marker makes it no other word,
        # and an earlier call may be dated by its month only.
        if day is None or _safe(year, month, day):
            out.append(DateRef(tokens[first].start, tokens[last - 1].end, year, month, day))
            taken.update(range(first, last))
    # A day alone ("２８日"), not part of a date above nor of a span ("3日間").
    for i in range(len(tokens) - 1):
        if i in taken or tokens[i + 1].fold not in words.days or tokens[i].start in covered:
            continue
        if i + 2 < len(tokens) and tokens[i + 2].fold in words.span_after_day:
            continue
        day = _count(tokens[i], words) if tokens[i].fold.isdigit() else None
        if day is not None and 1 <= day <= 31:
            out.append(DateRef(tokens[i].start, tokens[i + 1].end, day=day))
    return out


def resolve(ref: DateRef, anchor: date | None, *, year_hint: int | None = None) -> date | None:
    """Turn ``ref`` into a date, reading weekdays and relative words from ``anchor``.

    A weekday is the latest such day on or before the anchor (readouts
    report calls that have happened). A date without a year takes the year
    of the anchor (or ``year_hint``), moved back a year if that would put it
    well after the anchor. Returns ``None`` when the date cannot be told, or
    would fall outside the years a readout can be dated in (an anchor of
    ``date.min`` or ``date.max`` does not overflow: it gives ``None``).
    """
    try:
        return plausible(_resolve(ref, anchor, year_hint))
    except OverflowError:
        return None


def _resolve(ref: DateRef, anchor: date | None, year_hint: int | None) -> date | None:
    if ref.explicit:
        assert ref.month is not None and ref.day is not None
        year = ref.year or (anchor.year if anchor else year_hint)
        if year is None or not _safe(year, ref.month, ref.day):
            return None
        found = date(year, ref.month, ref.day)
        if ref.year is None and anchor is not None and found > anchor + timedelta(days=7):
            found = found - relativedelta(years=1)
        return found
    if anchor is None:
        return None
    if ref.relative is not None:
        return anchor + timedelta(days=ref.relative)
    if ref.weekday is not None:
        day: date = anchor + relativedelta(weekday=weekday(ref.weekday)(-1))
        return day
    if ref.day is not None:
        # A day of the month alone ("28日"): the anchor's month, or the one before
        # if that day is still to come.
        for back in (0, 1):
            month = anchor - relativedelta(months=back)
            if _safe(month.year, month.month, ref.day) and date(month.year, month.month, ref.day) <= anchor + timedelta(days=1):
                return date(month.year, month.month, ref.day)
    return None
