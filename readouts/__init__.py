"""readouts: typed data from the texts that report leaders' phone calls.

>>> import readouts
>>> r = readouts.parse("Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.")
>>> [p.name for p in r.calls[0].participants]
['Vladimir Putin', 'Emmanuel Macron']
"""

from ._api import DEFAULT_MAX_CHARS, parse
from ._batch import parse_many
from ._ledger import Disagreement, Event, Ledger, Report, merge
from ._tables import ROW_FIELDS, to_records
from ._exceptions import (
    DataError,
    DecodingError,
    EmptyTextError,
    InputError,
    InputTooLargeError,
    ParseTimeoutError,
    ParserError,
    PluginError,
    ReadoutsError,
    UnknownSourceError,
    WorkerError,
)
from ._document import Document, Sentence
from ._models import Call, CallEvidence, Participant, Readout, Source, Span
from ._version import __version__
from .extract.topics import topic_labels
from .sources import ENTRY_POINT_GROUP, OfficeParser, SourceParser, parsers, register, unregister

__all__ = [
    "Call",
    "CallEvidence",
    "DEFAULT_MAX_CHARS",
    "DataError",
    "DecodingError",
    "Disagreement",
    "Document",
    "ENTRY_POINT_GROUP",
    "EmptyTextError",
    "Event",
    "InputError",
    "InputTooLargeError",
    "Ledger",
    "OfficeParser",
    "ParseTimeoutError",
    "ParserError",
    "Participant",
    "PluginError",
    "ROW_FIELDS",
    "Readout",
    "ReadoutsError",
    "Report",
    "Sentence",
    "Source",
    "SourceParser",
    "Span",
    "UnknownSourceError",
    "WorkerError",
    "__version__",
    "merge",
    "parse",
    "parse_many",
    "parsers",
    "register",
    "to_records",
    "topic_labels",
    "unregister",
]
