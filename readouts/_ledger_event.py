"""One event from the reports of one call: the best value of each field, and every difference."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._ledger_match import participants_key, person_key
from ._ledger_models import RANK, Disagreement, Event, Report
from ._models import Call, Participant

__all__ = ["build"]


def _initiator(call: Call) -> str | None:
    return call.initiator.name if call.initiator else None


def _duration(call: Call) -> str | None:
    return str(call.duration_minutes) if call.duration_minutes is not None else None


def _medium(call: Call) -> str | None:
    return call.medium


_DATED = ("stated", "completed")

_FIELDS: tuple[tuple[str, Callable[[Call], str | None]], ...] = (
    ("initiator", _initiator),
    ("duration_minutes", _duration),
    ("medium", _medium),
)


def _stated_by(values: dict[str, str | None]) -> str:
    said = [k for k, v in values.items() if v is not None]
    return ", ".join(said)


def _field(name: str, values: dict[str, str | None]) -> Disagreement | None:
    stated = {v for v in values.values() if v is not None}
    if not stated:
        return None
    if len(stated) > 1:
        return Disagreement(field=name, values=values, note="the reports state different values")
    if None in values.values():
        return Disagreement(field=name, values=values, note=f"stated by {_stated_by(values)} only")
    return None


def _date(reports: list[Report]) -> Disagreement | None:
    values: dict[str, str | None] = {}
    why: list[str] = []
    for r in reports:
        values[r.label] = r.day.isoformat() if r.day and r.day_basis in _DATED else None
        if r.day_basis == "completed" and r.day:
            why.append(f"{r.label} gives no year: {r.day.isoformat()} with the year of its publication date")
        elif r.day_basis == "published" and r.day:
            why.append(f"{r.label} gives no call date, only its publication date {r.day.isoformat()}")
        elif r.day_basis in ("clue", "none"):
            why.append(f"{r.label} gives no date")
    stated = sorted({v for v in values.values() if v is not None})
    if len(stated) > 1:
        why.insert(0, f"stated dates {' and '.join(stated)} differ by a day: each side dates the call by its own clock")
    elif not stated or not why:
        return None
    return Disagreement(field="date", values=values, note="; ".join(why))


def build(reports: list[Report], reasons: dict[str, str]) -> Event:
    """Merge the reports of one call.

    Args:
        reports: every report of the call, in the order they were added.
        reasons: report label -> why it was merged in.

    Returns:
        The event: each field from the best report that states it (official,
        then wire, then others), with a ``Disagreement`` for each field
        the reports state differently or only some of them state.
    """
    ranked = sorted(reports, key=lambda r: RANK.get(r.kind, 4))
    disagreements: list[Disagreement] = []
    several = len(reports) > 1
    if several:
        found = _date(reports)
        if found:
            disagreements.append(found)
        for name, read in _FIELDS:
            found = _field(name, {r.label: read(r.call) for r in reports})
            if found:
                disagreements.append(found)
    first: dict[str, Any] = {}
    first["date"] = next((r.day for r in ranked if r.day_basis in _DATED), None)
    first["initiator"] = next((r.call.initiator for r in ranked if r.call.initiator), None)
    first["duration_minutes"] = next((r.call.duration_minutes for r in ranked if r.call.duration_minutes is not None), None)
    first["medium"] = next((r.call.medium for r in ranked if r.call.medium), None)
    by_report = {r.label: list(r.call.topics) for r in reports}
    one_sided: dict[str, list[str]] = {}
    if several:
        counts: dict[str, int] = {}
        for topics in by_report.values():
            for t in set(topics):
                counts[t] = counts.get(t, 0) + 1
        for label, topics in by_report.items():
            only = sorted(t for t in set(topics) if counts[t] == 1)
            if only:
                one_sided[label] = only
    # The people every report names: a third person named by one report is
    # more often a misreading than a conference (see STRONG_SUPPORT). Each
    # from the best report naming them, in one order for every event.
    sets = [participants_key(r.call) for r in ranked]
    common = set.intersection(*(set(k) for k in sets))
    people: dict[str, Participant] = {}
    for r in ranked:
        for p in r.call.participants:
            if person_key(p) in common:
                people.setdefault(person_key(p), p)
    participants = [people[k] for k in sorted(people)]
    if len(set(sets)) > 1:
        named = {r.label: "; ".join(sorted(p.name for p in r.call.participants)) for r in reports}
        disagreements.insert(0, Disagreement(field="participants", values=dict(named), note="the reports name different people"))
    return Event(
        participants=participants,
        reports=reports,
        topics=sorted({t for r in reports for t in r.call.topics}),
        disagreements=disagreements,
        topics_by_report=by_report,
        one_sided_topics=one_sided,
        matched=reasons,
        **first,
    )
