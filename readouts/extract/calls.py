"""Assemble calls from the facts of each sentence.

Reading order matters. A sentence that reports a call (a phone, video or
talk cue, not planned, not an in-person meeting) opens a call or adds to one;
the people it names are its participants, paired with the document's hub
(the leader most of the calls are about) when several are listed, as in
"Macron held calls with Biden, Putin and Draghi", unless a joint cue makes
them one conference. The same participants make the same call again unless
the sentence dates it differently. Other sentences attach to the call whose
participants they name, or, when they name nobody, to the call being told
if they report what was said (a discussion cue): background paragraphs do
not, so their subjects do not become topics of the call.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from .. import _budget
from .._document import Document, Sentence
from .._models import Call, CallEvidence, Participant, Span
from .cues import SentenceCues, cues_for, read_cues
from .dates import DateRef, dateline_end, find_dates, resolve
from .durations import find_duration
from .elect import as_elect, elect_words, marks_elect
from .initiator import Skeleton, build_skeleton, find_initiator
from .people import Mention, PersonKey, Resolver, find_mentions, is_companion, vocabulary
from .tokens import Token, Tokens, morphology, tokenize
from .topics import find_topic_spans

__all__ = ["extract_calls"]

# "BERLIN, March 4, 2022 (Reuters) -", "МОСКВА, 3 марта. /ТАСС/.", "Roma, 5 apr. (ANSA) -"
_DATELINE_REACH = 3
_CLAUSE = re.compile(r"\s-\s")
# How many words may stand between a call cue and the date of an earlier call
# ("the call on 5 June", "un appel en date du 17 janvier"), a "since" word and
# its date ("since 5 June", "depuis le 5 juin"), an "earlier" word and its date
# ("the last time they spoke by phone was on 5 June").
_CUE_REACH, _SINCE_REACH, _EARLIER_REACH = 3, 1, 6
# How many sentences of the call being told are read for its date while reading on.
_TOLD_SCAN = 8
# How many sentences after "many leaders called Trump" may list them.
_CROWD_REACH = 2
# How far "talks" may stand from "with", and "with" from the person ("talks with President Putin").
_WITH_REACH = 3
# How far after a "since" word a date is the start of a stretch, not a call day.
_SINCE_GOVERNS = 4
# What may stand between two dates of one list: ", du", " et du", " and on".
_LIST_GAP = 12
# A sentence naming more people than this is a list (of signatories, of a
# summit's guests), not a report of calls: only its first mentions are read.
# Real readouts name at most a few dozen leaders in one sentence (a G20 call);
# the cap bounds the pairs, calls and per-call work one sentence can create.
_MAX_MENTIONS = 64
# No call has more participants than this (a conference of the G20 and its
# guests has fewer); later names do not join it, which bounds a call's size.
_MAX_PARTICIPANTS = 64


def _names_day(ref: DateRef, resolved: date | None, day: date) -> bool:
    """Whether ``ref`` (``resolved`` when it could be) may name ``day``."""
    if resolved is not None:
        return resolved == day
    return (ref.month, ref.day) == (day.month, day.day) and ref.year in (None, day.year)


def _joins(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` only joins two items of a list (commas, "and", articles)."""
    gap = text[a:b]
    return 0 < len(gap) <= _LIST_GAP and not any(c.isupper() or c.isdigit() or c in ".;:()" for c in gap)


@dataclass(slots=True, eq=False)
class _Facts:
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


@dataclass(slots=True, eq=False)
class _Draft:
    people: list[PersonKey]
    facts: list[_Facts]
    segment: int
    date_ref: DateRef | None
    hollow: bool = False
    """Opened by a sentence naming only the host of a conference ("Biden
    convened a video call with European leaders"): the next may name the rest."""
    like: _Draft | None = None
    """For an earlier call mentioned in passing, the call being told: the
    sentences they share tell of that call's initiator and topics, and its
    medium stands when the mention names none."""

    @property
    def key(self) -> frozenset[PersonKey]:
        return frozenset(self.people)


def read_sentence(doc: Document, sentence: Sentence) -> tuple[Tokens, list[Mention], SentenceCues]:
    """Tokens, person mentions and cues of a sentence, computed once per document."""
    memo = doc.memo.setdefault("sentences", {})
    found = memo.get(sentence.index)
    if found is None:
        tokens = tokenize(sentence.text, sentence.start, doc.language)
        mentions = find_mentions(tokens, doc.language, sentence.text, sentence.start)[:_MAX_MENTIONS]
        found = memo[sentence.index] = (tokens, mentions, read_cues(tokens, cues_for(doc.language)))
    return found  # type: ignore[no-any-return]


def read_title(doc: Document) -> tuple[Tokens, list[Mention], SentenceCues] | None:
    """Tokens, person mentions and cues of the headline, computed once per document."""
    if not doc.title:
        return None
    if "title" not in doc.memo:
        tokens = tokenize(doc.title, 0, doc.language)
        doc.memo["title"] = (tokens, find_mentions(tokens, doc.language, doc.title, 0), read_cues(tokens, cues_for(doc.language)))
    return doc.memo["title"]  # type: ignore[no-any-return]


