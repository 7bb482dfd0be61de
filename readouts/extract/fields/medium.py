"""How a call was held: by phone or by video."""

from __future__ import annotations

from ..._models import Span
from ..cues import cues_for
from ..draft import Draft, firm_facts
from ..story import Story

__all__ = ["call_medium"]


def call_medium(story: Story, draft: Draft, opened: int) -> tuple[str | None, list[Span]]:
    """``"video"``, ``"phone"`` or ``None``, and the cue it was read from.

    A video cue anywhere wins over a phone cue. An earlier call mentioned
    in passing takes the medium of the call it is compared with; the only
    call of a text (``opened`` calls were opened in all) takes its
    headline's ("PM call with President Zelenskyy" above "The PM spoke to...").
    """
    cues = cues_for(story.doc.language)
    medium: str | None = None
    medium_spans: list[Span] = []
    for f in firm_facts(draft):
        kind = "video" if f.cues.video else "phone" if f.cues.phone and medium is None else None
        if kind is None:
            continue
        medium = kind
        matcher = cues.video if kind == "video" else cues.phone
        m = next(iter(matcher.finditer(f.tokens)), None) if not f.headline else None
        medium_spans = [Span(start=f.tokens[m.first].start, end=f.tokens[m.last - 1].end)] if m else []
        if kind == "video":
            break
    if medium is None and draft.like is not None:
        # "Modi last spoke to Putin on 25 February": by the means of the call it is compared with.
        medium = call_medium(story, draft.like, opened)[0]
    if medium is None and story.title_medium and opened == 1:
        medium = story.title_medium
    return medium, medium_spans
