"""A ledger of calls across many readouts: reports of one call merged into one event.

Two reports are of the same call when they name the same participants and
their days agree: the same date, or within ``window`` days when one of them
has only its page's publication date to go on. Two calls of one text are
never merged (a text that tells of two calls between the same leaders means
two calls), and a report with no date at all stays an event of its own: it
cannot be told apart from another call between the same people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._models import Call, Participant, Readout, SourceKind

__all__ = ["Disagreement", "Event", "Ledger", "Report", "merge"]

# An office's own readout outranks agency copy, which outranks a page retelling it.
_RANK: dict[str | None, int] = {"official": 0, "wire": 1, "aggregator": 2, "news": 3, None: 4}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Report(_Frozen):
    """One text's account of a call."""

    label: str
    """The name given to the text when it was added (a file name), else ``source#n``."""
    source: str | None
    kind: SourceKind | None
    language: str
    published: dt.date | None
    call: Call


class Disagreement(_Frozen):
    """A field the reports of one call state differently."""

    field: str
    values: dict[str, str]
    """Report label -> the value it states."""


class Event(_Frozen):
    """One call, merged from every report of it."""

    participants: list[Participant]
    date: dt.date | None = None
    initiator: Participant | None = None
    duration_minutes: int | None = None
    medium: str | None = None
    topics: list[str] = Field(default_factory=list)
    """Every topic any report mentions."""
    reports: list[Report]
    disagreements: list[Disagreement] = Field(default_factory=list)
    one_sided_topics: dict[str, list[str]] = Field(default_factory=dict)
    """Report label -> topics that report alone mentions (only when there are several reports)."""

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


class _Group:
    def __init__(self, key: frozenset[str]) -> None:
        self.key = key
        self.reports: list[Report] = []
        self.texts: set[int] = set()
        self.exact: dt.date | None = None
        self.approx: dt.date | None = None


class Ledger:
    """Collects readouts and groups their calls into :class:`Event` objects.

    >>> ledger = Ledger()
    >>> ledger.add(readout_a, label="kremlin.txt")   # doctest: +SKIP
    >>> ledger.add(readout_b, label="elysee.txt")    # doctest: +SKIP
    >>> ledger.events()                              # doctest: +SKIP
    """

    def __init__(self, *, window: int = 2) -> None:
        self.window = dt.timedelta(days=window)
        self._groups: list[_Group] = []
        self._texts = 0

    def add(self, readout: Readout, *, label: str | None = None) -> None:
        """Add every call of ``readout``."""
        text = self._texts
        self._texts += 1
        source = readout.source
        for n, call in enumerate(readout.calls):
            name = label or f"{(source.id if source else None) or 'text'}#{text}"
            if len(readout.calls) > 1:
                name = f"{name}/{n + 1}"
            report = Report(
                label=name,
                source=source.id if source else None,
                kind=source.kind if source else None,
                language=readout.language,
                published=readout.published,
                call=call,
            )
            self._place(report, text)

    def _place(self, report: Report, text: int) -> None:
        key = frozenset(p.name for p in report.call.participants)
        exact = report.call.date
        approx = None if exact else report.published
        if exact or approx:
            for group in self._groups:
                if group.key == key and text not in group.texts and self._same_day(group, exact, approx):
                    group.reports.append(report)
                    group.texts.add(text)
                    group.exact = group.exact or exact
                    group.approx = group.approx or approx
                    return
        group = _Group(key)
        group.reports.append(report)
        group.texts.add(text)
        group.exact, group.approx = exact, approx
        self._groups.append(group)

    def _same_day(self, group: _Group, exact: dt.date | None, approx: dt.date | None) -> bool:
        if group.exact and exact:
            return group.exact == exact  # two stated days that differ are two calls
        mine = exact or approx
        theirs = group.exact or group.approx
        if mine is None or theirs is None:
            return False
        return abs(mine - theirs) <= self.window

    def events(self) -> list[Event]:
        """Return one event per call, in the order their first reports were added."""
        return [_event(g.reports) for g in self._groups]


def merge(readouts: Iterable[Readout], *, window: int = 2) -> list[Event]:
    """Group the calls of ``readouts`` into events (see :class:`Ledger`)."""
    ledger = Ledger(window=window)
    for readout in readouts:
        ledger.add(readout)
    return ledger.events()


def _value(call: Call, field: str) -> Any:
    if field == "initiator":
        return call.initiator.name if call.initiator else None
    if field == "duration_minutes":
        return call.duration_minutes
    return getattr(call, field)


def _event(reports: list[Report]) -> Event:
    ranked = sorted(reports, key=lambda r: _RANK.get(r.kind, 4))
    merged: dict[str, Any] = {}
    disagreements = []
    for field in ("date", "initiator", "duration_minutes", "medium"):
        stated = {r.label: _value(r.call, field) for r in ranked if _value(r.call, field) is not None}
        merged[field] = next(iter(stated.values()), None)
        if len({str(v) for v in stated.values()}) > 1:
            disagreements.append(Disagreement(field=field, values={k: str(v) for k, v in stated.items()}))
    initiator = next((r.call.initiator for r in ranked if r.call.initiator), None)
    topics = sorted({t for r in reports for t in r.call.topics})
    one_sided: dict[str, list[str]] = {}
    if len(reports) > 1:
        for r in reports:
            others = {t for o in reports if o is not r for t in o.call.topics}
            only = sorted(set(r.call.topics) - others)
            if only:
                one_sided[r.label] = only
    return Event(
        participants=ranked[0].call.participants,
        date=merged["date"],
        initiator=initiator,
        duration_minutes=merged["duration_minutes"],
        medium=merged["medium"],
        topics=topics,
        reports=reports,
        disagreements=disagreements,
        one_sided_topics=one_sided,
    )
