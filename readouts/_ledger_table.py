"""The ledger's events as flat rows and files: JSON Lines, CSV, Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ._ledger_models import Event

__all__ = ["EVENT_FIELDS", "event_record", "event_row", "write_events"]

EVENT_FIELDS: tuple[str, ...] = (
    "event", "participants", "countries", "date", "initiator", "duration_minutes", "medium", "topics",
    "reports", "labels", "chains", "disagreements", "one_sided_topics",
)
"""Columns of ``event_row``, in order."""


def event_row(number: int, event: Event) -> dict[str, Any]:
    """One flat row of ``event`` (lists joined with ``"; "``), for CSV and Parquet.

    Returns:
        A dict with the keys of ``EVENT_FIELDS``; ``disagreements`` reads
        ``field: label=value | label=-`` (``-``: the report does not say).
    """
    return {
        "event": number,
        "participants": "; ".join(p.name for p in event.participants),
        "countries": "; ".join(p.country or "" for p in event.participants),
        "date": event.date.isoformat() if event.date else None,
        "initiator": event.initiator.name if event.initiator else None,
        "duration_minutes": event.duration_minutes,
        "medium": event.medium,
        "topics": "; ".join(event.topics),
        "reports": len(event.reports),
        "labels": "; ".join(r.label for r in event.reports),
        "chains": "; ".join(" < ".join(r.chain) for r in event.reports),
        "disagreements": "; ".join(
            f"{d.field}: " + " | ".join(f"{k}={v if v is not None else '-'}" for k, v in d.values.items()) for d in event.disagreements
        ),
        "one_sided_topics": "; ".join(f"{k}: {', '.join(v)}" for k, v in event.one_sided_topics.items()),
    }


def event_record(number: int, event: Event) -> dict[str, Any]:
    """``event`` as JSON (the evidence spans of each report's call left out).

    Returns:
        ``{"event": number, **event.model_dump(mode="json")}`` less the spans.
    """
    dumped = event.model_dump(mode="json", exclude={"reports": {"__all__": {"call": {"evidence", "field_evidence"}}}})
    return {"event": number, **dumped}


def write_events(events: Iterable[Event], fmt: str, out: TextIO | None = None, path: str | None = None) -> int:
    """Write ``events`` as ``jsonl``, ``csv`` or ``parquet``.

    Args:
        events: the events, numbered from 0 in this order.
        fmt: ``jsonl`` or ``csv`` (to ``out``), or ``parquet`` (to ``path``).
        out: the text stream for ``jsonl`` and ``csv``.
        path: the file for ``parquet``.

    Returns:
        The number of events written.

    Raises:
        ValueError: an unknown ``fmt``, or no ``path`` (Parquet) or ``out`` (others).
        ImportError: Parquet without pyarrow (``pip install 'readouts[tables]'``).
    """
    count = 0
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet output needs a file")
        import pyarrow as pa  # the tables extra
        import pyarrow.parquet as pq
        rows = [event_row(n, e) for n, e in enumerate(events)]
        columns = {name: [row[name] for row in rows] for name in EVENT_FIELDS}
        pq.write_table(pa.table(columns), path)
        return len(rows)
    if out is None:
        raise ValueError(f"{fmt} output needs a stream")
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(EVENT_FIELDS))
        writer.writeheader()
        for n, e in enumerate(events):
            writer.writerow(event_row(n, e))
            count += 1
    elif fmt == "jsonl":
        for n, e in enumerate(events):
            out.write(json.dumps(event_record(n, e), ensure_ascii=False) + "\n")
            count += 1
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count
