"""The people a call sentence reports as taking part, and its caller's side."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from .cues import address_verbs, cues_for
from .facts import Facts
from .people import Mention, PersonKey, is_companion, vocabulary
from .story import Story

__all__ = ["call_persons", "clause_cuts", "clause_end", "named_apart"]

# A dash between spaces cuts a sentence into clauses ("Merkel received calls - Trump and Putin have not called yet").
_CLAUSE = re.compile(r"\s-\s")
_QUOTE = re.compile('"')
# How many lower-case words other than "of", "with" and "and" may stand
# between two people of one list of participants ("with A, King of Bhutan,
# and B"): a person named further on, not after "with" or "and" and with no
# call cue between, is someone the sentence tells of ("spoke with Rubio in
# their first contact since the capture of Maduro").
_LIST_GAP = 3
# How many words after a planned cue a call cue is the one it governs ("to hold direct talks").
_GOVERNED = 2
# How many words may stand between a negation and the person it excludes ("but not our premier").
_DENIED_GAP = 3


def clause_cuts(f: Facts) -> list[int]:
    """The offsets that cut ``f`` into clauses (dashes between spaces), in
    order: ``bisect_right`` over them numbers the clause of an offset."""
    return [m.start() + f.sentence.start for m in _CLAUSE.finditer(f.sentence.text)]


def clause_end(f: Facts, offset: int) -> int:
    """The offset where the clause of ``f`` holding ``offset`` ends (a dash
    between spaces, or the sentence's end)."""
    m = _CLAUSE.search(f.sentence.text, max(0, offset - f.sentence.start))
    return f.sentence.start + m.start() if m else f.sentence.end


def _quote_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The quotations of a sentence (``text`` starting at ``offset``), as offset ranges."""
    marks = [m.start() for m in _QUOTE.finditer(text)]
    return [(offset + a, offset + b) for a, b in zip(marks[::2], marks[1::2])]


def _clauses(story: Story, f: Facts, calls: list[int]) -> tuple[list[int], set[int]]:
    """The offsets that cut ``f`` into clauses, and the clauses (numbered by
    ``bisect_right`` over those offsets) that hold one of its call cues
    (``calls``: token indexes)."""
    edges = clause_cuts(f)
    # A quotation that holds the call cue and names both sides is the whole
    # call ('"Biden called Sunak, Scholz and Macron", Renzi said'): the
    # speaker and the people outside it take no part. Bisection over the
    # sorted cue and mention offsets keeps this linear however many quotes.
    at = sorted(f.tokens[i].start for i in calls)
    starts = [m.start for m in f.mentions]
    for a, b in _quote_spans(f.sentence.text, f.sentence.start):
        inside = at[bisect_left(at, a) : bisect_left(at, b)]
        if not inside:
            continue
        named = {story.resolver.resolve(m) for m in f.mentions[bisect_left(starts, a) : bisect_left(starts, b)]} - {None}
        if len(named) >= 2:
            edges = sorted({*edges, a, b})
            return edges, {bisect_right(edges, x) for x in inside}
    return edges, {bisect_right(edges, f.tokens[i].start) for i in calls}


def _listed(story: Story, f: Facts, kept: list[tuple[Mention, PersonKey]], companion: list[bool], subject_at: int, calls: list[int]) -> list[bool]:
    """For each kept mention, whether it stays a participant: once a
    counterpart is named after "with" or "and", one named after it that no
    such word joins to the call stays only when it follows closely or a
    call cue between them governs it ("spoke with Macron, then phoned
    Merkel")."""
    vocab = vocabulary(story.doc.language)
    joining = vocab.fillers | vocab.companions | vocab.conjunctions
    # How many lower-case words other than joining ones come before each token:
    # linear (the cheap tests first: most tokens are joining words or punctuation).
    words = list(accumulate((t.fold not in joining and t.fold.isalpha() and not t.capitalised for t in f.tokens), initial=0))
    out = [True] * len(kept)
    previous, joined = kept[subject_at][0], False
    for i in range(subject_at + 1, len(kept)):
        m = kept[i][0]
        if not companion[i] and joined and words[m.first] - words[previous.last] > _LIST_GAP:
            # The last call cue before the mention, if it comes after the previous participant.
            k = bisect_left(calls, m.first) - 1
            cue = calls[k] if k >= 0 and calls[k] >= previous.last else None
            if cue is None or words[m.first] - words[cue + 1] > 1:
                out[i] = False
                continue
        previous, joined = m, joined or companion[i]
    return out


def _planned_for(story: Story, m: Mention, calls: list[int], plans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` is named in a clause a planned cue opens after the call
    told, with no call cue between ("spoke to Putin, urging him to hold
    direct talks with Zelensky"): someone of a talk to come, no participant."""
    window = cues_for(story.doc.language).plan_window
    if not window or not calls or m.first <= calls[0]:
        return False
    # ``plans``: (last, first) of each planned cue, sorted; only those ending within the window before ``m``.
    for last, first in plans[bisect_left(plans, (m.first - window, -1)) : bisect_right(plans, (m.first, 1 << 62))]:
        if calls[0] < first and last <= m.first:
            # Only a call cue the planned one governs ("to hold talks") may stand between.
            k, j = bisect_left(calls, last + _GOVERNED), bisect_left(calls, m.first)
            if k >= j:
                return True
    return False


def _addressed(f: Facts, m: Mention, told: set[int], fillers: frozenset[str]) -> bool:
    """Whether ``m`` follows a verb of address ending at one of ``told`` (fillers between)."""
    i = m.first
    while i > 0 and i not in told and f.tokens[i - 1].fold in fillers:
        i -= 1
    return i in told


def _denied(story: Story, f: Facts, mentions: list[Mention]) -> list[bool]:
    """For each mention, whether a negation stands right before it ("called
    A and B but not our premier", "ma non con Meloni"): no participant. A
    "with" word may follow the negation, no other word of the gap ("nicht nur
    mit Macron" keeps Macron)."""
    ends = {m.last for m in cues_for(story.doc.language).negated.finditer(f.tokens)}
    if not ends:
        return [False] * len(mentions)
    companions = vocabulary(story.doc.language).companions
    out = []
    for m in mentions:
        gap = next((g for g in range(_DENIED_GAP + 1) if m.first - g in ends), None)
        words = f.tokens[m.first - gap : m.first] if gap is not None else []
        out.append(gap is not None and not any(t.fold in companions for t in words[1:]))
    return out


def _centre(story: Story, f: Facts, kept: list[tuple[Mention, PersonKey]], companion: list[bool], subject_at: int) -> PersonKey:
    """The calling side: the text's hub when it takes part, unless the hub is
    only named after "with" while someone else, alone, is the sentence's
    subject ("Trump spoke with Zelensky before his talks with Putin": Trump)."""
    subject = kept[subject_at][1]
    hub = story.hub
    people = {key for _, key in kept}
    if hub not in people:
        return subject
    if subject == hub or companion[subject_at]:
        return hub
    vocab = vocabulary(story.doc.language)
    hub_with, co_subject = False, False
    for (m, key), joined in zip(kept, companion):
        if not joined:
            continue
        word = f.tokens[m.first - 1].fold if m.first > 0 else ""
        if key == hub:
            hub_with = hub_with or word not in vocab.conjunctions
        elif word in vocab.conjunctions and m.first < kept[subject_at][0].first + 8:
            co_subject = True
    return subject if hub_with and not co_subject else hub


def call_persons(story: Story, f: Facts) -> tuple[list[PersonKey], PersonKey | None, list[int]]:
    """The people a call sentence reports as taking part, its caller's side
    (``None`` when it names only people after "with"), and the first token
    of each participant's mention.

    Kept: people in a clause with a call cue ("Merkel received calls - Trump
    and Putin have not called yet": Merkel; in a quotation that names both
    sides, only those it names), nearer a call cue than a meeting cue
    ("Trump's call with Putin comes after Putin met Assad": not Assad), not
    named before the sentence's caller unless joined to a call ("under the
    Trump administration, Xi spoke with Macron"), and not named well after
    the last participant with nothing joining them (``_listed``).
    """
    cues = cues_for(story.doc.language)
    calls = sorted(
        m.first for matcher in (cues.phone, cues.video, cues.talk) for m in matcher.finditer(f.tokens)
    )
    meetings = sorted(m.first for m in cues.meeting.finditer(f.tokens))
    edges, call_clauses = _clauses(story, f, calls)

    # Bisection over the sorted cue and cut offsets keeps this linear in
    # mentions plus cues, however many of each one sentence holds.
    def nearest(sorted_at: list[int], i: int) -> int:
        j = bisect_left(sorted_at, i)
        return min((abs(sorted_at[k] - i) for k in (j - 1, j) if 0 <= k < len(sorted_at)), default=10**6)

    kept: list[tuple[Mention, PersonKey]] = []
    for m in f.mentions:
        key = story.resolver.resolve(m)
        if key is None or bisect_right(edges, m.start) not in call_clauses:
            continue
        if nearest(meetings, m.first) < nearest(calls, m.first):
            continue
        kept.append((m, key))
    kept = [k for k, unreal in zip(kept, _denied(story, f, [m for m, _ in kept])) if not unreal]
    plans = sorted((p.last, p.first) for p in cues.planned.finditer(f.tokens))
    kept = [k for k in kept if not _planned_for(story, k[0], calls, plans)]
    if not kept:
        return [], None, []
    # Named after "with", or addressed ("Macron told Zelensky of his talks with
    # Putin"): the receiving side, not the sentence's caller.
    told = {v.last for v in address_verbs(story.doc.language).finditer(f.tokens)}
    fillers = vocabulary(story.doc.language).fillers
    companion = [is_companion(f.tokens, m, story.doc.language) or _addressed(f, m, told, fillers) for m, _ in kept]
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
    # "A, B and C held a teleconference": people listed right before the
    # subject, when "and" joins another to it, are its co-subjects.
    conjunctions = vocabulary(story.doc.language).conjunctions
    nxt = kept[subject_at + 1][0] if subject_at + 1 < len(kept) else None
    chained = nxt is not None and nxt.first > 0 and f.tokens[nxt.first - 1].fold in conjunctions
    while chained and subject_at > 0 and kept[subject_at - 1][0].last == kept[subject_at][0].first:
        companion[subject_at] = True
        subject_at -= 1
    listed = _listed(story, f, kept, companion, subject_at, calls)
    people: list[PersonKey] = []
    at: list[int] = []
    seen: set[PersonKey] = set()
    for i, (m, key) in enumerate(kept):
        if i < subject_at and not companion[i] or not listed[i]:
            continue
        if key not in seen:
            seen.add(key)
            people.append(key)
            at.append(m.first)
    # Only people named after "with" ("He was patched into a phone conference
    # with A and B"): the caller's side goes unnamed.
    centre = _centre(story, f, kept, companion, subject_at) if callers else None
    return people, centre, at


def named_apart(story: Story, f: Facts, person: PersonKey | None) -> bool:
    """Whether ``f`` names ``person`` only outside the clauses of its call
    cues ("Merkel received calls - Trump and Putin have not called yet")."""
    resolve = story.resolver.resolve
    named = [m.start for m in f.mentions if resolve(m) == person]
    if not named:
        return False
    cuts = clause_cuts(f)
    held = {bisect_right(cuts, at) for at in f.cue_at}
    return all(bisect_right(cuts, at) not in held for at in named)
