"""Durations: ``an hour and a half``, ``the 1 hour and 45 minute call``,
``более полутора часов``, ``40-minute``, ``durante 45 minutos``,
``twenty-five minutes``, ``treinta y cinco minutos``.

A length of time that is a point in time (``three hours later``, ``il y a
deux heures``, ``3時間後``) is no duration: the language files'
``offset_words`` and ``offset_leads`` say which words make it one.
"""

from __future__ import annotations

from dataclasses import dataclass
from .. import lexicon
from .tokens import PhraseMatcher, Token, Tokens, fold

__all__ = ["find_duration"]

# Longer spans ("in the last 24 hours") describe something other than a call.
_MAX_HOURS = 6
# At most this much space between a duration and an offset word ("two hours
# later"): punctuation between them ("an hour, after which") breaks the phrase.
_OFFSET_GAP = 1


@dataclass(frozen=True, slots=True)
class _Units:
    phrases: PhraseMatcher[int]
    numbers: dict[str, float]
    hours: PhraseMatcher[bool]
    minutes: PhraseMatcher[bool]
    """Unit words, matched as phrases: ``時間`` is two tokens."""
    clock: frozenset[str]
    """Words after the hour of a time of day (``時`` in ``0時12分``)."""
    ands: frozenset[str]
    """``and`` words: "an hour and 15 minutes"."""
    offsets: PhraseMatcher[bool]
    """Words after a length of time that make it a point in time ("later")."""
    leads: PhraseMatcher[bool]
    """Words before a length of time that make it a point in time ("через")."""
    lead_lengths: frozenset[int]
    """How many tokens the lead phrases have, to look back exactly that far."""


@lexicon.derived
def _units(language: str) -> _Units:
    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in lexicon.words(language, key))

    own = lexicon.language(language)
    return _Units(
        phrases=PhraseMatcher(
            [(k, v) for d, mode in lexicon.layers(language, "duration_phrases") for k, v in d.duration_phrases.items() if lexicon.borrows(mode, k)]
        ),
        # The language's own number words win over borrowed ones spelled alike ("a").
        numbers={fold(k): v for d, mode in reversed(lexicon.layers(language, "numbers")) for k, v in d.numbers.items() if lexicon.borrows(mode, k)},
        hours=PhraseMatcher((w, True) for w in words("hour_words")),
        minutes=PhraseMatcher((w, True) for w in words("minute_words")),
        ands=words("conjunctions"),
        clock=frozenset(fold(w) for w in own.date_markers.get("hour", ())),
        # Only the language's own: an offset word of one language is a common
        # word of another ("vor", "fa").
        offsets=PhraseMatcher((w, True) for w in own.offset_words),
        leads=PhraseMatcher((w, True) for w in own.offset_leads),
        lead_lengths=frozenset(len(w.split()) for w in own.offset_leads),
    )


def _number(token: Token, units: _Units) -> float | None:
    if token.fold.isdigit() and len(token.fold) <= 3:
        return float(token.fold)
    return units.numbers.get(token.fold)


def _number_at(tokens: list[Token], i: int, units: _Units) -> tuple[float, int] | None:
    """The number that starts at token ``i`` and the index after it: tens and
    units written apart make one ("twenty-five", "vingt-cinq", "двадцать
    пять", "treinta y cinco")."""
    n = _number(tokens[i], units)
    if n is None:
        return None
    if 20 <= n <= 90 and n % 10 == 0:
        j = i + 1
        if j < len(tokens) and tokens[j].fold in units.ands:
            j += 1
        u = _number(tokens[j], units) if j < len(tokens) and not tokens[j].fold.isdigit() else None
        if u is not None and 1 <= u <= 9 and u == int(u):
            return n + u, j + 1
    return n, i + 1


