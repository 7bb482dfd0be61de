"""A ledger of calls across many readouts: reports of one call merged into one event.

Two reports are of the same call when they name the same people (compared
by person, whatever the language or spelling) and their days agree, in
three passes so that the result does not depend on the order of adding:

1. reports with a call date: the same day; or one day apart
   (``TIME_ZONE_DAYS``: each side dates the call
   by its own clock) when they share a topic, the initiator or the duration
   (``MIN_SUPPORT``);
2. reports with only a publication date: the event of their participants
   dated up to ``WINDOW_DAYS`` days before it;
3. reports with no day at all: by a yearless date or weekday of the call's
   sentences, else the only event of their participants when they share
   something with it.

Two calls of one text are never merged, nor two reports whose days differ by
more than the window. The same text added twice is one report.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
from collections.abc import Iterable
from typing import Any

from ._ledger_match import (
    LOOSE_CANDIDATES,
    MIN_SUPPORT,
    STRONG_SUPPORT,
    TIME_ZONE_DAYS,
    WINDOW_DAYS,
    Clues,
    DayBasis,
    clues,
    content_key,
    far_apart,
    participants_key,
    person_key,
    support,
)
from ._ledger_event import build
from ._ledger_models import RANK, Disagreement, Event, Report
from ._models import Call, Readout

__all__ = ["Disagreement", "Event", "Ledger", "Report", "merge"]

_MAX_INDEXED = 6


class _Entry:
    __slots__ = ("clues", "pk", "rank", "report", "seq", "text")

    def __init__(self, report: Report, seq: int, clues_: Clues) -> None:
        self.report = report
        self.seq = seq
        self.text = report.key
        self.pk = participants_key(report.call)
        self.rank = RANK.get(report.kind, 4)
        self.clues = clues_

    def order(self) -> tuple[Any, ...]:
        return (self.pk, self.report.day or dt.date.min, self.rank, self.text, self.report.call_index)


class _Cluster:
    """The reports of one event while the ledger is being resolved."""

    def __init__(self, number: int, pk: tuple[str, ...]) -> None:
        self.number = number
        self.pks: set[tuple[str, ...]] = {pk}
        """The participant sets its reports name (more than one after a near match)."""
        self.entries: list[_Entry] = []
        self.reasons: dict[str, str] = {}
        self.texts: set[str] = set()
        self.stated: set[dt.date] = set()
        self.published: set[dt.date] = set()
        self.month_days: set[tuple[int, int]] = set()
        self.weekdays: set[int] = set()
        self.topics: set[str] = set()
        self.initiators: set[str] = set()
        self.durations: set[int] = set()

    def add(self, entry: _Entry, reason: str) -> None:
        call = entry.report.call
        self.entries.append(entry)
        self.reasons[entry.report.label] = reason if len(self.entries) > 1 else "first"
        self.texts.add(entry.text)
        day, basis = entry.report.day, entry.report.day_basis
        if day is not None:
            (self.published if basis == "published" else self.stated).add(day)
        self.month_days.update(entry.clues.month_days)
        self.weekdays.update(entry.clues.weekdays)
        self.topics.update(call.topics)
        if call.initiator is not None:
            self.initiators.add(person_key(call.initiator))
        if call.duration_minutes is not None:
            self.durations.add(call.duration_minutes)

    def support(self, entry: _Entry, *, specific: bool = False) -> int:
        return support(entry.report.call, frozenset(self.topics), frozenset(self.initiators), frozenset(self.durations), specific=specific)

    def days(self) -> set[dt.date]:
        return self.stated | self.published


def _days_between(a: dt.date, b: dt.date) -> int:
    return abs((a - b).days)


class Ledger:
    """Collects readouts and groups their calls into ``Event`` objects.

    >>> ledger = Ledger()
    >>> ledger.add(readout_a, label="kremlin.txt")   # doctest: +SKIP
    >>> ledger.add(readout_b, label="elysee.txt")    # doctest: +SKIP
    >>> ledger.events()                              # doctest: +SKIP

    Args:
        window: days a publication date may follow the call (see
            ``WINDOW_DAYS``).

    Raises:
        ValueError: ``window`` is negative.
    """

    def __init__(self, *, window: int = WINDOW_DAYS) -> None:
        if window < 0:
            raise ValueError(f"window must be 0 or more days, not {window}")
        self.window = window
        self._entries: list[_Entry] = []
        self._keys: set[str] = set()
        self._labels: set[str] = set()
        self._distinct: set[tuple[tuple[str, ...], dt.date, dt.date]] = set()
        self._events: list[Event] | None = None

    def __len__(self) -> int:
        """The number of reports (calls of distinct texts) added."""
        return len(self._entries)

    def add(self, readout: Readout, *, label: str | None = None) -> list[Report]:
        """Add every call of ``readout``, unless the same text was added before.

        Args:
            readout: a result of ``readouts.parse``.
            label: a name for the text in the events (a file name); default
                ``source#n``, ``n`` counting the texts added.

        Returns:
            The reports added, one per call; empty when the text was added
            before (under any label) or reports no call.
        """
        key = content_key(readout)
        if key in self._keys:
            return []
        self._keys.add(key)
        self._events = None
        source = readout.source
        name = self._label(label or f"{(source.id if source else None) or 'text'}#{len(self._keys)}")
        added = []
        for n, call in enumerate(readout.calls):
            found = clues(readout, call) if call.date is None else Clues()
            day, basis = _day(call, readout.published, found)
            report = Report(
                label=f"{name}/{n + 1}" if len(readout.calls) > 1 else name,
                key=key,
                call_index=n,
                source=source.id if source else None,
                kind=source.kind if source else None,
                via=list(source.via) if source else [],
                language=readout.language,
                published=readout.published,
                day=day,
                day_basis=basis,
                call=call,
            )
            self._entries.append(_Entry(report, len(self._entries), found))
            added.append(report)
        self._note_distinct(added)
        return added

    def _label(self, wanted: str) -> str:
        name, n = wanted, 1
        while name in self._labels:
            n += 1
            name = f"{wanted}~{n}"
        self._labels.add(name)
        return name

    def _note_distinct(self, reports: list[Report]) -> None:
        # One text telling of calls between the same people on two days in a
        # row says there were two calls: the time-zone rule must not join them.
        by_people: dict[tuple[str, ...], set[dt.date]] = {}
        for r in reports:
            if r.day_basis in ("stated", "completed") and r.day is not None:
                by_people.setdefault(participants_key(r.call), set()).add(r.day)
        for pk, days in by_people.items():
            for d in days:
                if d + dt.timedelta(days=1) in days:
                    self._distinct.add((pk, d, d + dt.timedelta(days=1)))

    def events(self) -> list[Event]:
        """Return one event per call, in the order their first reports were added."""
        if self._events is None:
            # Resolving makes an object or two per report and no cycles: the
            # collector would only rescan the growing heap, again and again.
            enabled = gc.isenabled()
            gc.disable()
            try:
                self._events = _Resolver(self.window, self._distinct).run(self._entries)
            finally:
                if enabled:
                    gc.enable()
        return list(self._events)


def _day(call: Call, published: dt.date | None, found: Clues) -> tuple[dt.date | None, DayBasis]:
    if call.date is not None:
        return call.date, "stated"
    if found.completed is not None:
        return found.completed, "completed"
    if published is not None:
        return published, "published"
    if found.month_days or found.weekdays or found.dateline:
        return None, "clue"
    return None, "none"


class _Resolver:
    """The three passes over the reports (see the module docstring)."""

    def __init__(self, window: int, distinct: set[tuple[tuple[str, ...], dt.date, dt.date]]) -> None:
        self.window = window
        self.distinct = distinct
        self.clusters: list[_Cluster] = []
        self.by_day: dict[tuple[tuple[str, ...], dt.date], list[_Cluster]] = {}
        self.by_pair_day: dict[tuple[tuple[str, str], dt.date], list[_Cluster]] = {}
        self.by_people: dict[tuple[str, ...], list[_Cluster]] = {}

    def run(self, entries: list[_Entry]) -> list[Event]:
        dated = sorted((e for e in entries if e.report.day_basis in ("stated", "completed")), key=_Entry.order)
        published = sorted((e for e in entries if e.report.day_basis == "published"), key=_Entry.order)
        loose = sorted((e for e in entries if e.report.day is None), key=_Entry.order)
        for e in dated:
            self._dated(e)
        for e in published:
            self._published(e)
        # Undated reports are matched to the dated events first, then among
        # themselves: an undated report is no rival to a dated event.
        left = [e for e in loose if not self._loose(e, self.by_people)]
        # Once: a report placed by its weekday brings its topics, which
        # another undated report of the same event may share.
        left = [e for e in left if not self._loose(e, self.by_people)]
        undated: dict[tuple[str, ...], list[_Cluster]] = {}
        for e in left:
            if not self._loose(e, undated):
                self._new(e, undated)
        ordered = sorted(self.clusters, key=lambda c: min(e.seq for e in c.entries))
        return [build([e.report for e in sorted(c.entries, key=lambda e: e.seq)], c.reasons) for c in ordered]

    def _new(self, entry: _Entry, pool: dict[tuple[str, ...], list[_Cluster]] | None = None) -> None:
        cluster = _Cluster(len(self.clusters), entry.pk)
        self.clusters.append(cluster)
        (self.by_people if pool is None else pool).setdefault(entry.pk, []).append(cluster)
        self._join(cluster, entry, "first")

    def _join(self, cluster: _Cluster, entry: _Entry, reason: str, pool: dict[tuple[str, ...], list[_Cluster]] | None = None) -> None:
        days, pks = cluster.days(), set(cluster.pks)
        cluster.add(entry, reason)
        if entry.pk not in pks:
            cluster.pks.add(entry.pk)
            (self.by_people if pool is None else pool).setdefault(entry.pk, []).append(cluster)
        for pk in cluster.pks:
            for day in cluster.days():
                if pk in pks and day in days:
                    continue
                self.by_day.setdefault((pk, day), []).append(cluster)
                for pair in _pairs(pk):
                    self.by_pair_day.setdefault((pair, day), []).append(cluster)

    def _near(self, pk: tuple[str, ...], first: dt.date, last: dt.date) -> list[_Cluster]:
        seen: dict[int, _Cluster] = {}
        day = first
        while day <= last:
            for c in self.by_day.get((pk, day), ()):
                seen.setdefault(c.number, c)
            day += dt.timedelta(days=1)
        return sorted(seen.values(), key=lambda c: c.number)

    def _dated(self, entry: _Entry) -> None:
        day = entry.report.day
        assert day is not None
        span = dt.timedelta(days=TIME_ZONE_DAYS)
        best: tuple[int, int, _Cluster] | None = None
        needed = MIN_SUPPORT if far_apart(entry.report.call) else STRONG_SUPPORT
        for c in self._near(entry.pk, day - span, day + span):
            if entry.text in c.texts or any(_days_between(d, day) > TIME_ZONE_DAYS for d in c.stated):
                continue
            if day in c.stated:
                self._join(c, entry, "same day")
                return
            if any((entry.pk, *sorted((d, day))) in self.distinct for d in c.stated):
                continue
            shared = c.support(entry)
            if shared >= needed and (best is None or shared > best[0]):
                best = (shared, c.number, c)
        if best is not None:
            self._join(best[2], entry, f"a day apart (each side's calendar), sharing {_facts(best[0])}")
            return
        near = self._near_people(entry, day)
        if near is not None:
            self._join(near[1], entry, f"the same day, one person more or fewer named, sharing {_facts(near[0])}")
            return
        self._new(entry)

    def _near_people(self, entry: _Entry, day: dt.date) -> tuple[int, _Cluster] | None:
        """The event of the same day whose participants differ from the
        report's by one person, sharing the most (at least STRONG_SUPPORT)."""
        best: tuple[int, int, _Cluster] | None = None
        people = set(entry.pk)
        for pair in _pairs(entry.pk):
            for c in self.by_pair_day.get((pair, day), ()):
                if entry.text in c.texts or c.stated != {day} or c.published:
                    continue
                if not all(_one_apart(people, set(pk)) for pk in c.pks):
                    continue
                shared = c.support(entry)
                if shared >= STRONG_SUPPORT and (best is None or (shared, -c.number) > (best[0], -best[1])):
                    best = (shared, c.number, c)
        return (best[0], best[2]) if best else None

    def _published(self, entry: _Entry) -> None:
        day = entry.report.day
        assert day is not None
        window = dt.timedelta(days=self.window)
        ranked: list[tuple[tuple[int, int, int], _Cluster]] = []
        for c in self._near(entry.pk, day - window, day + dt.timedelta(days=TIME_ZONE_DAYS)):
            if entry.text in c.texts:
                continue
            if any(not -TIME_ZONE_DAYS <= (day - d).days <= self.window for d in c.stated):
                continue
            if any(_days_between(d, day) > self.window for d in c.published):
                continue
            gap = min(_days_between(d, day) for d in c.days())
            ranked.append(((-c.support(entry), gap, c.number), c))
        if ranked:
            _, c = min(ranked, key=lambda x: x[0])
            self._join(c, entry, f"no call date; published {day.isoformat()}, within {self.window} days of the call")
        else:
            self._new(entry)

    def _loose(self, entry: _Entry, pool: dict[tuple[str, ...], list[_Cluster]]) -> bool:
        """Place an undated report in an event of ``pool``; False if none fits."""
        people = pool.get(entry.pk, [])
        found = entry.clues
        candidates = [c for c in people if entry.text not in c.texts] if len(people) <= LOOSE_CANDIDATES else []
        if found.month_days:
            matching = [c for c in candidates if _month_day_match(c, found.month_days)]
            if not matching:
                return False  # a day no event has: another call
            c = max(matching, key=lambda c: (c.support(entry), -c.number))
            self._join(c, entry, "no year; its day and month match")
            return True
        if found.dateline:
            filed = [c for c in candidates if _filed_after(c, found.dateline, self.window)]
            if not filed:
                return False  # no event in the days before it was filed: another call
            c = max(filed, key=lambda c: (c.support(entry), -c.number))
            self._join(c, entry, f"no date; filed (by its dateline) within {self.window} days of the call")
            return True
        if found.weekdays and len(candidates) == 1 and _weekday_match(candidates[0], found.weekdays):
            # One weekday in seven matches by chance: it settles only an event
            # with no rival, and a mismatch proves nothing (the sentence may
            # name the day of something else).
            self._join(candidates[0], entry, "no date; the only event of these participants, on the weekday it names")
            return True
        if len(candidates) == 1 and not _weekday_conflict(candidates[0], found.weekdays):
            # Nothing dates the report: only what it shares with the one event
            # of its people, beyond what every call of theirs touches; more
            # of it when that event has no date either.
            shared = candidates[0].support(entry, specific=True)
            if shared >= (MIN_SUPPORT if candidates[0].days() else STRONG_SUPPORT):
                self._join(candidates[0], entry, f"no date; the only event of these participants, sharing {_facts(shared)}")
                return True
        return False


