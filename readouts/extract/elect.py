"""Leaders elected but not yet sworn in: ``president-elect``.

Two signs, either enough: the text calls the person so ("the
president-elect", "le président élu", "presidente electo", "избранный
президент"; not "the then president-elect"), or the call falls in the weeks
before a term of theirs begins and in no term they already hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .. import lexicon
from .._models import Participant
from ..lexicon.schema import Term
from .people import Mention
from .tokens import PhraseMatcher, Token, morphology

__all__ = ["ElectWords", "elect_words", "marks_elect", "awaiting", "as_elect"]

# An election is at most this many days before the term it wins begins
# (the United States' November to January is about 75).
_ELECT_DAYS = 100
# How far an elect word may stand before a name ("the newly elected
# president, Faye") and after it ("Trump, the president-elect").
_BEFORE, _AFTER = 4, 3


@dataclass(frozen=True, slots=True)
class ElectWords:
    elect: PhraseMatcher[bool]
    then: PhraseMatcher[bool]


@lexicon.derived
def elect_words(language: str) -> ElectWords:
    """The elect and "then" words of ``language`` (the language file's ``elect_words``, ``then_words``)."""
    morph = morphology(language)

    def matcher(key: str) -> PhraseMatcher[bool]:
        words = [w for data, mode in lexicon.layers(language, key) for w in getattr(data, key) if lexicon.borrows(mode, w)]
        return PhraseMatcher(((w, True) for w in words), morphology=morph)

    return ElectWords(matcher("elect_words"), matcher("then_words"))


def marks_elect(tokens: list[Token], mention: Mention, words: ElectWords) -> bool:
    """Whether the words around ``mention`` call the person elect, not formerly so."""
    lo, hi = max(0, mention.first - _BEFORE), min(len(tokens), mention.last + _AFTER)
    for m in words.elect.finditer(tokens, lo, hi):
        if not words.then.any(tokens, max(0, m.first - _BEFORE), m.first):
            return True
    return False


def awaiting(terms: list[Term], day: date) -> str | None:
    """The role of a term that begins within weeks after ``day``, when
    ``day`` falls in no term (an elected leader between the vote and the oath)."""
    if any(t.start <= day and (t.end is None or day <= t.end) for t in terms):
        return None
    for t in terms:
        if 0 < (t.start - day).days <= _ELECT_DAYS:
            return t.role
    return None


def as_elect(person: Participant, role: str | None) -> Participant:
    """``person`` with the elect form of ``role`` (or of their own)."""
    base = role or person.role
    if base is None or base.endswith("-elect"):
        return person
    return person.model_copy(update={"role": f"{base}-elect"})
