"""What extraction reads from each sentence, once: its tokens, the people
it names, its cues and dates, and which of those dates is its call's."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .. import _budget
from .._document import Document, Sentence
from .cues import SentenceCues, cues_for, read_cues
from .dates import DateRef, dateline_end, find_dates
from .people import Mention, PersonKey, find_mentions
from .tokens import Token, Tokens, tokenize

__all__ = ["Facts", "MAX_MENTIONS", "read_facts", "read_sentence", "read_title"]

# How far after a "since" word a date is the start of a stretch, not a call day.
_SINCE_GOVERNS = 4
# A sentence naming more people than this is a list (of signatories, of a
# summit's guests), not a report of calls: only its first mentions are read.
# Real readouts name at most a few dozen leaders in one sentence (a G20 call);
# the cap bounds the pairs, calls and per-call work one sentence can create.
MAX_MENTIONS = 64


@dataclass(slots=True, eq=False)
class Facts:
    """What one sentence says: read by ``read_facts``, completed by the story
    (``persons``, ``centre``, ``segment``) and by grouping (``earlier``, ``elsewhere``)."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    cues: SentenceCues
    dates: list[DateRef]
    persons: list[PersonKey] = field(default_factory=list)
    centre: PersonKey | None = None
    """The person on the calling side of the sentence: the first not named
    after "with" ("Macron had a call with Putin": Macron)."""
    heading: bool = False
    segment: int = 0
    dateline_end: int = -1
    """Where a dateline ("BERLIN, March 4 (Reuters) -") ends, if the sentence opens with one."""

    cue_at: tuple[int, ...] = ()
    """Character offsets of the sentence's call cues."""
    earlier: tuple[DateRef, ...] = ()
    """Dates of earlier calls the sentence mentions in passing ("their
    previous conversation on 5 June"): not the date of the call it tells."""
    elsewhere: tuple[DateRef, ...] = ()
    """Other dates that are not its call's ("many leaders called the man who
    becomes president on 20 January")."""

    call_date_memo: tuple[tuple[DateRef, ...], tuple[DateRef, ...], DateRef | None] | None = None
    """``call_date`` as computed, with the ``earlier`` and ``elsewhere`` it was computed for."""

    @property
    def call_date(self) -> DateRef | None:
        """The day-precise date of the sentence nearest its call cue (weekday,
        relative or explicit), a dateline's only when the sentence has no other."""
        memo = self.call_date_memo
        if memo is None or memo[0] is not self.earlier or memo[1] is not self.elsewhere:
            memo = self.call_date_memo = (self.earlier, self.elsewhere, self._call_date())
        return memo[2]

    def _call_date(self) -> DateRef | None:
        # Sorted offsets and bisection keep this linear in dates plus cues
        # however many of each one sentence holds.
        earlier, elsewhere = set(self.earlier), set(self.elsewhere)
        days = [
            r
            for r in self.dates
            if (r.day is not None or r.weekday is not None or r.relative is not None)
            and r not in earlier
            and r not in elsewhere
        ]
        # "este miércoles 29 de enero": a weekday right before its date is one expression.
        explicit = sorted(e.start for e in days if e.explicit)

        def joined(r: DateRef) -> bool:
            i = bisect_left(explicit, r.end)
            return i < len(explicit) and explicit[i] - r.end <= 3

        days = [r for r in days if not (r.weekday is not None and joined(r))]
        own = [r for r in days if r.start >= self.dateline_end] or days
        if not own:
            return None
        if not self.cue_at:
            return own[0]
        cues = sorted(self.cue_at)

        def gap(pos: int) -> int:
            i = bisect_left(cues, pos)
            return min(abs(cues[j] - pos) for j in (i - 1, i) if 0 <= j < len(cues))

        return min(own, key=lambda r: min(gap(r.start), gap(r.end)))



def read_sentence(doc: Document, sentence: Sentence) -> tuple[Tokens, list[Mention], SentenceCues]:
    """Tokens, person mentions and cues of a sentence, computed once per document."""
    memo = doc.memo.setdefault("sentences", {})
    found = memo.get(sentence.index)
    if found is None:
        tokens = tokenize(sentence.text, sentence.start, doc.language)
        mentions = find_mentions(tokens, doc.language, sentence.text, sentence.start)[:MAX_MENTIONS]
        found = memo[sentence.index] = (tokens, mentions, read_cues(tokens, cues_for(doc.language), sentence.text, sentence.start))
    return found  # type: ignore[no-any-return]


def read_title(doc: Document) -> tuple[Tokens, list[Mention], SentenceCues] | None:
    """Tokens, person mentions and cues of the headline, computed once per document."""
    if not doc.title:
        return None
    if "title" not in doc.memo:
        tokens = tokenize(doc.title, 0, doc.language)
        doc.memo["title"] = (tokens, find_mentions(tokens, doc.language, doc.title, 0), read_cues(tokens, cues_for(doc.language), doc.title, 0))
    return doc.memo["title"]  # type: ignore[no-any-return]


def read_facts(doc: Document, sentence: Sentence) -> Facts:
    """The facts of ``sentence``: its reading, its dates, where its call cues
    and dateline stand, whether it is a date heading."""
    _budget.check("extract")
    tokens, mentions, cues = read_sentence(doc, sentence)
    dates = find_dates(sentence.text, tokens, doc.language, offset=sentence.start)
    facts = Facts(sentence, tokens, mentions, cues, dates)
    if cues.call:
        matchers = cues_for(doc.language)
        facts.cue_at = tuple(
            tokens[m.first].start for mm in (matchers.phone, matchers.video, matchers.talk) for m in mm.finditer(tokens)
        )
        if dates:
            # "their first call since the vote on Sunday": that day is not the call's.
            since = {m.last for m in matchers.since.finditer(tokens)}
            if since:
                at = {t.start: i for i, t in enumerate(tokens)}
                # Each date looks back a few tokens for a "since" word: linear however many of both.
                facts.elsewhere = tuple(
                    r
                    for r in dates
                    if r.start in at and any(at[r.start] - d in since for d in range(_SINCE_GOVERNS + 1))
                )
    end = dateline_end(sentence.text)
    if end >= 0 and dates and dates[0].start < sentence.start + end:
        facts.dateline_end = sentence.start + end
    # Only a short line can be a date heading: counting is skipped for the rest.
    if tokens and len(tokens) <= 7:
        covered = sum(1 for t in tokens if any(r.start <= t.start < r.end for r in dates if r.explicit))
        facts.heading = covered >= len(tokens) - 1 and covered >= 2
    return facts
