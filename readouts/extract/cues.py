"""Per-language cue matchers and the facts they establish about a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import lexicon
from .lexicon_group import LexiconGroup
from .tokens import Morphology, PhraseMatcher, Token, fold, morphology

__all__ = ["address_verbs", "word_matcher", "Cues", "SentenceCues", "clause_breaks", "cues_for", "read_cues"]

# How far after a call cue a planned cue may govern it ("the call will take place");
# how far before is the language's plan_window ("will hold a telephone conversation").
_PLAN_AFTER = 5
# What breaks a clause between two words.
_BREAKS = frozenset(",;:()[]—–،")


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
    negated: PhraseMatcher[bool]
    conjunctions: frozenset[str]
    plan_window: int
    negation_window: int
    negation_after: int
    every: LexiconGroup
    """All the cue lexicons above, tested together on a sentence."""


def word_matcher(language: str, key: str, morph: Morphology | None) -> PhraseMatcher[bool]:
    """Return a matcher of the phrases of the list-valued key ``key`` for a
    text in ``language``."""
    # The language's own phrases, and those it borrows (its file's "also": wire
    # copy quotes English outlets, so most languages take English call phrases).
    return PhraseMatcher(((w, True) for w in lexicon.words(language, key)), morphology=morph)


@lexicon.derived
def address_verbs(language: str) -> PhraseMatcher[bool]:
    """Return the matcher of ``language``'s verbs of addressing someone
    ("told", "urged"), its own and those it borrows."""
    return word_matcher(language, "address_verbs", morphology(language))


@lexicon.derived
def cues_for(language: str) -> Cues:
    """Return the cue matchers of ``language`` (the default language's for unknown ones)."""
    own = lexicon.language(language)
    morph = morphology(language)
    cues = dict(
        phone=word_matcher(language, "phone_cues", morph),
        video=word_matcher(language, "video_cues", morph),
        talk=word_matcher(language, "talk_cues", morph),
        false=word_matcher(language, "false_cues", morph),
        planned=word_matcher(language, "planned_cues", morph),
        meeting=word_matcher(language, "meeting_cues", morph),
        joint=word_matcher(language, "joint_cues", morph),
        repeat=word_matcher(language, "repeat_cues", morph),
        discussion=word_matcher(language, "discussion_cues", morph),
        group=word_matcher(language, "group_refs", morph),
        since=word_matcher(language, "since_words", morph),
        crowd_nouns=word_matcher(language, "crowd_nouns", morph),
        talks=word_matcher(language, "talks_nouns", morph),
        crowd_words=word_matcher(language, "crowd_words", morph),
        earlier=word_matcher(language, "earlier_refs", morph),
        negated=word_matcher(language, "negated_cues", morph),
    )
    return Cues(
        **cues,
        conjunctions=frozenset(fold(w) for data, _ in lexicon.layers(language, "conjunctions") for w in data.conjunctions),
        plan_window=own.plan_window,
        negation_window=own.negation_window,
        negation_after=own.negation_after,
        every=LexiconGroup(cues.values()),
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
    """How many call expressions the sentence has (phone, video and talk cues;
    those that overlap or follow one another, "spoke by phone", count once)."""
    planned_call: bool = False
    """Planned cues govern its call cues ("will hold a phone call", "the call
    will take place"), not only some other clause ("...on the eve of the summit")."""
    negated_call: bool = False
    """Negated cues govern its call cues ("did not speak", "denied that the
    two had spoken", "is ready to hold a call"): it reports no call."""

    talk_met: bool = False
    """A meeting cue that no planned cue governs stands beside its talk cue
    ("during his visit, Xi spoke with Macron"): the talk was in person."""

    @property
    def call(self) -> bool:
        """The sentence reports a call (of any medium) as having happened."""
        if self.planned_call or self.negated_call:
            return False
        return self.phone or self.video or (self.talk and not self.talk_met)


_NO_CUES = SentenceCues(
    phone=False, video=False, talk=False, planned=False, meeting=False, joint=False, repeat=False, discussion=False, group=False
)
"""What ``read_cues`` finds in a sentence with no cue word (frozen: shared)."""


def clause_breaks(tokens: list[Token], text: str, offset: int) -> list[int]:
    """For each token, how many clause breaks (a comma, semicolon, colon,
    bracket or dash between words) stand before it in ``text`` (whose first
    character is at ``offset``); all zeros without a text."""
    out = [0] * len(tokens)
    if not text:
        return out
    seen = 0
    for k in range(1, len(tokens)):
        gap = text[tokens[k - 1].end - offset : tokens[k].start - offset]
        if any(c in _BREAKS for c in gap) or " - " in gap:
            seen += 1
        out[k] = seen
    return out


def _expressions(tokens: list[Token], cues: Cues, blanked: set[int]) -> int:
    """How many call expressions the sentence holds: cues that overlap or
    follow one another ("ha parlato al telefono", "spoke by phone") are one."""
    spans = sorted(
        (m.first, m.last)
        for mm in (cues.phone, cues.video, cues.talk)
        for m in mm.finditer(tokens)
        if not blanked.issuperset(range(m.first, m.last))
    )
    count, end = 0, -1
    for first, last in spans:
        if first > end:
            count += 1
        end = max(end, last)
    return count


def _blanked(tokens: list[Token], cues: Cues, live: set[PhraseMatcher[Any]] | None) -> set[int]:
    """The indexes of the tokens inside false cues ("calls on"): none where none is live."""
    blanked: set[int] = set()
    if live is None or cues.false in live:
        for m in cues.false.finditer(tokens):
            blanked.update(range(m.first, m.last))
    return blanked


def read_cues(
    tokens: list[Token], cues: Cues, text: str = "", offset: int = 0, live: set[PhraseMatcher[Any]] | None = None
) -> SentenceCues:
    """Return which cues ``tokens`` contain (false cues blanked first).

    ``text`` (starting at ``offset``), when given, shows where clauses break:
    a planned or negated cue governs only call cues of its own clause.
    ``live``: (at least) the cue matchers that may match there (``LexiconGroup.live``), found here if not given.
    """
    live = cues.every.live(tokens) if live is None else live
    if live is not None and live.isdisjoint(cues.every.matchers):
        return _NO_CUES  # no word of any cue lexicon: most sentences of a page
    blanked = _blanked(tokens, cues, live)

    def count(matcher: PhraseMatcher[bool]) -> int:
        # A cue wholly inside a false cue ("calls" in "calls on") does not count;
        # one that reaches beyond it ("phone calls on Wednesday") does.
        if live is not None and matcher not in live:
            return 0
        if not blanked:
            return sum(1 for _ in matcher.finditer(tokens))
        return sum(1 for cue in matcher.finditer(tokens) if not blanked.issuperset(range(cue.first, cue.last)))

    def has(matcher: PhraseMatcher[bool]) -> bool:
        return count(matcher) > 0

    phone, video, talk = count(cues.phone), count(cues.video), count(cues.talk)
    plans = [(m.first, m.last) for m in cues.planned.finditer(tokens)] if live is None or cues.planned in live else []  # else none
    negations = [(m.first, m.last) for m in cues.negated.finditer(tokens)] if live is None or cues.negated in live else []
    spoken = (cues.phone, cues.video, cues.talk)
    calls = [(m.first, m.last) for mm in spoken for m in mm.finditer(tokens)] if plans or negations else []
    breaks = clause_breaks(tokens, text, offset) if calls else []
    before = cues.plan_window or len(tokens)
    after = min(before, _PLAN_AFTER) if cues.plan_window else len(tokens)
    conj = cues.conjunctions

    def planned(c: tuple[int, int]) -> bool:
        for p in plans:
            if 0 <= c[0] - p[0] <= before and breaks[c[0]] == breaks[p[0]]:
                return True
            # "the call will take place", "during the call, Biden plans to" (the
            # main verb gives the tense), not "spoke on Monday and will speak again".
            if c[0] < p[0] and p[0] - c[1] <= after and not any(
                tokens[k].fold in conj for k in range(c[1], p[0])
            ):
                return True
        return False

    def negated(c: tuple[int, int]) -> bool:
        for n in negations:
            # "did not speak", "no phone call", "denied that they had spoken": before the cue (or over it).
            if n[0] <= c[0] and c[0] - n[1] <= cues.negation_window and breaks[c[0]] == breaks[min(n[1], c[0])]:
                return True
            if 0 <= n[0] - c[1] < cues.negation_after and breaks[c[1] - 1] == breaks[n[0]]:
                return True
        return False

    # The sentence reports a call when one of its call cues is neither planned
    # nor negated: "they spoke on Monday and will speak again" does.
    held = [c for c in calls if not planned(c) and not negated(c)] if calls else None
    unheld = held is not None and not held
    return _shared(
        # "The two spoke in November, and X invited Y to visit": a planned meeting makes no talk one in person.
        talk_met=talk > 0 and any(not planned((m.first, m.last)) for m in cues.meeting.finditer(tokens)),
        planned_call=unheld and any(planned(c) for c in calls),
        negated_call=unheld and not any(planned(c) for c in calls),
        # Only several cues can be fewer expressions: one or none needs no merging.
        reports=_expressions(tokens, cues, blanked) if phone + video + talk > 1 else phone + video + talk,
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


_SHARED: dict[tuple[bool | int, ...], SentenceCues] = {}
"""Each reading of cues made so far: a few dozen kinds, over thousands of sentences."""
_SHARED_MAX = 4096


def _shared(**fields: bool | int) -> SentenceCues:
    """The ``SentenceCues`` of ``fields``: equal readings (the same values,
    given in the same order) share one frozen object, made once."""
    key = tuple(fields.values())
    found = _SHARED.get(key)
    if found is None:
        if len(_SHARED) >= _SHARED_MAX:
            _SHARED.clear()
        found = _SHARED[key] = SentenceCues(**fields)  # type: ignore[arg-type]
    return found


def medium_cues(tokens: list[Token], language: str) -> list[tuple[int, int, str]]:
    """The sentence's medium cues in order, as ``(first, last, kind)``: its
    video cues, and its phone cues that lie in none (``通话`` in ``视频通话``)."""
    cues = cues_for(language)
    video = [(m.first, m.last, "video") for m in cues.video.finditer(tokens)]
    covered = {i for a, b, _ in video for i in range(a, b)}
    phone = [(m.first, m.last, "phone") for m in cues.phone.finditer(tokens) if not covered & set(range(m.first, m.last))]
    return sorted(video + phone)
