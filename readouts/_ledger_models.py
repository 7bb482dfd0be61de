"""The ledger's results: ``Report``, ``Disagreement`` and ``Event``."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from ._ledger_match import DayBasis
from ._models import Call, Participant, SourceKind

__all__ = ["RANK", "Disagreement", "Event", "Report"]

# An office's own readout outranks agency copy, which outranks a page retelling it.
RANK: dict[str | None, int] = {"official": 0, "wire": 1, "aggregator": 2, "news": 3, None: 4}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Report(_Frozen):
    """One text's account of one call."""

    label: str
    """The name given to the text when it was added (a file name), else
    ``source#n``; ``/k`` is appended for the k-th call of a text with several."""
    key: str
    """Content key of the text (``content_key``):
    the same text added twice has the same key and is kept once."""
    call_index: int = 0
    """Position of the call among the text's calls."""
    source: str | None
    kind: SourceKind | None
    via: list[str] = Field(default_factory=list)
    """The outlets and offices the text cites, nearest first."""
    language: str
    published: dt.date | None
    day: dt.date | None = None
    """The day this report puts the call on: its call date, else a yearless
    date completed from the publication date, else the publication date."""
    day_basis: DayBasis = "none"
    """How ``day`` was found (``stated``, ``completed``, ``published``,
    ``clue``, ``none``)."""
    call: Call

    @property
    def chain(self) -> list[str]:
        """The attribution chain: who published the text, then whom it cites
        (``["devdiscourse", "reuters", "elysee"]``); ``?`` for an unknown publisher."""
        return [self.source or "?", *self.via]


class Disagreement(_Frozen):
    """A field the reports of one call state differently, or that only some state."""

    field: str
    values: dict[str, str | None]
    """Report label -> the value it states (``None``: the report does not say)."""
    note: str = ""
    """Why they differ, in words ("named by kremlin.txt only", "1 day apart:
    each side's calendar")."""


class Event(_Frozen):
    """One call, merged from every report of it."""

    participants: list[Participant]
    date: dt.date | None = None
    """The call date of the best report that states one (official, then wire, then others)."""
    initiator: Participant | None = None
    duration_minutes: int | None = None
    medium: str | None = None
    topics: list[str] = Field(default_factory=list)
    """Every topic any report mentions."""
    reports: list[Report]
    """In the order they were added."""
    disagreements: list[Disagreement] = Field(default_factory=list)
    topics_by_report: dict[str, list[str]] = Field(default_factory=dict)
    """Report label -> the topics that report mentions."""
    one_sided_topics: dict[str, list[str]] = Field(default_factory=dict)
    """Report label -> topics that report alone mentions (only when there are several reports)."""
    matched: dict[str, str] = Field(default_factory=dict)
    """Report label -> why it was merged into this event (the first report: ``first``)."""

    def official_diff(self) -> dict[str, list[str]]:
        """For events with official readouts from two or more offices: each
        office's readout -> the topics it mentions and the other offices' do not."""
        officials = [r for r in self.reports if r.kind == "official" and r.source]
        if len({r.source for r in officials}) < 2:
            return {}
        out: dict[str, list[str]] = {}
        for r in officials:
            others = {t for o in officials if o.source != r.source for t in o.call.topics}
            out[r.label] = sorted(set(r.call.topics) - others)
        return out
