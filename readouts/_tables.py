"""Readouts as table rows: ``to_records``, and the one list of columns
(``ROW_COLUMNS``) that ``Readout.rows()``, the CSV output and the
pandas, Parquet and Spark schemas are all made from.

A row is a call with its document's fields; a document that reports no call
still has one row, its call fields empty, so that counting documents in a
table counts them all. Dates are ``datetime.date``, lists are lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

    from ._models import Call, Readout

__all__ = ["ROW_COLUMNS", "ROW_FIELDS", "arrow_schema", "readout_rows", "spark_schema", "to_records"]

ColumnType = Literal["string", "int", "date", "list"]

# Each column once: its name, its type, and how a readout's (or a call's)
# value is read, so that rows, their columns and every schema agree by
# construction. A readout with no call has its call columns empty: ``[]``
# for a list, ``None`` otherwise.
_DOCUMENT_COLUMNS: tuple[tuple[str, ColumnType, Callable[[Readout], Any]], ...] = (
    ("source", "string", lambda r: r.source.id if r.source else None),
    ("source_kind", "string", lambda r: r.source.kind if r.source else None),
    ("via", "list", lambda r: list(r.source.via) if r.source else []),
    ("language", "string", lambda r: r.language),
    ("published", "date", lambda r: r.published),
    ("title", "string", lambda r: r.title),
)
_CALL_COLUMNS: tuple[tuple[str, ColumnType, Callable[[Call], Any]], ...] = (
    ("participants", "list", lambda c: [p.name for p in c.participants]),
    # A country or role the text does not give is "" so that the lists stay
    # aligned with participants.
    ("countries", "list", lambda c: [p.country or "" for p in c.participants]),
    ("roles", "list", lambda c: [p.role or "" for p in c.participants]),
    ("initiator", "string", lambda c: c.initiator.name if c.initiator else None),
    ("date", "date", lambda c: c.date),
    ("duration_minutes", "int", lambda c: c.duration_minutes),
    ("medium", "string", lambda c: c.medium),
    ("topics", "list", lambda c: list(c.topics)),
)

ROW_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("id", "string"),
    *((name, kind) for name, kind, _ in _DOCUMENT_COLUMNS),
    ("call", "int"),
    *((name, kind) for name, kind, _ in _CALL_COLUMNS),
)
"""``(name, type)`` of every column of a row, in order: ``string``, ``int``,
``date`` (``datetime.date``) or ``list`` (of strings)."""

ROW_FIELDS: tuple[str, ...] = tuple(name for name, _ in ROW_COLUMNS)
"""The keys of every row, in column order."""


def readout_rows(readout: Readout, id: str | None = None) -> list[dict[str, Any]]:
    """The rows of ``readout`` (see ``readouts.Readout.rows``)."""
    document: dict[str, Any] = {"id": id, **{name: value(readout) for name, _, value in _DOCUMENT_COLUMNS}}
    if not readout.calls:
        return [{**document, "call": None, **{name: [] if kind == "list" else None for name, kind, _ in _CALL_COLUMNS}}]
    return [
        {**document, "call": index, **{name: value(call) for name, _, value in _CALL_COLUMNS}}
        for index, call in enumerate(readout.calls)
    ]


def to_records(readouts: Iterable[Readout], ids: Iterable[str | None] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the rows of every readout, in order.

    Args:
        readouts: the readouts.
        ids: each readout's id for the rows' ``id`` column (default: ``None``).

    Returns:
        An iterator of dicts with the keys of ``ROW_FIELDS``; feed it to
        ``pandas.DataFrame(list(...))`` or ``csv.DictWriter``.
    """
    names = iter(ids) if ids is not None else None
    for readout in readouts:
        yield from readout_rows(readout, next(names, None) if names is not None else None)


def arrow_schema(*extra: tuple[str, ColumnType]) -> pyarrow.Schema:
    """The pyarrow schema of rows (with ``extra`` columns after them), for
    Parquet: dates as ``date32``, lists as ``list<string>``.

    Returns:
        A ``pyarrow.Schema``.
    """
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "date": pa.date32(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in (*ROW_COLUMNS, *extra)])


def spark_schema(*extra: tuple[str, ColumnType]) -> str:
    """The Spark DDL schema of rows (with ``extra`` columns after them).

    Returns:
        A DDL string (``"id string, ..., topics array<string>"``).
    """
    types = {"string": "string", "int": "int", "date": "date", "list": "array<string>"}
    return ", ".join(f"{name} {types[kind]}" for name, kind in (*ROW_COLUMNS, *extra))
