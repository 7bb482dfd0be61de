"""The typed results of ``readouts.parse``.

All models are frozen pydantic v2 models: results can be hashed, cached and
shared between threads, and ``model_dump(mode="json")`` gives the shape of the
gold files (``duration_minutes`` included) that analysts and the scorer read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

__all__ = ["Call", "CallEvidence", "Medium", "Participant", "Readout", "Source", "SourceKind", "Span"]

Medium = Literal["phone", "video"]
SourceKind = Literal["official", "wire", "aggregator", "news"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A half-open character range ``[start, end)`` of ``Readout.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


# The instance slots pydantic fills, set directly by ``make_span``.
_set_dict = object.__setattr__
_set_fields, _set_extra, _set_private = (
    BaseModel.__dict__[name].__set__ for name in ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
)

# One fields set for all the spans make_span makes: a frozen Span never adds to
# it, pydantic copies it before a model_copy updates it, and a set is 216 bytes
# (a large text's calls hold tens of thousands of spans).
_BOTH_SET = {"start", "end"}


def make_span(start: int, end: int) -> Span:
    """Return ``Span(start=start, end=end)``.

    Extraction makes thousands of spans per text from offsets it knows are
    valid; validating each cost half of making it, so valid ints fill the
    instance as pydantic would, and anything else is validated (and refused)
    as by the constructor.

    Raises:
        pydantic.ValidationError: ``start`` or ``end`` is not a valid offset, or ``end < start``.
    """
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        return Span(start=start, end=end)
    span = object.__new__(Span)
    _set_dict(span, "__dict__", {"start": start, "end": end})
    _set_fields(span, _BOTH_SET)
    _set_extra(span, None)
    _set_private(span, None)
    return span


class Participant(_Frozen):
    """A person who took part in a call."""

    name: str
    """Usual English name, first and last (``Vladimir Putin``)."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the state the person speaks for, or ``EU``,
    ``UN``, ``NATO`` for those bodies; ``None`` when unknown."""
    role: str | None = None
    """Lower-case hyphenated office (``president``, ``prime-minister``)."""


class Source(_Frozen):
    """Who published the text."""

    id: str | None = None
    """Slug of the publisher (``kremlin``, ``reuters``, ``devdiscourse``), or
    ``None`` when the text does not show who published it."""
    name: str | None = None
    """The publisher's own name (``Reuters``, ``President of Russia``), or ``None``."""
    kind: SourceKind
    """What the text is; inferred from its style when the publisher is unknown."""
    via: list[str] = Field(default_factory=list)
    """Slugs of the outlets and offices the text cites, nearest first."""


class CallEvidence(_Frozen):
    """Where each field of a call was read: spans of ``Readout.text``
    covering the words it came from (a name with its title, a date
    expression, "an hour and a half", "by telephone", a topic keyword). A
    field read from the headline, which is not part of the text, has none."""

    participants: dict[str, list[Span]] = Field(default_factory=dict)
    """Participant name -> the mentions of that person in the call's sentences."""
    initiator: list[Span] = Field(default_factory=list)
    """The phrase that says who placed the call ("at the initiative of the French side")."""
    date: list[Span] = Field(default_factory=list)
    """The date expression ("on Monday", "7 November")."""
    duration: list[Span] = Field(default_factory=list)
    """The duration expression ("an hour and a half")."""
    medium: list[Span] = Field(default_factory=list)
    """The words that say how they spoke ("by telephone", "video call")."""
    topics: dict[str, list[Span]] = Field(default_factory=dict)
    """Topic label -> the keywords it was read from."""


class Call(_Frozen):
    """One conversation between leaders, by phone or video."""

    participants: list[Participant]
    """The people who spoke, two or more, in the order the text names them."""
    initiator: Participant | None = None
    """The participant who placed the call, when the text says so."""
    date: dt.date | None = None
    """The day of the call: stated, or counted from the publication date
    ("on Monday"); ``None`` when the text gives neither."""
    duration: dt.timedelta | None = None
    """How long the call lasted, when the text says so."""
    medium: Medium | None = None
    """``phone`` or ``video``, when the text says which."""
    topics: list[str] = Field(default_factory=list)
    """Labels of the topic vocabulary (``readouts.topic_labels()``)."""
    evidence: list[Span] = Field(default_factory=list)
    """The sentences of ``Readout.text`` the call was read from."""
    field_evidence: CallEvidence = Field(default_factory=CallEvidence)
    """For each field, the words of ``Readout.text`` it was read from."""

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        # model_dump() writes duration_minutes; reading that JSON back must work.
        if isinstance(data, dict) and "duration_minutes" in data:
            data = {k: v for k, v in data.items() if k != "duration_minutes"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def duration_minutes(self) -> int | None:
        """The duration in whole minutes, or ``None``."""
        if self.duration is None:
            return None
        return round(self.duration.total_seconds() / 60)


class Readout(_Frozen):
    """Everything ``readouts.parse`` recovered from one text."""

    source: Source | None = None
    """Who published the text, and whom it cites."""
    language: str
    """ISO 639-1 code of the text's main language."""
    published: dt.date | None = None
    """The date of publication, from the page's metadata or its date line."""
    title: str | None = None
    """The headline, from the page's metadata or its first short line."""
    text: str
    """The body after normalising and stripping page furniture; evidence
    spans are offsets into it."""
    calls: list[Call] = Field(default_factory=list)
    """Every call the text reports as having happened, in the order told; empty when none."""

    def explain(self, format: Literal["text", "html"] = "text") -> str:
        """Return the text with the words each call field was read from marked.

        Args:
            format: ``"text"`` (``[words]{call:field}`` markers, for a
                terminal) or ``"html"`` (``<mark>`` elements).

        Returns:
            A summary line per call, then the marked text.

        Raises:
            ValueError: an unknown ``format``.
        """
        from ._explain import explain

        return explain(self, format)

    def rows(self, id: str | None = None) -> list[dict[str, Any]]:
        """One flat dict per call, for tables: the columns of
        ``readouts.ROW_FIELDS`` (document fields, then call fields).

        Args:
            id: the document's id, written in every row's ``id`` column.

        Returns:
            One dict per call, in order; a readout with no call gives one
            dict whose call fields are empty. Dates are ``datetime.date``,
            ``via``, ``participants``, ``countries``, ``roles`` and
            ``topics`` are lists (``countries`` and ``roles`` aligned with
            ``participants``, ``""`` where unknown).
        """
        from ._tables import readout_rows

        return readout_rows(self, id)
