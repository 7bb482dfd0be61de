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
    hours: frozenset[str]
    minutes: frozenset[str]
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
        hours=words("hour_words"),
        minutes=words("minute_words"),
        ands=words("conjunctions"),
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
                if n is not None and j + 2 < len(tokens) and tokens[j + 2].fold in units.minutes:
                    total += n
                    end = j + 3
            return round(total), i, end
        n = _number(tokens[i], units)
        if n is not None and i + 1 < len(tokens):
            unit = tokens[i + 1].fold
            if unit in units.hours and 0 < n <= _MAX_HOURS and (unit != "h" or tokens[i].fold.isdigit()):
                total = n * 60
                j = i + 2
                if j < len(tokens) and tokens[j].fold in units.ands:
                    j += 1
                end = i + 2
                if j + 1 < len(tokens):
                    n2 = _number(tokens[j], units)
                    if n2 is not None and tokens[j + 1].fold in units.minutes:
                        total += n2
                        end = j + 2
                return round(total), i, end
            if unit in units.minutes and 5 <= n <= _MAX_HOURS * 60:
                return round(n), i, i + 2
        i += 1
    return None