def _read(doc: Document, sentence: Sentence) -> _Facts:
    _budget.check("extract")
    tokens, mentions, cues = read_sentence(doc, sentence)
    dates = find_dates(sentence.text, tokens, doc.language, offset=sentence.start)
    facts = _Facts(sentence, tokens, mentions, cues, dates)
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


def _same_date(a: DateRef | None, b: DateRef | None, anchor: date | None) -> bool:
    """Whether two date expressions may name the same day ("10 November"
    and "this morning" in a text of 10 November do)."""
    if a is None or b is None:
        return True
    da, db = resolve(a, anchor), resolve(b, anchor)
    if da is not None and db is not None:
        return da == db
    for x, y in ((a, b), (b, a)):
        if x.weekday is not None and y.explicit and y.year is not None:
            assert y.month is not None and y.day is not None
            return date(y.year, y.month, y.day).weekday() == x.weekday
    return (a.year, a.month, a.day, a.weekday, a.relative) == (b.year, b.month, b.day, b.weekday, b.relative)


def _topic_tokens(f: _Facts, language: str) -> list[Token]:
    # Titles and names ("President of Ukraine") are not subjects of talks, nor
    # are the words of the call itself ("телефонных переговоров", "talks with Putin").
    skip = {i for m in f.mentions for i in range(m.first, m.last)}
    cues = cues_for(language)
    for matcher in (cues.phone, cues.video, cues.talk):
        for m in matcher.finditer(f.tokens):
            skip.update(range(m.first, m.last))
    if f.mentions:
        companions = vocabulary(language).companions
        starts = {m.first for m in f.mentions}
        for m in cues.talks.finditer(f.tokens):
            after = range(m.last, min(len(f.tokens), m.last + _WITH_REACH))
            if any(f.tokens[k].fold in companions and starts & set(range(k + 1, k + 1 + _WITH_REACH)) for k in after):
                skip.update(range(m.first, m.last))
    return [t for i, t in enumerate(f.tokens) if i not in skip]


