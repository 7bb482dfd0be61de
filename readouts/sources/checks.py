"""What a source parser returns, checked before it becomes a result.

A third-party parser can return calls that the model accepts but that break
the promises of a ``Readout``: a call of one participant, a
span outside the text, a topic label the vocabulary lacks, a name that cannot
be encoded (a lone surrogate makes ``model_dump_json`` raise). Such a result
is refused, and the next parser is asked.
"""

from __future__ import annotations

from collections.abc import Iterable

from .._models import Call, Readout, Span
from ..extract.topics import topic_labels

__all__ = ["check_readout"]


def _encodable(value: str | None) -> bool:
    if value is None or value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _spans(call: Call) -> Iterable[Span]:
    ev = call.field_evidence
    yield from call.evidence
    for spans in (*ev.participants.values(), ev.initiator, ev.date, ev.duration, ev.medium, *ev.topics.values()):
        yield from spans


def _call_problem(call: Call, length: int, labels: frozenset[str]) -> str | None:
    if len(call.participants) < 2:
        return f"a call of {len(call.participants)} participant(s)"
    people = [*call.participants, *([call.initiator] if call.initiator else [])]
    for p in people:
        if not all(_encodable(v) for v in (p.name, p.country, p.role)):
            return f"participant {p.name!r} holds a string that cannot be encoded"
    if not all(_encodable(k) for k in call.field_evidence.participants):
        return "evidence names a participant with a string that cannot be encoded"
    unknown = (set(call.topics) | set(call.field_evidence.topics)) - labels
    if unknown:
        return f"topic labels outside the vocabulary: {sorted(unknown)}"
    for span in _spans(call):
        if span.end > length:
            return f"span {span.start}-{span.end} outside the text of {length} characters"
    return None


def check_readout(readout: Readout) -> str | None:
    """Return why ``readout`` breaks the model's promises, or ``None`` if it keeps them."""
    source = readout.source
    if source is not None and not all(_encodable(v) for v in (source.id, source.name, *source.via)):
        return "the source holds a string that cannot be encoded"
    labels = topic_labels()
    for call in readout.calls:
        problem = _call_problem(call, len(readout.text), labels)
        if problem is not None:
            return problem
    return None
