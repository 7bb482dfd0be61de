"""Per-language cue matchers and the facts they establish about a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from .. import lexicon
from .tokens import Morphology, PhraseMatcher, Token, morphology

__all__ = ["Cues", "SentenceCues", "cues_for", "read_cues"]

# How far after a call cue a planned cue may govern it ("the call will take place");
# how far before is the language's plan_window ("will hold a telephone conversation").
_PLAN_AFTER = 5


@dataclass(frozen=True, slots=True)
class Cues:
    phone: PhraseMatcher[bool]
    video: PhraseMatcher[bool]
    talk: PhraseMatcher[bool]
    false: PhraseMatcher[bool]
    planned: PhraseMatcher[bool]
    meeting: PhraseMatcher[bool]
    joint: PhraseMatcher[bool]
    repeat: PhraseMatcher[bool]
    discussion: PhraseMatcher[bool]
    group: PhraseMatcher[bool]
    since: PhraseMatcher[bool]
    crowd_nouns: PhraseMatcher[bool]
    talks: PhraseMatcher[bool]
    crowd_words: PhraseMatcher[bool]
    earlier: PhraseMatcher[bool]
    plan_window: int


def _matcher(language: str, key: str, morph: Morphology | None) -> PhraseMatcher[bool]:
    # The language's own cues, and those it borrows (its file's "also": wire
    # copy quotes English outlets, so most languages take English call phrases).
    words = [w for data, mode in lexicon.layers(language, key) for w in getattr(data, key) if lexicon.borrows(mode, w)]
    return PhraseMatcher(((w, True) for w in words), morphology=morph)


@lexicon.derived
def cues_for(language: str) -> Cues:
    """Return the cue matchers of ``language`` (the default language's for unknown ones)."""
    own = lexicon.language(language)
    morph = morphology(language)
    return Cues(
        phone=_matcher(language, "phone_cues", morph),
        video=_matcher(language, "video_cues", morph),
        talk=_matcher(language, "talk_cues", morph),
        false=_matcher(language, "false_cues", morph),
        planned=_matcher(language, "planned_cues", morph),
        meeting=_matcher(language, "meeting_cues", morph),
        joint=_matcher(language, "joint_cues", morph),
        repeat=_matcher(language, "repeat_cues", morph),
        discussion=_matcher(language, "discussion_cues", morph),
        group=_matcher(language, "group_refs", morph),
        since=_matcher(language, "since_words", morph),
        crowd_nouns=_matcher(language, "crowd_nouns", morph),
        talks=_matcher(language, "talks_nouns", morph),
        crowd_words=_matcher(language, "crowd_words", morph),
        earlier=_matcher(language, "earlier_refs", morph),
        plan_window=own.plan_window,
    )


@dataclass(frozen=True, slots=True)
class SentenceCues:
    phone: bool
    video: bool
    talk: bool
    planned: bool
    meeting: bool
    joint: bool
    repeat: bool
    discussion: bool
    group: bool
    reports: int = 0
    """How many phone, video and talk cues the sentence has."""
    planned_call: bool = False
    """A planned cue governs a call cue ("will hold a phone call", "the call
    will take place"), not only some other clause ("...on the eve of the summit")."""

    @property
    def call(self) -> bool:
        """The sentence reports a call (of any medium) as having happened."""
        if self.planned_call:
            return False
        return self.phone or self.video or (self.talk and not self.meeting)


def read_cues(tokens: list[Token], cues: Cues) -> SentenceCues:
    """Return which cues ``tokens`` contain (false cues blanked first)."""
    blanked: set[int] = set()
    for m in cues.false.finditer(tokens):
        blanked.update(range(m.first, m.last))

    def count(matcher: PhraseMatcher[bool]) -> int:
        # A cue wholly inside a false cue ("calls" in "calls on") does not count;
        # one that reaches beyond it ("phone calls on Wednesday") does.
        return sum(1 for cue in matcher.finditer(tokens) if not blanked.issuperset(range(cue.first, cue.last)))

    def has(matcher: PhraseMatcher[bool]) -> bool:
        return count(matcher) > 0

    phone, video, talk = count(cues.phone), count(cues.video), count(cues.talk)
    plans = [m.first for m in cues.planned.finditer(tokens)]
    calls = [m.first for mm in (cues.phone, cues.video, cues.talk) for m in mm.finditer(tokens)] if plans else []
    before = cues.plan_window or len(tokens)
    after = min(before, _PLAN_AFTER) if cues.plan_window else len(tokens)
    planned_call = any(0 <= c - p <= before or 0 <= p - c <= after for p in plans for c in calls)

    return SentenceCues(
        planned_call=planned_call,
        reports=phone + video + talk,
        phone=phone > 0,
        video=video > 0,
        talk=talk > 0,
        planned=has(cues.planned),
        meeting=has(cues.meeting),
        joint=has(cues.joint),
        repeat=has(cues.repeat),
        discussion=has(cues.discussion),
        group=has(cues.group),
    )