class _Assembler:
    def __init__(self, doc: Document, host_country: str | None, official: bool) -> None:
        self.doc = doc
        self.official = official
        self.host_country = host_country
        self.anchor: date | None = doc.reference_date
        # A capture header with only a month ("date 2022-12") still gives the year.
        self.year_hint = int(doc.stamp[:4]) if doc.stamp and doc.stamp[:4].isdigit() else None
        self.facts = [_read(doc, s) for s in doc.sentences]
        if self.year_hint is None:
            # "le 2 juin dernier" takes its year from the text's other dates.
            years = [r.year for f in self.facts for r in f.dates if r.year is not None]
            self.year_hint = max(years) if years else None
        self._local_surnames()
        named = [m for f in self.facts for m in f.mentions if m.key is not None]
        self.resolver = Resolver(named, host_country, self.anchor)
        self.elect = self._elect()
        segment = 0
        self.segment_dates: dict[int, date | None] = {0: None}
        self.segment_spans: dict[int, Span] = {}
        told = False  # whether the current segment has reported a call yet
        for f in self.facts:
            f.persons = self._persons(f)
            if f.heading:
                ref = next((r for r in f.dates if r.explicit), None)
                # A date line above the first call dates the text; one between
                # calls opens a new section ("7 November 2024 ... 27 November 2024 ...").
                if told:
                    segment += 1
                    told = False
                self.segment_dates[segment] = resolve(ref, self.anchor) if ref else None
                if ref is not None:
                    self.segment_spans[segment] = Span(start=ref.start, end=ref.end)
            told = told or f.cues.call
            f.segment = segment
        self.title_persons = self._title_persons()
        self.dateline, self.dateline_at, self.dateline_span = self._dateline()
        self.title_medium = self._title_medium()
        self.hub, self.partner = self._hub_and_partner()
        self.drafts: list[_Draft] = []
        self._edges: dict[int, tuple[dict[int, int], list[int]]] = {}
        # What _build reads from a sentence whatever the call: read once per sentence,
        # however many calls share it.
        self._durations: dict[int, tuple[int, int, int] | None] = {}
        self._topics: dict[int, list[tuple[str, int, int]]] = {}
        self._callers: dict[int, tuple[str, object, tuple[int, int]] | None] = {}
        # Indexes over the drafts, so that a text of thousands of calls stays linear.
        self.latest: dict[frozenset[PersonKey], _Draft] = {}
        self.by_person: dict[PersonKey, list[_Draft]] = {}

    def _title_medium(self) -> str | None:
        title = read_title(self.doc)
        if title is None:
            return None
        cues = title[2]
        if cues.planned:
            return None
        return "video" if cues.video else "phone" if cues.phone else None

    def _local_surnames(self) -> None:
        """Once a person the gazetteer lacks is named in full ("José Manuel
        Albares"), their surname alone ("Albares") names them in later sentences."""
        local: dict[str, str] = {}
        for f in self.facts:
            for m in f.mentions:
                if m.kind == "unknown" and m.key and " " in m.key:
                    local.setdefault(f.tokens[m.last - 1].fold, m.key)
        if not local:
            return
        for f in self.facts:
            inside = {k for m in f.mentions for k in range(m.first, m.last)}
            extra = [
                Mention(i, i + 1, t.start, t.end, local[t.fold], None, None, "name")
                for i, t in enumerate(f.tokens)
                if i not in inside and t.capitalised and t.fold in local
            ]
            if extra:
                f.mentions = sorted([*f.mentions, *extra], key=lambda m: m.first)

    def _dateline(self) -> tuple[date | None, int, Span | None]:
        """The date of a dateline among the first sentences, where it stands, and its words."""
        for f in self.facts[:_DATELINE_REACH + 1]:
            if f.dateline_end >= 0:
                ref = next((r for r in f.dates if r.explicit and r.start < f.dateline_end), None)
                if ref is not None:
                    return resolve(ref, self.anchor), f.sentence.index, Span(start=ref.start, end=ref.end)
        return None, -1, None

    def _title_persons(self) -> list[PersonKey]:
        title = read_title(self.doc)
        if title is None:
            return []
        return [k for k in (self.resolver.resolve(m) for m in title[1]) if k is not None]

    def _persons(self, f: _Facts) -> list[PersonKey]:
        out: list[PersonKey] = []
        for m in f.mentions:
            key = self.resolver.resolve(m)
            if key is None:
                continue
            if f.centre is None and not is_companion(f.tokens, m, self.doc.language):
                f.centre = key
            if key not in out:
                out.append(key)
        return out

    def _hub_and_partner(self) -> tuple[PersonKey | None, PersonKey | None]:
        if self.host_country:
            for f in self.facts:
                for p in f.persons:
                    if self.resolver.country_role(p)[0] == self.host_country:
                        hub: PersonKey | None = p
                        break
                else:
                    continue
                break
            else:
                hub = None
        else:
            hub = None
        counts: Counter[PersonKey] = Counter()
        order: dict[PersonKey, int] = {}
        for f in self.facts:
            for p in f.persons:
                order.setdefault(p, len(order))
                if f.cues.call:
                    counts[p] += 2 if p == f.centre else 1
        if hub is None and counts:
            hub = max(counts, key=lambda p: (counts[p], -order[p]))
        everywhere: Counter[PersonKey] = Counter(p for f in self.facts for p in f.persons)
        others = [p for p in everywhere if p != hub]
        partner = max(others, key=lambda p: (everywhere[p], -order[p])) if others else None
        return hub, partner

    # -- reading --------------------------------------------------------

    def run(self) -> list[Call]:
        # The calls the story is telling now: those the last call sentence opened or named.
        current: list[_Draft] = []
        pending: list[_Facts] = []
        crowd: tuple[PersonKey, _Facts] | None = None  # "many leaders called Trump", names to follow
        self.seen_together = {frozenset((a, b)) for a in self.title_persons for b in self.title_persons if a != b}
        for f in self.facts:
            _budget.check("extract")
            if f.heading:
                continue
            self.seen_together |= {frozenset((a, b)) for a in f.persons for b in f.persons if a != b}
            if f.cues.call:
                crowd = None
                found = self._crowd(f, current[-1] if current else None)
                if found is not None:
                    counterpart, listed = found
                    if listed:
                        self._crowd_calls(f, counterpart, listed, None)
                    else:
                        crowd = (counterpart, f)
                    if current and set(current[-1].people) <= set(f.persons):
                        # "This call with Lula comes as Sánchez received calls from many leaders"
                        current[-1].facts.append(f)
                    current = []  # what follows is about the crowd's calls, not the one told before
                    continue
                if self._joins_conference(f, current):
                    # "Biden convened a video call with leaders. Joining by video were A and B."
                    self._extend(current[0], f)
                    continue
                f.earlier = self._earlier_dates(f, current[-1] if current else None)
                groups = self._groups(f, current[-1] if current else None)
                if f.earlier and current and f.call_date is None and groups in (None, [current[-1].people]):
                    # A sentence only about earlier calls adds nothing to the call being told.
                    self._place_earlier(f, current[-1])
                    continue
                if groups is None:
                    for draft in current:
                        draft.facts.append(f)
                    if not current and len(f.persons) == 1:
                        # "Biden convened a video call with European leaders." The
                        # others may be named next ("Joining the President were...").
                        hollow = _Draft(list(f.persons), [f], f.segment, f.call_date, hollow=True)
                        self._add(hollow)
                        current = [hollow]
                    elif current:
                        self._place_earlier(f, current[-1])
                    continue
                placed = [self._place(f, people) for people in groups]
                # "Before his call with Biden, Macron had a conversation with Putin":
                # one cue per counterpart tells of several calls, and the story goes
                # on with the last; one cue over a list ("spoke with A and B") goes
                # on with all of them.
                previous = current
                current = placed[-1:] if len(placed) > 1 and f.cues.reports >= len(placed) else placed
                if f.cues.repeat and previous and all(
                    any(p.key == d.key and p is not d for p in previous) for d in current
                ):
                    # "The call followed the one they had on 28 October": the story
                    # stays with the call it is telling.
                    current = previous
                self._place_earlier(f, placed[-1])
                if pending and self.drafts:
                    first = self.drafts[0]
                    first.facts[:0] = [p for p in pending if set(p.persons) <= set(first.people)]
                    pending = []
                continue
            if crowd is not None and f.sentence.index - crowd[1].sentence.index <= _CROWD_REACH:
                listed = [p for p in f.persons if p != crowd[0]]
                if len(listed) >= 2 and not (f.cues.meeting or f.cues.planned):
                    # "Among them were A (Israel), B (France) and C (Italy)."
                    self._crowd_calls(crowd[1], crowd[0], listed, f)
                    crowd = None
                    continue
            if current and f.cues.repeat and not f.cues.planned:
                # "Their previous conversation on 2 October lasted 40 minutes."
                f.earlier = self._earlier_dates(f, current[-1])
                if f.earlier and f.call_date is None:
                    self._place_earlier(f, current[-1])
                    continue
            if len(current) == 1 and len(current[0].people) == 1 and len(f.persons) > 1 or self._lists_more(f, current):
                self._extend(current[0], f)
                continue
            targets = self._attach_targets(f, current)
            for draft in targets:
                draft.facts.append(f)
            if not targets and not current and f.persons:
                pending.append(f)
        drafts = [d for d in self.drafts if len(d.people) > 1 and not self._overview(d)]
        if not drafts:
            drafts = self._from_title()
        return [self._build(d) for d in drafts]

    def _from_title(self) -> list[_Draft]:
        """A headline that names the call when the body only tells what was said
        ("Tokayev held a telephone conversation with Macron" above "The heads
        of state discussed...")."""
        title = read_title(self.doc)
        if title is None:
            return []
        tokens, mentions, cues = title
        if not cues.call or cues.planned:  # headlines are terse: any planned word makes it a plan
            return []
        people: list[PersonKey] = []
        for m in mentions:
            key = self.resolver.resolve(m)
            if key is not None and key not in people:
                people.append(key)
        if len(people) == 1 and self.hub not in (None, people[0]):
            people.insert(0, self.hub)
        if len(people) < 2:
            return []
        headline = _Facts(Sentence(-1, 0, 0, self.doc.title or "", -1), tokens, mentions, cues, [])
        told = [
            f
            for f in self.facts
            if (f.cues.discussion or f.cues.group) and not (f.cues.meeting and not f.cues.discussion)
            or (f.persons and set(f.persons) <= set(people) and not (f.cues.meeting or f.cues.planned))
        ]
        return [_Draft(people, [headline, *told], 0, None)]

    def _overview(self, draft: _Draft) -> bool:
        """An undated opening that sums up calls told below under their own
        date lines ("the two have spoken often; here is each call")."""
        if draft.segment != 0 or draft.date_ref is not None or len(self.segment_dates) < 3:
            return False
        later = [d for d in self.by_person.get(draft.people[0], ()) if d.key == draft.key and d.segment > 0]
        return len(later) >= 2

    def _call_persons(self, f: _Facts) -> tuple[list[PersonKey], PersonKey | None]:
        """The people a call sentence reports as taking part, and its caller's side.

        Kept: people in a clause with a call cue ("Merkel received calls - Trump
        and Putin have not called yet": Merkel), nearer a call cue than a
        meeting cue ("Trump's call with Putin comes after Putin met Assad":
        not Assad), and not named before the sentence's caller unless joined
        to a call ("under the Trump administration, Xi spoke with Macron").
        """
        cues = cues_for(self.doc.language)
        calls = sorted(
            m.first for matcher in (cues.phone, cues.video, cues.talk) for m in matcher.finditer(f.tokens)
        )
        meetings = sorted(m.first for m in cues.meeting.finditer(f.tokens))
        cuts = [m.start() + f.sentence.start for m in _CLAUSE.finditer(f.sentence.text)]
        bounds = [f.sentence.start, *cuts, f.sentence.end]

        # Bisection over the sorted cue and cut offsets keeps this linear in
        # mentions plus cues, however many of each one sentence holds.
        inner = bounds[1:-1]

        def clause_of(pos: int) -> int:
            return bisect_right(inner, pos)

        def nearest(sorted_at: list[int], i: int) -> int:
            j = bisect_left(sorted_at, i)
            return min((abs(sorted_at[k] - i) for k in (j - 1, j) if 0 <= k < len(sorted_at)), default=10**6)

        call_clauses = {clause_of(f.tokens[i].start) for i in calls}
        kept: list[tuple[Mention, PersonKey]] = []
        for m in f.mentions:
            key = self.resolver.resolve(m)
            if key is None or clause_of(m.start) not in call_clauses:
                continue
            if nearest(meetings, m.first) < nearest(calls, m.first):
                continue
            kept.append((m, key))
        if not kept:
            return [], None
        companion = [is_companion(f.tokens, m, self.doc.language) for m, _ in kept]
        # The sentence's own caller: the nearest person before a call cue who is
        # not named after "with"; else the first such person.
        subject_at = None
        callers = [i for i in range(len(kept)) if not companion[i]]
        if callers:
            # The first cue with a caller before it, and the last caller before that cue.
            earliest = min(kept[i][0].last for i in callers)
            j = bisect_left(calls, earliest)
            if j < len(calls):
                cue = calls[j]
                subject_at = max(i for i in callers if kept[i][0].last <= cue)
        if subject_at is None:
            subject_at = callers[0] if callers else 0
        people: list[PersonKey] = []
        listed: set[PersonKey] = set()
        for i, (m, key) in enumerate(kept):
            if i < subject_at and not companion[i]:
                continue
            if key not in listed:
                listed.add(key)
                people.append(key)
        centre = self.hub if self.hub in people else kept[subject_at][1]
        return people, centre

    def _groups(self, f: _Facts, current: _Draft | None) -> list[list[PersonKey]] | None:
        people, centre = self._call_persons(f)
        if not people:
            if current is not None and (f.segment != current.segment or f.cues.repeat and f.call_date is not None):
                return [list(current.people)]
            return None
        if len(people) == 1:
            only = people[0]
            other = self.hub if self.hub not in (None, only) else None
            if other is None and current is not None and only in current.people:
                return None  # "Macron said of the call..." adds to the current call
            if other is None and self.partner != only and frozenset((only, self.partner)) in self.seen_together:
                other = self.partner
            if other is None:
                return None
            return [[other, only]]
        if len(people) >= 3 and (f.cues.video or self._joint_before_second(f)):
            return [people]
        center = centre if centre in people else people[0]
        return [[center, p] for p in people if p != center]

    def _earlier_dates(self, f: _Facts, draft: _Draft | None) -> tuple[DateRef, ...]:
        """The dates of earlier calls a call sentence mentions in passing
        ("their previous conversation on 5 June", "the first contact since 30
        March", "after those of 16 January, 25 March and 25 April"): each is a
        call of its own between the people of the call being told (``draft``).
        """
        days = [r for r in f.dates if r.explicit and r.start >= f.dateline_end]
        if not days:
            return ()
        cues = cues_for(self.doc.language)
        tokens = f.tokens
        strong = [m.last for m in cues.since.finditer(tokens)]
        reaches = [(e, _SINCE_REACH) for e in strong]
        later = [m.last for m in cues.earlier.finditer(tokens)]
        reaches += [(e, _EARLIER_REACH) for e in later]
        strong += later
        if draft is not None:
            for matcher in (cues.phone, cues.video, cues.talk, cues.repeat):
                reaches += [(m.last, _CUE_REACH) for m in matcher.finditer(tokens)]
        if not reaches:
            return ()
        at = {t.start: i for i, t in enumerate(tokens)}
        meetings = sorted(m.first for m in cues.meeting.finditer(tokens))
        # Sorted by position, so that each date looks only at the cues within reach of it.
        reaches.sort()
        positions = [e for e, _ in reaches]
        longest = max(n for _, n in reaches)
        strong_at = set(strong)

        def met_between(e: int, i: int) -> bool:
            k = bisect_left(meetings, e)
            return k < len(meetings) and meetings[k] < i

        current = self._date(draft, _TOLD_SCAN)[0] if draft is not None else None
        anchor = self.segment_dates.get(f.segment) or self.anchor or current
        found: list[DateRef] = []
        previous: DateRef | None = None
        for ref in days:
            i = at.get(ref.start)
            # "the second call after the summit held on 14 March": the date is the summit's.
            window = reaches[bisect_left(positions, i - longest) : bisect_right(positions, i)] if i is not None else []
            reach = [e for e, n in window if i is not None and 0 <= i - e <= n and not met_between(e, i)]
            # "du 16 janvier, du 25 mars et du 25 avril": a list goes on from its first item.
            chained = previous is not None and _joins(f.sentence.text, previous.end - f.sentence.start, ref.start - f.sentence.start)
            previous = None
            if not reach and not chained:
                continue
            if current is not None and _names_day(ref, resolve(ref, anchor, year_hint=self.year_hint), current):
                continue
            if current is None and not (chained or f.cues.repeat or any(e in strong_at for e in reach)):
                continue  # an undated call's own date, beside its cue
            found.append(ref)
            previous = ref
        return tuple(found)

    def _extend(self, hollow: _Draft, f: _Facts) -> None:
        known = set(hollow.people)
        room = max(0, _MAX_PARTICIPANTS - len(hollow.people))
        hollow.people += [p for p in dict.fromkeys(f.persons) if p not in known][:room]
        hollow.facts.append(f)
        self._index(hollow)

    def _joins_conference(self, f: _Facts, current: list[_Draft]) -> bool:
        """Whether video or joint call sentence ``f`` names more participants of
        the conference whose first sentence named only its host."""
        if len(current) != 1 or not current[0].hollow or not (f.cues.video or f.cues.joint) or f.cues.repeat:
            return False
        return bool(f.persons) and not set(f.persons) & set(current[0].people[1:])

    @staticmethod
    def _lists_more(f: _Facts, current: list[_Draft]) -> bool:
        """Whether ``f`` only lists further participants of the conference being told
        ("Also joining were A and B"): new names, and nothing said."""
        if len(current) != 1 or not current[0].hollow or f.cues.discussion or f.cues.meeting or f.cues.planned:
            return False
        return bool(f.persons) and not set(f.persons) & set(current[0].people)

    def _crowd(self, f: _Facts, told: _Draft | None) -> tuple[PersonKey, list[PersonKey]] | None:
        """Whether ``f`` tells of calls by a crowd of leaders ("many foreign
        leaders had a call with Trump", "among other callers were A, B and C"):
        the person they called and the callers it names (maybe none yet).
        One conference of many ("a video call with other world leaders") is no crowd.
        """
        if f.cues.video or f.cues.meeting:
            return None
        cues = cues_for(self.doc.language)
        tokens = f.tokens
        # "with" words, not "and" ones: "Macron and other leaders called Trump" is a crowd.
        vocab = vocabulary(self.doc.language)
        companions = vocab.companions - vocab.conjunctions
        words = list(cues.crowd_words.finditer(tokens))
        if not words:
            return None
        # Word ends and starts as sets: a noun is looked up beside them, not against each.
        ends, starts = {w.last for w in words}, {w.first for w in words}
        noun = next(
            (
                m
                for m in cues.crowd_nouns.finditer(tokens)
                if ends & {m.first, m.first - 1, m.first - 2} or starts & {m.last, m.last + 1}
            ),
            None,
        )
        if noun is None or any(t.fold in companions for t in tokens[max(0, noun.first - 3) : noun.first]):
            return None  # "Meloni took part in the call with other leaders": one conference
        if any(m.first < noun.first - 2 or m.first >= noun.last for m in cues.joint.finditer(tokens)):
            return None  # a joint cue of its own, not "among other callers"
        after: list[PersonKey] = []
        for mention in f.mentions:
            key = self.resolver.resolve(mention)
            if key is not None and mention.first >= noun.last and key not in after:  # mentions are capped
                after.append(key)
        if len(after) == 1:
            return after[0], []
        called = self.hub
        if told is not None and len(after) > 1:
            free = [p for p in told.people if p not in after]
            called = self.hub if self.hub in free else free[0] if free else self.hub
        if called is None:
            return None
        return called, [p for p in after if p != called]

    def _crowd_calls(self, f: _Facts, called: PersonKey, callers: list[PersonKey], listing: _Facts | None) -> None:
        """One call with ``called`` for each of ``callers``, told by ``f`` (and
        the sentence ``listing`` them): each caller's earlier call with them if
        the text has told it already."""
        # "...with the man who becomes president on 20 January": a date far from the cue is another's.
        f.elsewhere = tuple(r for r in f.dates if r.explicit and not self._beside_cue(f, r))
        ref = f.call_date
        told = [g for g in (f, listing) if g is not None]
        for caller in callers:
            key = frozenset((called, caller))
            draft = self.latest.get(key)
            if draft is None or draft.segment != f.segment:
                self._add(_Draft([called, caller], list(told), f.segment, ref))
                continue
            draft.facts += [g for g in told if g not in draft.facts]

    def _beside_cue(self, f: _Facts, ref: DateRef) -> bool:
        """Whether ``ref`` stands within a few words of one of ``f``'s call cues."""
        at, edges = self._cue_edges(f)
        i = at.get(ref.start)
        if i is None:
            return False
        k = bisect_left(edges, i - _CUE_REACH)
        return k < len(edges) and edges[k] <= i + _CUE_REACH

    def _cue_edges(self, f: _Facts) -> tuple[dict[int, int], list[int]]:
        """For ``f``: token index by offset, and the sorted first and last
        token indexes of its call cues (once per sentence, so that many dates
        in one sentence stay linear)."""
        found = self._edges.get(f.sentence.index)
        if found is None:
            cues = cues_for(self.doc.language)
            edges = sorted(
                e for matcher in (cues.phone, cues.video, cues.talk) for m in matcher.finditer(f.tokens) for e in (m.first, m.last)
            )
            found = self._edges[f.sentence.index] = ({t.start: k for k, t in enumerate(f.tokens)}, edges)
        return found

    def _joint_before_second(self, f: _Facts) -> bool:
        """A joint cue that heads the list of participants ("a joint call
        with A and B", "call between A, B and C"), not one in a later clause."""
        if not f.cues.joint:
            return False
        second = f.mentions[1].first if len(f.mentions) > 1 else len(f.tokens)
        return any(m.first < second for m in cues_for(self.doc.language).joint.finditer(f.tokens))

    def _place(self, f: _Facts, people: list[PersonKey]) -> _Draft:
        key = frozenset(people)
        ref = f.call_date
        draft = self.latest.get(key)
        if draft is not None:
            # Another day named outright ("on Sunday", "on 28 October") is another
            # call; "this evening" or "today" is too vague to tell two calls apart.
            firm = ref is not None and (ref.explicit or ref.weekday is not None)
            distinct = (
                draft.segment != f.segment
                or (firm and not _same_date(draft.date_ref, ref, self.anchor))
                or (draft.date_ref is None and firm and f.cues.repeat)
            )
            if not distinct:
                if draft.date_ref is None:
                    draft.date_ref = ref
                if draft.facts[-1] is not f:
                    draft.facts.append(f)
                return draft
        draft = _Draft(people, [f], f.segment, ref)
        self._add(draft)
        return draft

    def _place_earlier(self, f: _Facts, told: _Draft) -> None:
        """Open (or add ``f`` to) a call of ``told``'s people on each of ``f.earlier``."""
        for ref in f.earlier:
            for d in self.by_person.get(told.people[0], ()):
                if d.key == told.key and d.segment == f.segment and d.date_ref is not None and _same_date(d.date_ref, ref, self.anchor):
                    if d.facts[-1] is not f:
                        d.facts.append(f)
                    break
            else:
                self._add(_Draft(list(told.people), [f], f.segment, ref, like=told))

    def _add(self, draft: _Draft) -> None:
        self.drafts.append(draft)
        self._index(draft)

    def _index(self, draft: _Draft) -> None:
        self.latest[draft.key] = draft
        for p in draft.people:
            drafts = self.by_person.setdefault(p, [])
            if not drafts or drafts[-1] is not draft:
                drafts.append(draft)

    def _attach_targets(self, f: _Facts, current: list[_Draft]) -> list[_Draft]:
        others = [p for p in f.persons if p != self.hub]
        if others:
            # A sentence that names a call's participants belongs to that call,
            # even when a clause of it looks ahead ("...which will hold a summit").
            wanted = set(others)
            for draft in reversed(self.by_person.get(others[0], [])):
                if wanted <= set(draft.people):
                    return [draft] if draft.segment == f.segment else []
            return []
        if f.cues.meeting or f.cues.planned:
            return []
        current = [d for d in current if d.segment == f.segment]
        if f.persons or f.cues.group or f.cues.discussion:
            return current
        # An official readout's paragraph is about its call to the end.
        if self.official:
            return [d for d in current if d.facts[-1].sentence.paragraph == f.sentence.paragraph]
        return []

    # -- building --------------------------------------------------------

    def _build(self, draft: _Draft) -> Call:
        _budget.check("extract")
        facts = draft.facts
        in_text = [f for f in facts if f.sentence.index >= 0]  # the headline has no place in the text
        when, date_span = self._date(draft)
        people = [self._participant(p, when) for p in draft.people]
        known_roles = [p.role for p in people if p.role]
        if known_roles:
            # "his Polish counterpart, Radosław Sikorski" holds the other side's office.
            people = [
                p.model_copy(update={"role": known_roles[0]}) if p.role is None and p.name in self.resolver.counterparts else p
                for p in people
            ]
        cues = cues_for(self.doc.language)
        medium, medium_spans = None, []
        # A sentence that names the call's people keeps its medium and duration when
        # a clause of it looks ahead ("a phone call in which they agreed to meet").
        ordered = [facts[0]] + [
            f for f in facts[1:] if not (f.cues.planned or f.cues.meeting) or f.cues.call and set(draft.people) <= set(f.persons)
        ]
        for f in ordered:
            kind = "video" if f.cues.video else "phone" if f.cues.phone and medium is None else None
            if kind is None:
                continue
            medium = kind
            matcher = cues.video if kind == "video" else cues.phone
            m = next(iter(matcher.finditer(f.tokens)), None) if f.sentence.index >= 0 else None
            medium_spans = [Span(start=f.tokens[m.first].start, end=f.tokens[m.last - 1].end)] if m else []
            if kind == "video":
                break
        if medium is None and draft.like is not None:
            # "Modi last spoke to Putin on 25 February": by the means of the call it is compared with.
            medium = self._build(draft.like).medium
        if medium is None and self.title_medium and len(self.drafts) == 1:
            medium = self.title_medium  # "PM call with President Zelenskyy" above "The PM spoke to..."
        duration, duration_spans = None, []
        for f in ordered:
            found = self._duration(f)
            if found is not None and self._owns(draft, f, found[1]):
                duration = timedelta(minutes=found[0])
                if f.sentence.index >= 0:
                    duration_spans = [Span(start=f.tokens[found[1]].start, end=f.tokens[found[2] - 1].end)]
                break
        initiator, initiator_spans = self._initiator(draft, people)
        topics: dict[str, list[Span]] = {}
        for f in self._own_facts(draft):
            for label, a, b in self._topic_spans(f):
                spans = topics.setdefault(label, [])
                if f.sentence.index >= 0:
                    spans.append(Span(start=a, end=b))
        mentions: dict[str, list[Span]] = {p.name: [] for p in people}
        for f in in_text:
            for mention in f.mentions:
                key = self.resolver.resolve(mention)
                if key in mentions:
                    mentions[key].append(Span(start=mention.start, end=mention.end))
        evidence = sorted({(f.sentence.start, f.sentence.end) for f in in_text})
        return Call(
            participants=people,
            initiator=initiator,
            date=when,
            duration=duration,
            medium=medium,  # type: ignore[arg-type]
            topics=sorted(topics),
            evidence=[Span(start=s, end=e) for s, e in evidence],
            field_evidence=CallEvidence(
                participants=mentions,
                initiator=initiator_spans,
                date=[date_span] if date_span else [],
                duration=duration_spans,
                medium=medium_spans,
                topics={k: v for k, v in sorted(topics.items())},
            ),
        )

    @staticmethod
    def _own_facts(draft: _Draft) -> list[_Facts]:
        """The sentences that tell of ``draft`` itself: for an earlier call,
        not those it shares with the call being told ("the call, at Draghi's
        initiative, is their first since 30 March")."""
        if draft.like is None:
            return draft.facts
        shared = {id(f) for f in draft.like.facts}
        return [f for f in draft.facts if id(f) not in shared]

    def _owns(self, draft: _Draft, f: _Facts, index: int) -> bool:
        """Whether what stands at token ``index`` of ``f`` belongs to ``draft``:
        in a sentence naming several counterparts, the nearest one's call."""
        named = [m for m in f.mentions if self.resolver.resolve(m) not in (None, self.hub)]
        if len({self.resolver.resolve(m) for m in named}) < 2:
            return True
        nearest = min(named, key=lambda m: min(abs(m.first - index), abs(m.last - 1 - index)))
        return self.resolver.resolve(nearest) in draft.people

    def _date(self, draft: _Draft, scan: int | None = None) -> tuple[date | None, Span | None]:
        """The call's date and the words it was read from (from the first
        ``scan`` sentences of the call only, when given: while reading, so
        that a long text stays linear)."""
        # "Today" under a date line means that day, not the page's publication date.
        anchor = self.segment_dates.get(draft.segment) or self.anchor
        if anchor is None and draft.like is not None:
            anchor = self._date(draft.like, _TOLD_SCAN)[0]  # "after those of 2 February": of the told call's year
        refs = [(draft.date_ref, draft.facts[0])] if draft.date_ref else []
        refs += [
            (f.call_date, f)
            for f in (draft.facts if scan is None else draft.facts[:scan])
            if f.call_date and (f.cues.call or f.cues.discussion) and not (f.cues.meeting or f.cues.planned)
        ]
        for ref, f in refs:
            assert ref is not None
            found = resolve(ref, anchor, year_hint=self.year_hint)
            if found is not None:
                return found, self._span(ref.start, ref.end)
        if self.segment_dates.get(draft.segment):
            return self.segment_dates[draft.segment], self.segment_spans.get(draft.segment)
        # Agency copy reports the day's calls under its dateline ("MOSCOW, September 15. /TASS/.").
        if self.dateline and 0 <= draft.facts[0].sentence.index - self.dateline_at < _DATELINE_REACH:
            return self.dateline, self.dateline_span
        return None, None

    def _span(self, start: int, end: int) -> Span | None:
        # Headline offsets are not offsets of the text.
        return Span(start=start, end=end) if 0 <= start < end <= len(self.doc.text) else None

    def _participant(self, key: PersonKey, when: date | None) -> Participant:
        country, role = self.resolver.country_role(key, when)
        person = Participant(name=key, country=country, role=role)
        if key not in self.elect or role is None:
            return person
        # "le président élu": elect, unless on the day they already hold that office.
        leader = self.resolver.gaz.by_name.get(key)
        day = when or self.anchor
        if leader is not None and day is not None and any(
            t.role == role and t.start <= day and (t.end is None or day <= t.end) for t in leader.terms
        ):
            return person
        return as_elect(person)

    def _elect(self) -> set[PersonKey]:
        """The people the text calls elect ("the president-elect", "le président élu")."""
        words = elect_words(self.doc.language)
        read = [(f.tokens, f.mentions) for f in self.facts]
        title = read_title(self.doc)
        if title is not None:
            read.append((title[0], title[1]))
        out: set[PersonKey] = set()
        for tokens, mentions in read:
            if not words.elect.any(tokens):
                continue
            for m in mentions:
                key = self.resolver.resolve(m)
                if key is not None and key not in out and marks_elect(tokens, m, words):
                    out.add(key)
        return out

    def _duration(self, f: _Facts) -> tuple[int, int, int] | None:
        if f.sentence.index not in self._durations:
            self._durations[f.sentence.index] = find_duration(f.tokens, self.doc.language)
        return self._durations[f.sentence.index]

    def _topic_spans(self, f: _Facts) -> list[tuple[str, int, int]]:
        if f.sentence.index not in self._topics:
            self._topics[f.sentence.index] = find_topic_spans(_topic_tokens(f, self.doc.language), self.doc.language)
        return self._topics[f.sentence.index]

    def _caller(self, tokens: list[Token], mentions: list[Mention], index: int) -> tuple[str, object, tuple[int, int]] | None:
        """What the initiator templates find in a sentence (``index`` -1: the headline)."""
        if index not in self._callers:
            vocab = vocabulary(self.doc.language)
            persons = [(m.first, m.last, self.resolver.resolve(m)) for m in mentions]
            countries = [
                (m.first, m.last, m.value) for mm in (vocab.country_names, vocab.country_adjectives) for m in mm.finditer(tokens)
            ]
            sk: Skeleton = build_skeleton(tokens, persons, countries, morphology(self.doc.language))
            self._callers[index] = find_initiator(sk, self.doc.language)
        return self._callers[index]

    def _initiator(self, draft: _Draft, people: list[Participant]) -> tuple[Participant | None, list[Span]]:
        """Who placed the call, and the sentence that says so."""
        sentences: list[tuple[list[Token], list[Mention], Sentence | None]] = [
            (f.tokens, f.mentions, f.sentence) for f in self._own_facts(draft)
        ]
        title = read_title(self.doc)
        if title is not None and draft.like is None:
            sentences.append((title[0], title[1], None))  # "Telephone Calls by Prime Minister on New Year"
        for tokens, mentions, sentence in sentences:
            found = self._caller(tokens, mentions, sentence.index if sentence is not None else -1)
            if found is None:
                continue
            kind, ref, (a, b) = found
            for p in people:
                if (kind == "person" and p.name == ref) or (kind == "side" and p.country == ref):
                    spans = [Span(start=a, end=b)] if sentence is not None and sentence.index >= 0 else []
                    return p, spans
        return None, []


def extract_calls(doc: Document, *, host_country: str | None = None, official: bool = False) -> list[Call]:
    """Return every call ``doc`` reports, in the order the text tells them."""
    if not doc.sentences:
        return []
    return _Assembler(doc, host_country, official).run()
