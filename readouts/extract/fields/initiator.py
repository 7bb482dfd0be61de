"""Who placed a call."""

from __future__ import annotations

from ..._document import Sentence
from ..._models import Participant, Span
from ..draft import Draft, own_facts
from ..facts import read_title
from ..initiator import Skeleton, build_skeleton, find_initiator
from ..people import Mention, vocabulary
from ..story import Story
from ..tokens import Token, morphology

__all__ = ["call_initiator"]


def call_initiator(story: Story, draft: Draft, people: list[Participant]) -> tuple[Participant | None, list[Span]]:
    """Who placed the call, and the words that say so: the first of the
    call's own sentences, then the headline, whose initiator templates name
    one of ``people`` (by name, or by their side's country)."""
    sentences: list[tuple[list[Token], list[Mention], Sentence | None]] = [
        (f.tokens, f.mentions, f.sentence) for f in own_facts(draft)
    ]
    title = read_title(story.doc)
    if title is not None and draft.like is None:
        sentences.append((title[0], title[1], None))  # "Telephone Calls by Prime Minister on New Year"
    for tokens, mentions, sentence in sentences:
        found = _caller(story, tokens, mentions, sentence.index if sentence is not None else -1)
        if found is None:
            continue
        kind, ref, (a, b) = found
        for p in people:
            if (kind == "person" and p.name == ref) or (kind == "side" and p.country == ref):
                spans = [Span(start=a, end=b)] if sentence is not None and sentence.index >= 0 else []
                return p, spans
    return None, []


def _caller(story: Story, tokens: list[Token], mentions: list[Mention], index: int) -> tuple[str, object, tuple[int, int]] | None:
    """What the initiator templates find in a sentence (``index`` -1: the headline)."""
    if index not in story.callers:
        language = story.doc.language
        vocab = vocabulary(language)
        persons = [(m.first, m.last, story.resolver.resolve(m)) for m in mentions]
        countries = [
            (m.first, m.last, m.value) for mm in (vocab.country_names, vocab.country_adjectives) for m in mm.finditer(tokens)
        ]
        sk: Skeleton = build_skeleton(tokens, persons, countries, morphology(language))
        story.callers[index] = find_initiator(sk, language)
    return story.callers[index]
