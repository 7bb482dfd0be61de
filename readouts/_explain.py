"""``Readout.explain()``: the text with the words each field was read from marked."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # pragma: no cover
    from ._models import Readout

__all__ = ["explain"]


def _labels(readout: Readout) -> list[tuple[int, int, str]]:
    marks: list[tuple[int, int, str]] = []
    for n, call in enumerate(readout.calls, 1):
        fe = call.field_evidence
        for name, spans in fe.participants.items():
            marks += [(s.start, s.end, f"{n}:participant {name}") for s in spans]
        for field in ("date", "duration", "medium", "initiator"):
            marks += [(s.start, s.end, f"{n}:{field}") for s in getattr(fe, field)]
        for label, spans in fe.topics.items():
            marks += [(s.start, s.end, f"{n}:topic {label}") for s in spans]
    return marks


def _segments(text: str, marks: list[tuple[int, int, str]]) -> list[tuple[str, tuple[str, ...]]]:
    """Cut ``text`` where any mark starts or ends; each piece with the labels over it."""
    cuts = sorted({0, len(text), *(a for a, _, _ in marks), *(b for _, b, _ in marks)})
    out: list[tuple[str, tuple[str, ...]]] = []
    for a, b in zip(cuts, cuts[1:]):
        labels = tuple(sorted({lab for s, e, lab in marks if s <= a and b <= e}))
        if out and out[-1][1] == labels:
            out[-1] = (out[-1][0] + text[a:b], labels)
        else:
            out.append((text[a:b], labels))
    return out


def _summary(readout: Readout) -> list[str]:
    lines = []
    for n, call in enumerate(readout.calls, 1):
        who = " - ".join(p.name for p in call.participants)
        parts = [f"call {n}: {who}"]
        if call.initiator:
            parts.append(f"initiated by {call.initiator.name}")
        parts += [f"date {call.date}" if call.date else "no date", f"{call.duration_minutes} min" if call.duration else "", call.medium or ""]
        if call.topics:
            parts.append("topics " + ", ".join(call.topics))
        lines.append("; ".join(p for p in parts if p))
    return lines


def explain(readout: Readout, format: Literal["text", "html"] = "text") -> str:
    """Return ``readout.text`` with the spans each call field was read from marked.

    ``text``: a summary line per call, then the text with ``[words]{call:field}``
    markers. ``html``: the same as a fragment with ``<mark>`` elements whose
    ``title`` names the fields.
    """
    segments = _segments(readout.text, _labels(readout))
    if format == "html":
        body = "".join(
            f'<mark title="{html.escape(", ".join(labels))}">{html.escape(piece)}</mark>' if labels else html.escape(piece)
            for piece, labels in segments
        )
        summary = "".join(f"<li>{html.escape(line)}</li>" for line in _summary(readout))
        return f'<div class="readout"><ul>{summary}</ul><p style="white-space: pre-wrap">{body}</p></div>'
    if format != "text":
        raise ValueError(f"format must be 'text' or 'html', not {format!r}")
    body = "".join(f"[{piece}]{{{', '.join(labels)}}}" if labels else piece for piece, labels in segments)
    return "\n".join([*_summary(readout), "", body])
