"""Who placed a call."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..._models import Call, Participant, Span
from ...pipeline.reading import read_title
from ..cues import cues_for
from ..draft import Draft, own_facts
from ..facts import HEADLINE, Facts
from ..initiator import Skeleton, build_skeleton, find_initiators, may_state_initiator
from ..people import Mention, vocabulary
from ..story import Story
from ..tokens import Token, morphology

__all__ = ["call_initiator", "caller_spans"]


def call_initiator(story: Story, draft: Draft, people: list[Participant]) -> tuple[Participant | None, list[Span]]:
    """Who placed the call, and the words that say so: the first of the
    call's own sentences, then the headline, whose initiator templates name
    one of ``people`` (by name, or by their side's country; or, when they
    say a crowd called one of a call's two people, the other)."""
    # Each with its sentence index, whether it stands in the text
    # and the writer, when it is a signed post ("Zadzwoniłem do...").
    sentences: list[tuple[list[Token], Sequence[Mention], int, bool, object]] = [
        (f.tokens, f.mentions, f.sentence.index, not f.headline, None if f.headline else story.posts.get(f.sentence.paragraph, (None, None))[0])
        for f in own_facts(draft)
    ]
    title = read_title(story.doc)
    if title is not None and draft.like is None:
        # "Telephone Calls by Prime Minister on New Year"
        sentences.append((title.tokens, list(title.mentions), HEADLINE, False, None))
    for tokens, mentions, index, in_text, author in sentences:
        # The first caller the sentence names who takes part in this call: in
        # "Biden called Macron after Scholz called Putin", Scholz for Scholz's call.
        for kind, ref, (a, b) in _callers(story, tokens, mentions, index):
            if kind == "crowd":
                # "The King received calls from leaders of the region": each caller it lists.
                if len(people) == 2 and any(p.name == ref for p in people):
                    return next(p for p in people if p.name != ref), [Span(start=a, end=b)] if in_text else []
                continue
            if kind == "author":
                kind, ref = "person", author
            for p in people:
                if (kind == "person" and p.name == ref) or (kind == "side" and p.country == ref):
                    return p, [Span(start=a, end=b)] if in_text else []
    return None, []


def caller_spans(story: Story, f: Facts) -> list[tuple[int, int]]:
    """The character offsets of the words of ``f`` that say who placed a
    call ("at the initiative of the French side"), one pair per phrase."""
    return [span for _, _, span in _callers(story, f.tokens, f.mentions, f.sentence.index)]


def _callers(story: Story, tokens: list[Token], mentions: Sequence[Mention], index: int) -> list[tuple[str, object, tuple[int, int]]]:
    """What the initiator templates find in a sentence (by index: the headline's is ``HEADLINE``)."""
    if index not in story.callers and not may_state_initiator(tokens, story.doc.language):
        story.callers[index] = []  # no template's words: no skeleton to build
    if index not in story.callers:
        language = story.doc.language
        vocab = vocabulary(language)
        persons = [(m.first, m.last, story.resolver.resolve(m)) for m in mentions]
        countries = [
            (m.first, m.last, m.value) for mm in (vocab.country_names, vocab.country_adjectives) for m in mm.finditer(tokens)
        ]
        matchers = cues_for(language)
        crowds = [(m.first, m.last) for m in matchers.crowd_nouns.finditer(tokens)]
        calls = [(m.first, m.last) for mm in (matchers.phone, matchers.video, matchers.talk) for m in mm.finditer(tokens)]
        nouns = [(m.first, m.last) for m in matchers.talks.finditer(tokens)]
        sk: Skeleton = build_skeleton(tokens, persons, countries, morphology(language), crowds, sorted(calls), nouns)
        story.callers[index] = find_initiators(sk, language)
    return story.callers[index]


def repeated_initiator(story: Story, calls: list[Call]) -> list[Call]:
    """``calls`` with the caller of a repeated call given to the other calls
    of the same people that name none: "Macron dialled Putin once again, his
    second call in 24 hours" says who placed the first one too."""
    callers: dict[frozenset[str], tuple[Participant, list[Span]]] = {}
    starts = [f.sentence.start for f in story.facts]
    for call in calls:
        spans = call.field_evidence.initiator
        if call.initiator is None or not spans:
            continue
        i = bisect_right(starts, spans[0].start) - 1
        if i >= 0 and story.facts[i].cues.repeat:
            callers.setdefault(frozenset(p.name for p in call.participants), (call.initiator, spans))
    if not callers:
        return calls
    out = []
    for call in calls:
        found = callers.get(frozenset(p.name for p in call.participants)) if call.initiator is None else None
        if found is not None:
            who = next(p for p in call.participants if p.name == found[0].name)
            evidence = call.field_evidence.model_copy(update={"initiator": found[1]})
            call = call.model_copy(update={"initiator": who, "field_evidence": evidence})
        out.append(call)
    return out
