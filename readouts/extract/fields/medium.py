"""How a call was held: by phone or by video."""

from __future__ import annotations

from ..._models import Call, Span
from ..cues import cues_for, medium_cues
from ..draft import Draft, firm_facts
from ..facts import Facts
from ..people import Mention, vocabulary
from ..story import Story

__all__ = ["call_medium", "shared_medium"]


def call_medium(story: Story, draft: Draft, opened: int) -> tuple[str | None, list[Span]]:
    """``"video"``, ``"phone"`` or ``None``, and the cue it was read from.

    A video cue wins over a phone cue, but over the opening sentence's only
    in a sentence that names the call's people. An earlier call mentioned in
    passing takes the medium of the call it is compared with; a call
    between the headline's people (or the only call of a text: ``opened``
    calls were opened in all) takes its headline's ("PM call with President
    Zelenskyy" above "The PM spoke to...", "Macron dials Putin for a second
    time").
    """
    cues = cues_for(story.doc.language)
    medium: str | None = None
    medium_spans: list[Span] = []
    opening = False  # whether the medium so far is the opening sentence's
    for n, f in enumerate(firm_facts(draft)):
        kind = _kind(story, f, draft)
        if kind is None or (kind == "phone" and medium is not None):
            continue
        # A video cue later in the text overrides the opening sentence's phone
        # cue only where it names the call's people again ("... held a
        # videoconference with the President of Russia"), not in a call recalled
        # in passing ("when I met the President by video in January").
        if medium is not None and opening and not set(draft.people) <= set(f.persons):
            continue
        medium, opening = kind, n == 0
        matcher = cues.video if kind == "video" else cues.phone
        m = next(iter(matcher.finditer(f.tokens)), None) if not f.headline else None
        medium_spans = [Span(start=f.tokens[m.first].start, end=f.tokens[m.last - 1].end)] if m else []
        if kind == "video":
            break
    if medium is None and draft.like is not None:
        # "Modi last spoke to Putin on 25 February": by the means of the call it is compared with.
        medium = call_medium(story, draft.like, opened)[0]
    if medium is None and story.title_medium and (opened == 1 or _in_title(story, draft)):
        medium = story.title_medium
    return medium, medium_spans


def _kind(story: Story, f: Facts, draft: Draft) -> str | None:
    if (f.cues.phone or f.cues.video) and f.cues.reports > 1 and not f.headline:
        near = _nearest_medium(story, f, draft)
        if near is not None:
            return None if near == "talk" else near
    return "video" if f.cues.video else "phone" if f.cues.phone else None


def _nearest_medium(story: Story, f: Facts, draft: Draft) -> str | None:
    """In a sentence of two calls told by different words ("after a video
    call with Putin, Xi phoned Trump", "during their phone call, Macron told
    Zelensky of his talks with Putin"), the kind of the call cue nearest the
    mention of this call's counterpart (``"talk"`` for one that names no
    means); ``None`` when the sentence names no other counterpart."""
    resolve = story.resolver.resolve
    named = [(m, resolve(m)) for m in f.mentions]
    others = {k for _, k in named if k is not None and k != story.hub}
    mine = [m for m, k in named if k in draft.people and k != story.hub]
    cues = medium_cues(f.tokens, story.doc.language)
    covered = {i for a, b, _ in cues for i in range(a, b)}
    talk = cues_for(story.doc.language).talk.finditer(f.tokens)
    cues += [(t.first, t.last, "talk") for t in talk if not covered & set(range(t.first, t.last))]
    if len(others) < 2 or not mine or len({k for _, _, k in cues}) < 2:
        return None
    m = mine[0]

    def gap(c: tuple[int, int, str], x: Mention) -> int:
        return min(abs(c[0] - x.last), abs(x.first - c[1]))

    near = min(cues, key=lambda c: gap(c, m))
    if near[2] != "talk":
        return near[2]
    # A talk cue by this counterpart names no means only when the sentence's
    # medium cue tells of another's call ("during their phone call, Macron
    # told Zelensky of his talks with Putin"), not of this one ("Xi talked
    # with Macron, urging him [...] during a phone call").
    medium = [c for c in cues if c[2] != "talk"]
    people = [x for x, k in named if k in others]
    vocab = vocabulary(story.doc.language)
    joining = vocab.conjunctions | vocab.fillers
    others_before = [0]  # how many words other than "and" and fillers come before each token: linear
    for t in f.tokens:
        others_before.append(others_before[-1] + (t.fold not in joining))

    def listed_with(x: Mention) -> bool:
        # "spoke to A and B in separate phone calls": one list, one means.
        a, b = (m, x) if m.first < x.first else (x, m)
        return b.first <= a.last or others_before[b.first] == others_before[a.last]

    for c in medium:
        holder = min(people, key=lambda x: gap(c, x))
        if holder is m or listed_with(holder):
            return c[2]
    return "talk"


def _in_title(story: Story, draft: Draft) -> bool:
    named = set(story.title_persons)
    return len(named) >= 2 and set(draft.people) <= named


def shared_medium(calls: list[Call]) -> list[Call]:
    """``calls`` with the medium of a call that states none taken from the
    other calls of the same people, when they all state the same one ("the
    two presidents have spoken by phone every month: ... on 27 November they
    discussed fentanyl"), with the words it was read from there; a medium
    read from the headline gets those words too."""
    by_people: dict[frozenset[str], set[str]] = {}
    spans: dict[frozenset[str], list[Span]] = {}
    for call in calls:
        if call.medium is not None:
            key = frozenset(p.name for p in call.participants)
            by_people.setdefault(key, set()).add(call.medium)
            if call.field_evidence.medium:
                spans.setdefault(key, call.field_evidence.medium)
    out = []
    for call in calls:
        key = frozenset(p.name for p in call.participants)
        known = by_people.get(key, set())
        if len(known) == 1 and not call.field_evidence.medium and call.medium in (None, *known):
            evidence = call.field_evidence.model_copy(update={"medium": spans.get(key, [])})
            call = call.model_copy(update={"medium": next(iter(known)), "field_evidence": evidence})
        out.append(call)
    return out