def _read_at(tokens: list[Token], i: int, units: _Units) -> tuple[int, int, int] | None:
    """The duration that starts at token ``i``: ``(minutes, i, end)``."""
    m = units.phrases.match_at(tokens, i)
    if m is not None:
        # "durante una hora y media": a longer phrase that starts inside this one wins.
        for k in range(i + 1, m.last):
            longer = units.phrases.match_at(tokens, k)
            if longer is not None and longer.last > m.last:
                m = longer
        total = float(m.value)
        # "an hour and 15 minutes": a phrase may be followed by more minutes.
        j = m.last
        end = j
        if j < len(tokens) and total % 60 == 0 and _number(tokens[j], units) == 0.5:
            return round(total + 30), m.first, j + 1  # "2時間半"
        if j + 1 < len(tokens) and tokens[j].fold in units.ands:
            more = _number_at(tokens, j + 1, units)
            unit = units.minutes.match_at(tokens, more[1]) if more is not None and more[1] < len(tokens) else None
            if more is not None and unit is not None:
                total += more[0]
                end = unit.last
        return round(total), m.first, end
    found = _number_at(tokens, i, units)
    if found is None or found[1] >= len(tokens):
        return None
    n, after = found
    hours = units.hours.match_at(tokens, after)
    if hours is not None and 0 < n <= _MAX_HOURS and (tokens[after].fold != "h" or tokens[i].fold.isdigit()):
        total = n * 60
        j = hours.last
        if j < len(tokens) and tokens[j].fold in units.ands:
            j += 1
        end = hours.last
        half = _number(tokens[j], units) if j < len(tokens) else None
        if half == 0.5:
            # "3時間半": a half after the hours.
            return round(total + 30), i, j + 1
        if j + 1 < len(tokens):
            more = _number_at(tokens, j, units)
            minutes = units.minutes.match_at(tokens, more[1]) if more is not None and more[1] < len(tokens) else None
            if more is not None and minutes is not None:
                total += more[0]
                end = minutes.last
        return round(total), i, end
    minutes = units.minutes.match_at(tokens, after)
    # Minutes right after an hour word are a clock time ("0時12分") or part of a longer span.
    after_hour = i > 0 and (tokens[i - 1].fold in units.clock or units.hours.match_at(tokens, i - 1) is not None)
    if minutes is not None and 5 <= n <= _MAX_HOURS * 60 and not after_hour:
        return round(n), i, minutes.last
    return None


def _offset(tokens: list[Token], first: int, end: int, units: _Units) -> bool:
    """Whether the length of time ``tokens[first:end]`` is a point in time
    ("two hours later", "через два часа")."""
    if end < len(tokens) and tokens[end].start - tokens[end - 1].end <= _OFFSET_GAP:
        if units.offsets.match_at(tokens, end) is not None:
            return True
    for n in units.lead_lengths:
        k = first - n
        if k >= 0 and tokens[first].start - tokens[first - 1].end <= _OFFSET_GAP:
            lead = units.leads.match_at(tokens, k)
            if lead is not None and lead.last == first:
                return True
    return False


def find_duration(tokens: list[Token], language: str) -> tuple[int, int, int] | None:
    """Return the first duration stated in ``tokens``: ``(minutes, first
    token, last token + 1)``, or ``None`` when there is none. A length of
    time that dates something ("an hour later") is skipped."""
    units = _units(language)
    # Only a duration phrase or a number word can start a duration: the other tokens are not tried.
    starts = set(units.phrases.candidates(tokens))
    numbers = units.numbers  # as _number, inline: this runs over every token of a call's sentences
    # The folds as one tuple (a token list keeps it): no attribute read per token.
    folds = tokens.keys() if isinstance(tokens, Tokens) else [t.fold for t in tokens]
    starts.update(i for i, k in enumerate(folds) if k in numbers or (k.isdigit() and len(k) <= 3))
    free = 0
    for i in sorted(starts):
        if i < free:
            continue
        found = _read_at(tokens, i, units)
        if found is None:
            continue
        if not _offset(tokens, found[1], found[2], units):
            return found
        free = max(found[2], i + 1)
    return None
