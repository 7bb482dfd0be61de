"""Leaders elected but not yet sworn in: ``president-elect``.

The gazetteer has the elect terms of the leaders it knows; the text says
so of the others, and of calls it does not date: "the president-elect", "le
président élu", "presidente electo", "избранный президент" (not "the then
president-elect").
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon
from .._models import Participant
from .cues import word_matcher
from .people import Mention
from .tokens import PhraseMatcher, Token, morphology

__all__ = ["ElectWords", "as_elect", "elect_words", "marks_elect"]

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
    return ElectWords(word_matcher(language, "elect_words", morph), word_matcher(language, "then_words", morph))


def marks_elect(tokens: list[Token], mention: Mention, words: ElectWords) -> bool:
    """Whether the words around ``mention`` call the person elect, not formerly so."""
    lo, hi = max(0, mention.first - _BEFORE), min(len(tokens), mention.last + _AFTER)
    for m in words.elect.finditer(tokens, lo, hi):
        if not words.then.any(tokens, max(0, m.first - _BEFORE), m.first):
            return True
    return False


def as_elect(person: Participant) -> Participant:
    """``person`` with the elect form of their role."""
    if person.role is None or person.role.endswith("-elect"):
        return person
    return person.model_copy(update={"role": f"{person.role}-elect"})
