"""Per-language cue matchers and the facts they establish about a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .tokens import PhraseMatcher, Token

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
    earlier: PhraseMatcher[bool]
    plan_window: int


def _matcher(words: list[str], stemmed: bool) -> PhraseMatcher[bool]:
    return PhraseMatcher(((w, True) for w in words), stemmed=stemmed)


@lru_cache(maxsize=None)
def cues_for(language: str) -> Cues:
    """Return the cue matchers of ``language`` (English for unknown languages).

    English cues are added to every language: wire copy quotes English
    outlets, and page furniture is often English.
    """
    own = lexicon.language(language)
    en = lexicon.language("en")
    stemmed = own.code == "ru"

    def both(field: str) -> list[str]:
        words = list(getattr(own, field))
        if own.code != "en" and field in ("phone_cues", "video_cues"):
            words += [w for w in getattr(en, field) if " " in w]
        return words

    return Cues(
        phone=_matcher(both("phone_cues"), stemmed),
        video=_matcher(both("video_cues"), stemmed),
        talk=_matcher(own.talk_cues, stemmed),
        false=_matcher(own.false_cues, stemmed),
        planned=_matcher(own.planned_cues, stemmed),
        meeting=_matcher(own.meeting_cues, stemmed),
        joint=_matcher(own.joint_cues, stemmed),
        repeat=_matcher(own.repeat_cues, stemmed),
        discussion=_matcher(own.discussion_cues, stemmed),
        group=_matcher(own.group_refs, stemmed),
        since=_matcher(own.since_words, stemmed),
        earlier=_matcher(own.earlier_refs, stemmed),
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
