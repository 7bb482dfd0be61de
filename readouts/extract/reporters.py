"""Who a sentence quotes: the people it attributes a statement to.

"Lavrov said the call was constructive", "External Affairs Minister
Jaishankar told reporters...", "по словам Ушакова", "selon Jean-Noël
Barrot": a person right before a reporting verb, or right after a
reporting cue, speaks about a call; they are not for that a party to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from .cues import clause_breaks, word_matcher
from .tokens import PhraseMatcher, Token, morphology

__all__ = ["quoted"]

# How many words may stand between a person and the reporting verb after
# them ("Lavrov told reporters", "Ushakov later said"), and between a
# reporting cue and the person after it ("according to Kremlin aide Ushakov").
_VERB_REACH, _CUE_REACH = 2, 3


@lexicon.derived
def _matchers(language: str) -> tuple[PhraseMatcher[bool], PhraseMatcher[bool]]:
    morph = morphology(language)
    return word_matcher(language, "reporting_verbs", morph), word_matcher(language, "reporting_cues", morph)


def quoted(tokens: Sequence[Token], spans: Sequence[tuple[int, int]], language: str, text: str = "", offset: int = 0) -> list[bool]:
    """For each person mention (``spans``: its first and one-past-last token
    index), whether the sentence quotes them: a reporting verb within a few
    words after it, or a reporting cue within a few words before it, in the
    same clause of ``text`` (the sentence, starting at ``offset``): in
    "Macron and Draghi, the Elysee noted" the Elysee speaks, not Draghi."""
    verbs, cues = _matchers(language)
    # A token list as it is: its kept keys and matches serve every lexicon.
    words = tokens if isinstance(tokens, list) else list(tokens)
    verb_set = {m.first for m in verbs.finditer(words)}
    cue_set = {m.last for m in cues.finditer(words)}
    breaks = clause_breaks(words, text, offset) if verb_set or cue_set else []
    out: list[bool] = []
    for first, last in spans:
        after = any(k in verb_set and breaks[k] == breaks[last - 1] for k in range(last, min(len(words), last + _VERB_REACH + 1)))
        before = any(k in cue_set and breaks[k - 1] == breaks[first] for k in range(max(1, first - _CUE_REACH), first + 1))
        out.append(after or before)
    return out
