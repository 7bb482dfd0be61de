"""Readouts as table rows: ``to_records``, and the one list of columns
(``ROW_COLUMNS``) that ``Readout.rows()``, the CSV output and the
pandas, Parquet and Spark schemas are all made from.

A row is a call with its document's fields; a document that reports no call
still has one row, its call fields empty, so that counting documents in a
table counts them all. Dates are ``datetime.date``, lists are lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

    from ._models import Readout

__all__ = ["ROW_COLUMNS", "ROW_FIELDS", "arrow_schema", "readout_rows", "spark_schema", "to_records"]

ColumnType = Literal["string", "int", "date", "list"]

ROW_COLUMNS: tuple[tuple[str, ColumnType], ...] = (
    ("id", "string"),
    ("source", "string"),
    ("source_kind", "string"),
    ("via", "list"),
    ("language", "string"),
    ("published", "date"),
    ("title", "string"),
    ("call", "int"),
    ("participants", "list"),
    ("countries", "list"),
    ("roles", "list"),
    ("initiator", "string"),
    ("date", "date"),
    ("duration_minutes", "int"),
    ("medium", "string"),
    ("topics", "list"),
)
"""``(name, type)`` of every column of a row, in order: ``string``, ``int``,
``date`` (``datetime.date``) or ``list`` (of strings)."""

ROW_FIELDS: tuple[str, ...] = tuple(name for name, _ in ROW_COLUMNS)
"""The keys of every row, in column order."""


def readout_rows(readout: Readout, id: str | None = None) -> list[dict[str, Any]]:
    """The rows of ``readout`` (see ``readouts.Readout.rows``)."""
    source = readout.source
    document: dict[str, Any] = {
        "id": id,
        "source": source.id if source else None,
        "source_kind": source.kind if source else None,
        "via": list(source.via) if source else [],
        "language": readout.language,
        "published": readout.published,
        "title": readout.title,
    }
    if not readout.calls:
        empty: dict[str, Any] = {"call": None, "participants": [], "countries": [], "roles": [], "initiator": None,
                                 "date": None, "duration_minutes": None, "medium": None, "topics": []}
        return [{**document, **empty}]
    return [
        {
            **document,
            "call": index,
            "participants": [p.name for p in call.participants],
            # A country or role the text does not give is "" so that the
            # lists stay aligned with participants.
            "countries": [p.country or "" for p in call.participants],
            "roles": [p.role or "" for p in call.participants],
            "initiator": call.initiator.name if call.initiator else None,
            "date": call.date,
            "duration_minutes": call.duration_minutes,
            "medium": call.medium,
            "topics": list(call.topics),
        }
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
