"""What extraction reads from each sentence, once: its tokens, the people
it names, its cues and dates, and which of those dates is its call's."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .. import _budget
from .._document import Document, Sentence
from ..pipeline.reading import SentenceReading, read_sentence
from .cues import SentenceCues, cues_for
from .dates import DateRef, dateline_end, find_dates
from .people import Mention, PersonKey
from .tokens import Token
from .unheld import habit_only, held_in_person

__all__ = ["HEADLINE", "Facts", "headline_facts", "read_facts"]

HEADLINE = -1
"""The index of the headline's sentence: the headline has no place in the text."""
# How far after a "since" word a date is the start of a stretch, not a call day.
_SINCE_GOVERNS = 4


@dataclass(slots=True, eq=False)
class Facts:
    """What one sentence says: read by ``read_facts``, completed by the story
    (``persons``, ``centre``, ``segment``) and by grouping (``earlier``, ``elsewhere``)."""

    sentence: Sentence
    reading: SentenceReading
    """Where its tokens come from (a large text rebuilds them when asked: see ``tokens``)."""
    mentions: Sequence[Mention]
    cues: SentenceCues
    dates: Sequence[DateRef]
    persons: Sequence[PersonKey] = ()
    centre: PersonKey | None = None
    """The person on the calling side of the sentence: the first not named
    after "with" ("Macron had a call with Putin": Macron)."""
    heading: bool = False
    quoted: bool = False
    """Begins inside a quotation a sentence before it opened: it goes on with what was said."""
    segment: int = 0
    dateline_end: int = -1
    """Where a dateline ("BERLIN, March 4 (Reuters) -") ends, if the sentence opens with one."""
    headline: bool = False
    """The headline, not a sentence of the text: it has no offsets there, so
    none of its spans is kept (see ``headline_facts``)."""

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
    def tokens(self) -> list[Token]:
        """The sentence's tokens."""
        return self.reading.tokens

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
            and r.event is None  # "the elections of 9 August": the elections' day
        ]
        # "este miércoles 29 de enero": a weekday right before its date is one expression.
        explicit = sorted(e.start for e in days if e.explicit)

        def joined(r: DateRef) -> bool:
            i = bisect_left(explicit, r.end)
            return i < len(explicit) and explicit[i] - r.end <= 3

        days = [r for r in days if not (r.weekday is not None and joined(r))]
        own = [r for r in days if r.start >= self.dateline_end] or days
        # "The Kremlin said on Wednesday that they spoke on Tuesday": Tuesday.
        own = [r for r in own if not r.said] or own
        if not own:
            return None
        if not self.cue_at:
            return own[0]
        cues = sorted(self.cue_at)

        def gap(pos: int) -> int:
            i = bisect_left(cues, pos)
            return min(abs(cues[j] - pos) for j in (i - 1, i) if 0 <= j < len(cues))

        return min(own, key=lambda r: min(gap(r.start), gap(r.end)))



def read_facts(doc: Document, sentence: Sentence) -> Facts:
    """The facts of ``sentence``: its reading, its dates, where its call cues
    and dateline stand, whether it is a date heading."""
    _budget.check("extract")
    reading = read_sentence(doc, sentence)
    tokens, cues = reading.tokens, reading.cues
    dates = find_dates(sentence.text, tokens, doc.language, offset=sentence.start)
    if cues.call and not (cues.phone or cues.video):
        if habit_only(tokens, dates, doc.language):
            cues = replace(cues, negated_call=True)  # "he speaks with Biden to discuss Iraq": a habit
        elif held_in_person(tokens, list(reading.mentions), dates, doc.language):
            cues = replace(cues, talk_met=True, meeting=True)  # "s'est entretenu avec Macron à Bali"
    # The reading's own tuple, and no list for no dates: a long text has a Facts per sentence.
    facts = Facts(sentence, reading, reading.mentions, cues, dates or ())
    if cues.call:
        matchers = cues_for(doc.language)
        found = [m for mm in (matchers.phone, matchers.video, matchers.talk) for m in mm.finditer(tokens)]
        facts.cue_at = tuple(tokens[m.first].start for m in found)
        # "the virtual summit of 19 February": an event noun inside a call cue names the call.
        spans = [(tokens[m.first].start, tokens[m.last - 1].end) for m in found]
        facts.dates = dates = [
            replace(r, event=None) if r.event is not None and any(a <= r.event < b for a, b in spans) else r for r in dates
        ]
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
    # "Política | 12 nov 2024", "Updated 12 March 2024": the page's stamp, no heading.
    if tokens and len(tokens) <= 7 and " | " not in sentence.text:
        covered = sum(1 for t in tokens if any(r.start <= t.start < r.end for r in dates if r.explicit and r.event is None))
        facts.heading = covered >= len(tokens) - 1 and covered >= 2
    return facts


def headline_facts(title: str, reading: SentenceReading) -> Facts:
    """The headline as a sentence of a call ("Tokayev held a telephone
    conversation with Macron" above a body that only tells what was said)."""
    return Facts(Sentence(HEADLINE, 0, 0, title, -1), reading, reading.mentions, reading.cues, (), headline=True)
