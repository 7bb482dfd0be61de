"""Call words that tell of no call held: a habit in the present tense ("he
speaks with Biden about Iraq") and a talk with a place after its counterpart
("s'est entretenu avec Macron à Bali")."""

from __future__ import annotations

from .. import lexicon
from .cues import cues_for, word_matcher
from .dates import DateRef
from .people import Mention, vocabulary
from .tokens import PhraseMatcher, Token, fold, morphology

__all__ = ["habit_only", "held_in_person"]


@lexicon.derived
def _habits(language: str) -> PhraseMatcher[bool]:
    return word_matcher(language, "habit_cues", morphology(language))


@lexicon.derived
def _places(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words(language, "place_prepositions"))


def _call_spans(tokens: list[Token], language: str) -> list[tuple[int, int]]:
    cues = cues_for(language)
    return [(m.first, m.last) for mm in (cues.phone, cues.video, cues.talk) for m in mm.finditer(tokens)]


def habit_only(tokens: list[Token], dates: list[DateRef], language: str) -> bool:
    """Whether every call word of a sentence lies in a present-tense phrase
    (``habit_cues``) and the sentence names no day: a habit, not a call."""
    if any(r.day is not None or r.weekday is not None or r.relative is not None for r in dates):
        return False
    inside = [0] * (len(tokens) + 1)  # how many habit phrases cover each token: linear
    for m in _habits(language).finditer(tokens):
        inside[m.first] += 1
        inside[m.last] -= 1
    if not any(inside):
        return False
    for k in range(1, len(inside)):
        inside[k] += inside[k - 1]
    calls = _call_spans(tokens, language)
    return bool(calls) and all(all(inside[k] > 0 for k in range(first, last)) for first, last in calls)


def held_in_person(tokens: list[Token], mentions: list[Mention], dates: list[DateRef], language: str) -> bool:
    """Whether a talk with no phone or video word names a place right after
    a person it names ("spoke with Macron in Bali", "à Bali"; fillers and
    dates may come between): the talk was held in person."""
    venues = _places(language)
    if not venues or not mentions:
        return False
    fillers = vocabulary(language).fillers
    named = {k for m in mentions for k in range(m.first, m.last)}
    dated: set[int] = set()
    at = {t.start: k for k, t in enumerate(tokens)}
    for r in dates:  # a date's tokens, from its first one on: linear in tokens plus dates
        k = at.get(r.start)
        while k is not None and k < len(tokens) and tokens[k].start < r.end:
            dated.add(k)
            k += 1
    for m in mentions:
        k = m.last
        while k < len(tokens) and k in dated:
            k += 1
        if k >= len(tokens) - 1 or tokens[k].fold not in venues:
            continue
        k += 1
        while k < len(tokens) - 1 and tokens[k].fold in fillers and not tokens[k].capitalised:
            k += 1
        place = tokens[k]
        if k not in named and k not in dated and place.upper and place.fold.isalpha():
            return True
    return False
