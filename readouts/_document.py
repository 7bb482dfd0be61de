"""The typed object the pipeline stages hand to each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline.reading import Reading
    from .sources.signals import Signals


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


@dataclass(frozen=True, slots=True)
class Stamp:
    """A capture's own date header (``date 2021-11-16``, ``date 2022-12``), as written."""

    year: int
    month: int
    day: int | None = None


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
    stamp: Stamp | None = None
    """A capture's own date header (``date 2021-11-16``), if any."""
    head: list[str] = field(default_factory=list)
    """The page's first lines and date stamps, furniture or not."""
    byline: bool = False
    """The page names an author ("By ‹reporter›", "| ‹autor›"): reporting, not a readout."""
    posts: list[Post] = field(default_factory=list)
    """Embedded posts, by the credit lines stripped from the body."""
    language: str = "en"
    sentences: list[Sentence] = field(default_factory=list)
    url: str | None = None
    """Where the text was found: ``parse(url=...)``, else the page's own canonical URL."""
    site_name: str | None = None
    """The publisher's name as the page's metadata gives it (``og:site_name``)."""
    published: date | None = None
    """The page's own publication date (its metadata, stamps or dateline), if it shows one."""
    reference_date: date | None = None
    """The date the caller gave ``parse`` to count "on Monday" from."""
    reading: Reading | None = field(default=None, repr=False, compare=False)
    """The tokens, person mentions and cues of every sentence and of the
    title, read once before a source parser is picked (``None`` until then:
    a document built by hand is read when asked)."""
    signals: Signals | None = field(default=None, repr=False, compare=False)
    """What the page shows of its publishers (signatures, citations, source
    lines, the leader a readout opens with), read once before a source parser
    is picked (``None`` until then)."""

    @property
    def anchor(self) -> date | None:
        """The day relative dates count from: the page's own date, else the caller's ``reference_date``."""
        return self.published or self.reference_date
