"""Durations: ``an hour and a half``, ``the 1 hour and 45 minute call``,
``более полутора часов``, ``40-minute``, ``durante 45 minutos``."""

from __future__ import annotations

from dataclasses import dataclass
from .. import lexicon
from .tokens import PhraseMatcher, Token, fold

__all__ = ["find_duration"]

# Longer spans ("in the last 24 hours") describe something other than a call.
_MAX_HOURS = 6


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


@lexicon.derived
def _units(language: str) -> _Units:
    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for d, mode in lexicon.layers(language, key) for w in getattr(d, key) if lexicon.borrows(mode, w))

    return _Units(
        phrases=PhraseMatcher(
            [(k, v) for d, mode in lexicon.layers(language, "duration_phrases") for k, v in d.duration_phrases.items() if lexicon.borrows(mode, k)]
        ),
        # The language's own number words win over borrowed ones spelled alike ("a").
        numbers={fold(k): v for d, mode in reversed(lexicon.layers(language, "numbers")) for k, v in d.numbers.items() if lexicon.borrows(mode, k)},
        hours=PhraseMatcher((w, True) for w in words("hour_words")),
        minutes=PhraseMatcher((w, True) for w in words("minute_words")),
        ands=words("conjunctions"),
        clock=frozenset(fold(w) for w in lexicon.language(language).date_markers.get("hour", ())),
    )


def _number(token: Token, units: _Units) -> float | None:
    if token.fold.isdigit() and len(token.fold) <= 3:
        return float(token.fold)
    return units.numbers.get(token.fold)


def find_duration(tokens: list[Token], language: str) -> tuple[int, int, int] | None:
    """Return the first duration stated in ``tokens``: ``(minutes, first token, last token + 1)``."""
    units = _units(language)
    i = 0
    while i < len(tokens):
        m = units.phrases.match_at(tokens, i)
        if m is not None:
            total = float(m.value)
            # "an hour and 15 minutes": a phrase may be followed by more minutes.
            j = m.last
            end = j
            if j + 1 < len(tokens):
                n = _number(tokens[j + 1], units) if tokens[j].fold in units.ands else None
                unit = units.minutes.match_at(tokens, j + 2) if n is not None and j + 2 < len(tokens) else None
                if n is not None and unit is not None:
                    total += n
                    end = unit.last
            return round(total), i, end
        n = _number(tokens[i], units)
        if n is not None and i + 1 < len(tokens):
            hours = units.hours.match_at(tokens, i + 1)
            if hours is not None and 0 < n <= _MAX_HOURS and (tokens[i + 1].fold != "h" or tokens[i].fold.isdigit()):
                total = n * 60
                j = hours.last
                if j < len(tokens) and tokens[j].fold in units.ands:
                    j += 1
                end = hours.last
                if j + 1 < len(tokens):
                    n2 = _number(tokens[j], units)
                    minutes = units.minutes.match_at(tokens, j + 1) if n2 is not None else None
                    if n2 is not None and minutes is not None:
                        total += n2
                        end = minutes.last
                return round(total), i, end
            minutes = units.minutes.match_at(tokens, i + 1)
            # Minutes right after an hour word are a clock time ("0時12分") or part of a longer span.
            after_hour = i > 0 and (tokens[i - 1].fold in units.clock or units.hours.match_at(tokens, i - 1) is not None)
            if minutes is not None and 5 <= n <= _MAX_HOURS * 60 and not after_hour:
                return round(n), i, minutes.last
        i += 1
    return None
