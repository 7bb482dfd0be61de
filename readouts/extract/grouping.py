"""Which sentence belongs to which call.

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

from bisect import bisect_left
from collections.abc import Sequence
from itertools import chain, takewhile
from datetime import date

from .. import _budget
from ..pipeline.reading import read_title
from .call_persons import call_persons, named_apart
from .crowd import crowd_of
from .cues import address_verbs, cues_for, medium_cues
from .dates import DateRef, resolve
from .draft import Draft
from .earlier import CUE_REACH, earlier_dates, other_medium, other_month
from .facts import Facts, headline_facts
from .people import PersonKey, vocabulary
from .reporters import quoted
from .story import Story

__all__ = ["Grouper", "MAX_PARTICIPANTS"]

# How many sentences after "many leaders called Trump" may list them.
_CROWD_REACH = 2
# How many sentences after a conference's last one may list more of its participants.
_LIST_REACH = 2
# A video or joint call naming this many people or more is one conference.
_CONFERENCE_SIZE = 3
# An undated opening is an overview when the same people have this many
# calls told below it under their own date lines.
_OVERVIEW_CALLS = 2
# How many words may stand between a verb of address and the person
# addressed ("told his Russian counterpart Sergei Lavrov").
_ADDRESS_REACH = 4
# How many words before the first participant a joint cue heading them may stand ("a joint call with A").
_JOINT_LEAD = 4
# No call has more participants than this (a conference of the G20 and its
# guests has fewer); later names do not join it, which bounds a call's size.
MAX_PARTICIPANTS = 64


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



class Grouper:
    """Reads a story's sentences in order and groups them into drafts of calls."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.drafts: list[Draft] = []
        """Every call opened, kept or not."""
        self._edges: dict[int, tuple[dict[int, int], list[int]]] = {}
        # Indexes over the drafts, so that a text of thousands of calls stays linear.
        self.latest: dict[frozenset[PersonKey], Draft] = {}
        self.by_person: dict[PersonKey, list[Draft]] = {}
        self.seen_together: set[frozenset[PersonKey]] = set()
        """Pairs of people named in one sentence (or the headline) so far."""
        self.current: list[Draft] = []
        """The calls the story is telling now: those the last call sentence opened or named."""
        self.pending: list[Facts] = []
        """Sentences naming people before any call is told: they join the first call of theirs."""
        self.crowd: tuple[PersonKey, Facts] | None = None
        """The person a crowd of leaders called, and the sentence that said so, while its callers may follow."""
        self.last_pair: list[PersonKey] = []
        """The two people the last sentence naming two named."""
        self.previous: Sequence[PersonKey] = ()
        """The people the sentence before named."""
        self.hollows: dict[int, Draft] = {}
        """The last conference of each section whose first sentence named only its host."""

    def run(self) -> list[Draft]:
        """The calls the text reports, in the order it tells them.

        Each sentence is read in turn: one that reports a call by
        ``_read_call``, any other by ``_read_other``. Drafts with one person
        only, and an undated overview of calls told below (``_overview``), are
        no calls; a headline that names the call stands in when the body
        names none (``_from_title``).
        """
        title = self.story.title_persons
        self.seen_together = {frozenset((a, b)) for a in title for b in title if a != b}
        for f in self.story.facts:
            _budget.check("extract")
            if f.heading:
                continue
            self.seen_together |= {frozenset((a, b)) for a in f.persons for b in f.persons if a != b}
            if len(f.persons) == 2:
                self.last_pair = list(f.persons)
            if f.cues.call:
                self._read_call(f)
            else:
                self._read_other(f)
            self.previous = f.persons
        drafts = [d for d in self.drafts if len(d.people) > 1 and not self._overview(d)]
        if not drafts:
            drafts = self._from_title() or self._from_address()
        return drafts

    def _read_call(self, f: Facts) -> None:
        """A sentence that reports a call: calls by a crowd of leaders
        (``_crowd_rule``), more of a conference's participants
        (``_joins_conference``), earlier calls dated in passing
        (``_earlier_only``), a sentence that names no new pair
        (``_names_no_pair``), else the calls it opens or adds to (``_open``)."""
        self.crowd = None
        if self._crowd_rule(f):
            return
        current = self.current
        if self._joins_conference(f, current):
            # "Biden convened a video call with leaders. Joining by video were A and B."
            self._extend(current[0], f)
            return
        conference = self._named_conference(f)
        if conference is not None:
            # "Meloni is taking part in a videoconference with European leaders. [...]
            # Taking part in the videoconference are A and B."
            self._extend(conference, f)
            self.current = [conference]
            return
        told = current[-1] if current else None
        f.earlier = earlier_dates(self.story, f, told)
        groups = self._groups(f, told)
        if told is not None and f.earlier and f.call_date is None and groups in (None, [told.people]):
            # A sentence only about earlier calls adds nothing to the call being told.
            self._place_earlier(f, told)
            return
        if told is not None and groups is None and other_medium(self.story, f, told):
            # "我同总统先生视频会晤" in a phone call's readout: an earlier call by other means.
            self._add(Draft(list(told.people), [f], f.segment, f.call_date, like=told))
            self.latest[told.key] = told
            return
        if groups is None:
            self._names_no_pair(f)
            return
        self._open(f, groups)

    def _crowd_rule(self, f: Facts) -> bool:
        """Calls by a crowd of leaders ("Sánchez received calls from many
        leaders", "among other callers were A, B and C"): one call per caller
        the sentence lists, or the next ``_CROWD_REACH`` sentences list
        (``_read_other``). What follows is about the crowd's calls, not the
        call told before. Whether ``f`` is such a sentence."""
        current = self.current
        found = self._crowd(f, current[-1] if current else None)
        if found is None:
            return False
        counterpart, listed = found
        if listed:
            self._crowd_calls(f, counterpart, listed, None)
        else:
            self.crowd = (counterpart, f)
        if current and set(current[-1].people) <= set(f.persons):
            # "This call with Lula comes as Sánchez received calls from many leaders"
            current[-1].facts.append(f)
        self.current = []
        return True

    def _names_no_pair(self, f: Facts) -> None:
        """A call sentence that names no pair of people ("The call lasted an
        hour", "Macron said of the call..."): it adds to the calls being told.
        With no call told yet and one person named, it opens a conference
        whose other participants the next sentences may name ("Biden convened
        a video call with European leaders. Joining the President were...").
        Naming no one but "the two", with no call told yet, it is a call of
        the pair the text is about ("Lula will call Arce on Thursday. The two
        already spoke by phone on Wednesday")."""
        current = self.current
        if not current and not f.persons and f.cues.group and self.last_pair:
            self._open(f, [list(self.last_pair)])
            return
        if len(current) == 1 and f.cues.group and f.call_date is None and other_month(self.story, f, current[0]):
            # "The two men also spoke in November": an earlier call of theirs, of no known day.
            self._add(Draft(list(current[0].people), [f], f.segment, None, month_only=True))
            return
        for draft in current:
            draft.facts.append(f)
        if not current and len(f.persons) == 1:
            hollow = Draft(list(f.persons), [f], f.segment, f.call_date, hollow=True)
            self._add(hollow)
            self.hollows[f.segment] = hollow
            self.current = [hollow]
        elif current:
            self._place_earlier(f, current[-1])

    def _open(self, f: Facts, groups: list[list[PersonKey]]) -> None:
        """Open (or add ``f`` to) a call for each group of people it reports.

        "Before his call with Biden, Macron had a conversation with Putin":
        one cue per counterpart tells of several calls, and the story goes on
        with the last; one cue over a list ("spoke with A and B") goes on with
        all of them. "The call followed the one they had on 28 October": a
        repeat cue keeps the story with the call it is telling. Sentences that
        named the first call's people before any call was told join it.
        """
        placed = [self._place(f, people) for people in groups]
        previous = self.current
        current = placed[-1:] if len(placed) > 1 and f.cues.reports >= len(placed) else placed
        if f.cues.repeat and previous and all(any(p.key == d.key and p is not d for p in previous) for d in current):
            current = previous
        self.current = current
        self._place_earlier(f, placed[-1])
        if self.pending and self.drafts:
            first = self.drafts[0]
            first.facts[:0] = [p for p in self.pending if set(p.persons) <= set(first.people)]
            self.pending = []

    def _read_other(self, f: Facts) -> None:
        """A sentence that reports no call: the callers of a crowd listed
        ("Among them were A (Israel), B (France) and C (Italy)"), an earlier
        call dated ("Their previous conversation on 2 October lasted 40
        minutes"), more participants of a conference ("Also joining were A
        and B"), else what it tells of the calls it names or, naming none, of
        the calls being told (``_attach_targets``)."""
        current, crowd = self.current, self.crowd
        if crowd is not None and f.sentence.index - crowd[1].sentence.index <= _CROWD_REACH:
            listed = [p for p in f.persons if p != crowd[0]]
            if len(listed) >= 2 and not (f.cues.meeting or f.cues.planned):
                self._crowd_calls(crowd[1], crowd[0], listed, f)
                self.crowd = None
                return
        if current and f.cues.repeat and not f.cues.planned:
            f.earlier = earlier_dates(self.story, f, current[-1])
            if f.earlier and f.call_date is None:
                self._place_earlier(f, current[-1])
                return
        # A call the sentence plans or denies ("Putin does not plan a call with
        # Zelensky") names no one else to a call being told.
        unreal = f.cues.planned_call or f.cues.negated_call
        if len(current) == 1 and len(current[0].people) == 1 and len(f.persons) > 1 and not unreal or self._lists_more(f, current):
            self._extend(current[0], f)
            return
        targets = self._attach_targets(f, current)
        for draft in targets:
            draft.facts.append(f)
        if not targets and not current and f.persons:
            self.pending.append(f)

    def _from_title(self) -> list[Draft]:
        """A headline that names the call when the body only tells what was said
        ("Tokayev held a telephone conversation with Macron" above "The heads
        of state discussed...")."""
        title = read_title(self.story.doc)
        if title is None:
            return []
        if not title.cues.call or title.cues.planned:  # headlines are terse: any planned word makes it a plan
            return []
        people: list[PersonKey] = []
        for m in title.mentions:
            key = self.story.resolver.resolve(m)
            if key is not None and key not in people:
                people.append(key)
        if len(people) == 1 and self.story.hub not in (None, people[0]):
            people.insert(0, self.story.hub)
        if len(people) < 2:
            return []
        headline = headline_facts(self.story.doc.title or "", title)
        told = [
            f
            for f in self.story.facts
            if (f.cues.discussion or f.cues.group) and not (f.cues.meeting and not f.cues.discussion)
            or (f.persons and set(f.persons) <= set(people) and not (f.cues.meeting or f.cues.planned))
        ]
        return [Draft(people, [headline, *told], 0, None)]

    def _from_address(self) -> list[Draft]:
        """A text that tells of no call and no meeting but of one leader
        addressing another of another state ("Blinken told his Russian
        counterpart Lavrov on Tuesday that..."): the first such exchange is
        a call whose medium the text does not say."""
        facts = self.story.facts
        if any(f.cues.meeting or f.cues.planned or f.cues.negated_call for f in facts):
            return []
        verbs = address_verbs(self.story.doc.language)
        resolver = self.story.resolver
        for f in facts:
            if f.heading or f.quoted or len(f.persons) != 2:
                continue
            for v in verbs.finditer(f.tokens):
                before = [m for m in f.mentions if m.last <= v.first]
                after = [m for m in f.mentions if m.first >= v.last and m.first - v.last <= _ADDRESS_REACH]
                if not before or not after:
                    continue
                a, b = resolver.resolve(before[-1]), resolver.resolve(after[0])
                if a is None or b is None or a == b or {a, b} != set(f.persons):
                    continue
                (ca, _), (cb, _) = resolver.country_role(a), resolver.country_role(b)
                if ca is not None and cb is not None and ca != cb:
                    return [Draft([a, b], [f], f.segment, f.call_date)]
        return []

    def _overview(self, draft: Draft) -> bool:
        """An undated opening that sums up calls told below under their own
        date lines ("the two have spoken often; here is each call")."""
        if draft.segment != 0 or draft.date_ref is not None or len(self.story.segment_dates) < _OVERVIEW_CALLS + 1:  # section 0 is the undated opening
            return False
        later = [d for d in self.by_person.get(draft.people[0], ()) if d.key == draft.key and d.segment > 0]
        return len(later) >= _OVERVIEW_CALLS

    def _groups(self, f: Facts, current: Draft | None) -> list[list[PersonKey]] | None:
        people, centre, at = call_persons(self.story, f)
        people = self._without_quoted(f, people, current)
        if not people and current is not None and f.segment == current.segment and f.persons:
            return None  # "Lavrov said the call was constructive": about the call being told
        if not people:
            if current is not None and (f.segment != current.segment or f.cues.repeat and f.call_date is not None):
                return [list(current.people)]
            return None
        if len(people) == 1:
            only = people[0]
            author = self.story.posts.get(f.sentence.paragraph, (None, None))[0]
            if author is not None and author != only:
                return [[author, only]]  # a leader's own post: "Just had a call with President X"
            if current is not None and len(current.people) >= _CONFERENCE_SIZE and only in current.people:
                return None  # "After the call, Merz convened the cabinet": of the conference being told
            other = self.story.hub if self.story.hub not in (None, only) else None
            # "Im Gespräch mit Selenskyj ging es um...": the call with them told already.
            told = self._last_pair_of(only, f.segment)
            if told is not None and other not in told.people and not (current is not None and only in current.people):
                other = next(p for p in told.people if p != only)
            if other is None and current is not None and only in current.people:
                return None  # "Macron said of the call..." adds to the current call
            partner = self.story.partner
            if other is None and partner != only and frozenset((only, partner)) in self.seen_together and not named_apart(self.story, f, partner):
                other = partner
            if other is None:
                return None
            return [[other, only]]
        hub = self.story.hub
        if centre is None:
            # "[...] Merz's secure phone rang. He was patched into a phone conference
            # with A and B": the one person the sentence before named, else the hub.
            before = [p for p in self.previous if p not in people]
            caller = before[0] if len(before) == 1 else hub if hub not in people else None
            if caller is not None:
                people, at = [caller, *people], [at[0], *at]
        # "After a video call with Putin, Xi phoned Trump": two media, two calls.
        both = f.cues.video and f.cues.phone and len({k for _, _, k in medium_cues(f.tokens, self.story.doc.language)}) == 2
        if len(people) >= _CONFERENCE_SIZE and (f.cues.video and not both or self._joint_before_second(f, at)):
            return [people]
        if hub is not None and hub not in people and all(self._told_with(hub, p, f) for p in people):
            # "Beim Erdogan-Telefonat ..., bei dem Gespräch mit Abe ...": more of the hub's calls told.
            return [[hub, p] for p in people]
        center = centre if centre in people else people[0]
        return [[center, p] for p in people if p != center]

    def _last_pair_of(self, person: PersonKey, segment: int) -> Draft | None:
        """The last call of two that ``person`` had in section ``segment``
        (sections only grow, so the search stops at an earlier one)."""
        for d in reversed(self.by_person.get(person, ())):
            if d.segment != segment:
                return None
            if len(d.people) == 2:
                return d
        return None

    def _told_with(self, hub: PersonKey, other: PersonKey, f: Facts) -> bool:
        """Whether a call of ``hub`` and ``other`` is told already in ``f``'s section."""
        draft = self.latest.get(frozenset((hub, other)))
        return draft is not None and draft.segment == f.segment

    def _without_quoted(self, f: Facts, people: list[PersonKey], current: Draft | None) -> list[PersonKey]:
        """``people`` without those the sentence only quotes: an aide or minister
        who speaks of the call being told ("Ushakov said the conversation lasted
        an hour"), or a speaker beside two others who talked ("Peskov said
        Putin and Erdogan spoke")."""
        if not people:
            return people
        resolve = self.story.resolver.resolve
        mentions = [(m, resolve(m)) for m in f.mentions]
        flags = quoted(f.tokens, [(m.first, m.last) for m, _ in mentions], self.story.doc.language, f.sentence.text, f.sentence.start)
        if not any(flags):
            return people  # no one quoted: no verbs of address to look for
        # "Macron told Zelensky of his talks with Putin": one who tells a participant something is a party.
        addressing = {v.first for v in address_verbs(self.story.doc.language).finditer(f.tokens)}
        speakers = {
            key for (m, key), flag in zip(mentions, flags) if flag and key is not None and not {m.last, m.last + 1} & addressing
        }
        if not speakers & set(people):
            return people
        told = set(current.people) if current is not None and current.segment == f.segment else set()
        rest = [p for p in people if p not in speakers or p in told]
        if told and set(rest) <= told:
            return rest
        return rest if len(rest) >= 2 else people

    def _extend(self, hollow: Draft, f: Facts) -> None:
        known = set(hollow.people)
        room = max(0, MAX_PARTICIPANTS - len(hollow.people))
        hollow.people += [p for p in dict.fromkeys(f.persons) if p not in known][:room]
        hollow.facts.append(f)
        self._index(hollow)

    def _joins_conference(self, f: Facts, current: list[Draft]) -> bool:
        """Whether video or joint call sentence ``f`` names more participants of
        the conference whose first sentence named only its host."""
        if len(current) != 1 or not current[0].hollow or not (f.cues.video or f.cues.joint) or f.cues.repeat:
            return False
        return bool(f.persons) and not set(f.persons) & set(current[0].people[1:])

    def _named_conference(self, f: Facts) -> Draft | None:
        """The conference of this section whose first sentence named only its
        host, when video or joint call sentence ``f`` names people only after
        its cue and none of the conference's ("Taking part in the video
        conference are A and B"), while other calls were told in between."""
        if not (f.cues.video or f.cues.joint) or f.cues.repeat or f.cues.planned or not f.persons or not f.cue_at:
            return None
        hollow = self.hollows.get(f.segment)
        if hollow is None or set(f.persons) & set(hollow.people):
            return None
        # Named as the ones taking part, not after "with" ("in the teleconference with the US President, B took part").
        vocab = vocabulary(self.story.doc.language)
        withs = vocab.companions - vocab.conjunctions
        first_cue = min(f.cue_at)
        after = all(m.start > first_cue for m in f.mentions)
        return hollow if after and not any(m.first > 0 and f.tokens[m.first - 1].fold in withs for m in f.mentions) else None

    @staticmethod
    def _lists_more(f: Facts, current: list[Draft]) -> bool:
        """Whether ``f`` only lists further participants of the conference being told
        ("Also joining were A and B"): new names, and nothing said."""
        if len(current) != 1 or not current[0].hollow or f.cues.discussion or f.cues.meeting or f.cues.planned:
            return False
        # Right after the last sentence naming its people, not paragraphs later
        # (only the last few sentences are looked at: linear).
        recent = takewhile(lambda g: f.sentence.index - g.sentence.index <= _LIST_REACH, reversed(current[0].facts))
        if not any(g.persons for g in recent):
            return False
        return bool(f.persons) and not set(f.persons) & set(current[0].people)

    def _crowd(self, f: Facts, told: Draft | None) -> tuple[PersonKey, list[PersonKey]] | None:
        """Whether ``f`` tells of calls by a crowd of leaders (``crowd.crowd_of``)."""
        return crowd_of(self.story, f, told)

    def _crowd_calls(self, f: Facts, called: PersonKey, callers: list[PersonKey], listing: Facts | None) -> None:
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
                self._add(Draft([called, caller], list(told), f.segment, ref))
                continue
            draft.facts += [g for g in told if g not in draft.facts]

    def _beside_cue(self, f: Facts, ref: DateRef) -> bool:
        """Whether ``ref`` stands within a few words of one of ``f``'s call cues."""
        at, edges = self._cue_edges(f)
        i = at.get(ref.start)
        if i is None:
            return False
        k = bisect_left(edges, i - CUE_REACH)
        return k < len(edges) and edges[k] <= i + CUE_REACH

    def _cue_edges(self, f: Facts) -> tuple[dict[int, int], list[int]]:
        """For ``f``: token index by offset, and the sorted first and last
        token indexes of its call cues (once per sentence, so that many dates
        in one sentence stay linear)."""
        found = self._edges.get(f.sentence.index)
        if found is None:
            cues = cues_for(self.story.doc.language)
            edges = sorted(
                e for matcher in (cues.phone, cues.video, cues.talk) for m in matcher.finditer(f.tokens) for e in (m.first, m.last)
            )
            found = self._edges[f.sentence.index] = ({t.start: k for k, t in enumerate(f.tokens)}, edges)
        return found

    def _joint_before_second(self, f: Facts, at: list[int]) -> bool:
        """A joint cue that heads the list of participants ("a joint call
        with A and B", "call between A, B and C"), not one in a later clause
        or before people who take no part ("on the lack of talks between A
        and B: 'A called C, D and E'"), or one after them all when they are
        its subjects ("A, B and C held a teleconference"); ``at``: where the
        participants are first named."""
        if not f.cues.joint:
            return False
        first, second = (at[0], at[1]) if len(at) > 1 else (0, len(f.tokens))
        joint = [m.first for m in cues_for(self.story.doc.language).joint.finditer(f.tokens)]
        # "A, B and C held a teleconference": all of them named before it, as its subjects.
        if at and f.cue_at and f.tokens[max(at)].start < min(f.cue_at) and any(j > max(at) for j in joint):
            return True
        return any(first - _JOINT_LEAD <= j < second for j in joint)

    def _place(self, f: Facts, people: list[PersonKey]) -> Draft:
        key = frozenset(people)
        ref = f.call_date
        draft = self.latest.get(key)
        if draft is not None:
            # Another day named outright ("on Sunday", "on 28 October") is another
            # call; "this evening" or "today" is too vague to tell two calls apart,
            # and a bare day of the month ("29日") only with a repeat cue ("29日にも").
            firm = ref is not None and (ref.explicit or ref.weekday is not None or ref.day is not None and f.cues.repeat)
            distinct = (
                draft.segment != f.segment
                or (firm and not _same_date(draft.date_ref, ref, self.story.anchor))
                or (draft.date_ref is None and firm and f.cues.repeat)
            )
            vague = not distinct and ref is None and other_month(self.story, f, draft)
            distinct = distinct or vague
            if not distinct:
                if draft.date_ref is None:
                    draft.date_ref = ref
                if draft.facts[-1] is not f:
                    draft.facts.append(f)
                return draft
            if vague:
                draft = Draft(people, [f], f.segment, None, month_only=True)
                self._add(draft)
                return draft
        draft = Draft(people, [f], f.segment, ref)
        self._add(draft)
        return draft

    def _place_earlier(self, f: Facts, told: Draft) -> None:
        """Open (or add ``f`` to) a call of ``told``'s people on each of ``f.earlier``."""
        for ref in f.earlier:
            for d in self.by_person.get(told.people[0], ()):
                if d.key == told.key and d.segment == f.segment and d.date_ref is not None and _same_date(d.date_ref, ref, self.story.anchor):
                    if d.facts[-1] is not f:
                        d.facts.append(f)
                    break
            else:
                self._add(Draft(list(told.people), [f], f.segment, ref, like=told))

    def _add(self, draft: Draft) -> None:
        self.drafts.append(draft)
        self._index(draft)

    def _index(self, draft: Draft) -> None:
        self.latest[draft.key] = draft
        for p in draft.people:
            drafts = self.by_person.setdefault(p, [])
            if not drafts or drafts[-1] is not draft:
                drafts.append(draft)

    def _attach_targets(self, f: Facts, current: list[Draft]) -> list[Draft]:
        others = [p for p in f.persons if p != self.story.hub]
        if others:
            # A sentence that names a call's participants belongs to that call,
            # even when a clause of it looks ahead ("...which will hold a summit").
            wanted = set(others)
            # The call being told first ("In the call with Zelensky [...]. Trump also proposed...").
            for draft in chain(reversed(current), reversed(self.by_person.get(others[0], []))):
                if wanted <= set(draft.people):
                    return [draft] if draft.segment == f.segment else []
            return []
        # "They discussed preparations for the upcoming G20 meeting": what was said of a plan.
        if (f.cues.meeting or f.cues.planned) and not f.cues.discussion:
            return []
        current = [d for d in current if d.segment == f.segment]
        if f.persons or f.cues.group or f.cues.discussion:
            return current
        # An official readout's paragraph is about its call to the end.
        if self.story.official:
            return [d for d in current if d.facts[-1].sentence.paragraph == f.sentence.paragraph]
        if f.quoted:
            # The rest of a quotation ("...he said: "It was a pleasure to speak to him. We will work on..."").
            return [d for d in current if d.facts[-1].sentence.index == f.sentence.index - 1]
        return []

    # -- building --------------------------------------------------------