def _month_day_match(c: _Cluster, month_days: frozenset[tuple[int, int]]) -> bool:
    # The very day and month: with no year to bound it, a day either side
    # would let the date of anything else in the sentence match.
    return bool(c.month_days & month_days) or any((d.month, d.day) in month_days for d in c.days())


def _filed_after(c: _Cluster, dateline: tuple[int, int], window: int) -> bool:
    # The dateline has no year: take the one that puts it just after the event.
    month, day = dateline
    for d in c.stated | c.published:
        for year in (d.year, d.year + 1):
            try:
                filed = dt.date(year, month, day)
            except ValueError:  # 29 February of another year
                continue
            if -TIME_ZONE_DAYS <= (filed - d).days <= window:
                return True
    return False


def _weekday_match(c: _Cluster, weekdays: frozenset[int]) -> bool:
    if c.weekdays & weekdays:
        return True
    return any(d.weekday() in weekdays for d in c.stated)


def _pairs(pk: tuple[str, ...]) -> list[tuple[str, str]]:
    # A conference of many is indexed by its first few people only: the
    # bound keeps the index linear.
    return list(itertools.combinations(pk[:_MAX_INDEXED], 2))


def _one_apart(a: set[str], b: set[str]) -> bool:
    return len(a ^ b) == 1 and len(a & b) >= 2


def _weekday_conflict(c: _Cluster, weekdays: frozenset[int]) -> bool:
    # "On Friday" against an event on a Monday: two calls, whatever they
    # share. A day either side is allowed, for the sides' clocks.
    known = c.weekdays | {d.weekday() for d in c.stated}
    if not weekdays or not known:
        return False
    return not any((w + shift) % 7 in known for w in weekdays for shift in range(-TIME_ZONE_DAYS, TIME_ZONE_DAYS + 1))


def _facts(n: int) -> str:
    return f"{n} fact" if n == 1 else f"{n} facts"


def merge(readouts: Iterable[Readout], *, window: int = WINDOW_DAYS) -> list[Event]:
    """Group the calls of ``readouts`` into events (see ``Ledger``).

    Returns:
        One ``Event`` per call, in the order their first reports came.
    """
    ledger = Ledger(window=window)
    for readout in readouts:
        ledger.add(readout)
    return ledger.events()
