"""The typed object the pipeline stages hand to each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body, with its offsets into ``Document.text``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Post:
    """An embedded social post of the body, known by its credit line
    ("- Andrzej Duda (@AndrzejDuda) June 6, 2025"), which is not body text."""

    paragraph: int
    """The body line the post's text ends on."""
    author: str
    """The name the credit gives (``Andrzej Duda``)."""
    posted: str
    """The credit's date, as written (``June 6, 2025``)."""


@dataclass(slots=True)
class Document:
    """A text on its way through the pipeline.

    ``full`` is the whole normalised capture (menus included), which source
    parsers read for signatures; ``text`` is the body left once page
    furniture is stripped, which extraction reads and evidence points into.
    """

    full: str
    text: str
    title: str | None = None
    furniture: list[str] = field(default_factory=list)
    stamp: str | None = None
    head: list[str] = field(default_factory=list)
    """The page's first lines and date stamps, furniture or not."""
    byline: bool = False
    """The page names an author ("By Jane Roe", "| Jovani Pérez"): reporting, not a readout."""
    """A capture's own date header (``date 2021-11-16``), if any."""
    posts: list[Post] = field(default_factory=list)
    """Embedded posts, by the credit lines stripped from the body."""
    language: str = "en"
    sentences: list[Sentence] = field(default_factory=list)
    url: str | None = None
    """Where the text was found: ``parse(url=...)``, else the page's own canonical URL."""
    site_name: str | None = None
    """The publisher's name as the page's metadata gives it (``og:site_name``)."""
    reference_date: date | None = None
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """What one stage computed that another may reuse (sentence facts, the
    publishers a page shows); private to readouts."""
