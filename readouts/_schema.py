"""The JSON Schema of the records ``readouts parse`` writes (``readouts schema``)."""

from __future__ import annotations

from typing import Any

from ._models import Readout

__all__ = ["record_schema"]


def record_schema() -> dict[str, Any]:
    """The JSON Schema every record of ``readouts parse`` and every
    ``Readout.model_dump(mode="json")`` is valid against.

    A record is a readout (its JSON as serialised, ``duration_minutes``
    included, with the ``input`` it came from and any ``--keep-field``
    fields; ``--fields``, ``--no-evidence`` and the default of no ``text``
    leave fields out) or an error record (``input``, ``error``, ``message``).

    Returns:
        A JSON Schema (draft 2020-12) as a dict.
    """
    readout = Readout.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
    defs = readout.pop("$defs", {})
    readout["properties"] = {"input": {"type": ["string", "null"], "description": "The input the record came from."}, **readout["properties"]}
    readout["required"] = []  # --fields and the default of no text leave fields out
    readout["additionalProperties"] = True  # --keep-field copies the input's own fields
    readout["not"] = {"required": ["error"]}
    error = {
        "title": "Error record",
        "description": "An input that could not be read or parsed.",
        "type": "object",
        "properties": {
            "input": {"type": ["string", "null"]},
            "error": {"type": "string", "description": "The error's class name (DecodingError, FileNotFoundError, ...)."},
            "message": {"type": "string"},
        },
        "required": ["input", "error", "message"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "readouts record",
        "anyOf": [readout, error],
        "$defs": defs,
    }
