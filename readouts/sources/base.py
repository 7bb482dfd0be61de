"""The base class of source parsers.

A source parser is to readouts what a lexer is to Pygments: a class with
its metadata as class attributes and a ``SourceParser.score`` method
saying how likely a document is its own. ``readouts.parse`` asks every
registered parser for its score and hands the document to the best one
(ties broken by ``priority``, then ``id``, so registration order never
matters). Scores are read through ``safe_score``, so that a parser's
score is always a float in ``[0, 1]`` and never raises, however the parser
came by its ``score``; the base class also wraps a subclass's own ``score``,
so that calling it directly behaves the same.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ClassVar

from .._document import Document
from .._models import Call, Source, SourceKind
from ..extract.calls import extract_calls
from . import catalogue
from .credits import office_header

__all__ = ["SourceParser", "safe_score"]

log = logging.getLogger("readouts")


def _clean(parser_id: str, value: object) -> float:
    """A score as a float in ``[0, 1]``; a value outside it warns and is clamped."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        log.warning("source parser %r returned a score that is not a number: %r", parser_id, value)
        return 0.0
    if number != number:  # NaN
        log.warning("source parser %r returned a NaN score", parser_id)
        return 0.0
    if not 0.0 <= number <= 1.0:
        log.warning("source parser %r returned a score outside [0, 1]: %r", parser_id, number)
    return min(1.0, max(0.0, number))


def safe_score(parser: SourceParser, doc: Document) -> float:
    """Return ``parser.score(doc)`` as a float in ``[0, 1]``, never raising.

    Works however the parser came by ``score`` (its own, a mixin's, one
    assigned after the class was made): a score that raises, is not a
    number, or is NaN counts as 0 and warns; one outside ``[0, 1]`` warns and
    is clamped.
    """
    parser_id = str(getattr(parser, "id", type(parser).__name__))
    try:
        value = parser.score(doc)
    except (Exception, SystemExit) as exc:  # a broken plugin must not break parse()
        log.warning("source parser %r failed to score a document: %s: %s", parser_id, type(exc).__name__, exc)
        return 0.0
    return _clean(parser_id, value)


def _safe_score(method: Callable[[SourceParser, Document], float]) -> Callable[[SourceParser, Document], float]:
    @functools.wraps(method)
    def wrapper(self: SourceParser, doc: Document) -> float:
        try:
            value = method(self, doc)
        except Exception as exc:  # a broken plugin must not break parse()
            log.warning("source parser %r failed to score a document: %s", type(self).id, exc)
            return 0.0
        return _clean(str(type(self).id), value)

    wrapper.__wrapped_score__ = True  # type: ignore[attr-defined]
    return wrapper


class SourceParser:
    """Base class for a family of sources (one office, or all wire services).

    Subclasses set the class attributes and override ``score`` (on the
    scale of ``readouts.sources.scores``); they may override ``source``
    (which publisher, exactly), ``host_country`` (whose office speaks, for
    official readouts) and ``extract``. ``OfficeParser`` is the base of a
    parser for one government office.
    """

    id: ClassVar[str] = ""
    """Short slug, unique among registered parsers (``kremlin``)."""
    name: ClassVar[str] = ""
    """Human-readable name."""
    kind: ClassVar[SourceKind] = "news"
    """What the texts it handles are: ``official``, ``wire``, ``aggregator``, ``news``."""
    domains: ClassVar[tuple[str, ...]] = ()
    """Web domains whose pages it handles; ``parse(url=...)`` matches them first."""
    priority: ClassVar[float] = 0.0
    """Breaks ties between equal scores: higher wins."""

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        score = cls.__dict__.get("score")
        if score is not None and not getattr(score, "__wrapped_score__", False):
            cls.score = _safe_score(score)  # type: ignore[method-assign,assignment]

    def score(self, doc: Document) -> float:
        """Return how likely ``doc`` was published by this family, in ``[0, 1]``."""
        return 0.0

    def source(self, doc: Document) -> Source | None:
        """Return the publisher of ``doc``, with the outlets it cites.

        The first publisher of this parser's family whose signature the page
        carries, else the catalogue's entry of this parser's id, else the
        parser itself (its ``id`` and ``name``). A family parser of the
        catalogue (``wire``, ``news``) that finds no signature names no
        publisher: the text alone does not say which agency or outlet it is.
        """
        ev = catalogue.evidence(doc)
        entries = catalogue.by_id()
        mine = [s for _, s in ev.signed if s.family == self.id]
        entry = mine[0] if mine else entries.get(self.id)
        if entry is None and self.id not in catalogue.families():
            return Source(id=self.id, name=self.name or None, kind=self.kind, via=[c for c in ev.cited if c != self.id])
        if entry is None:
            return Source(id=None, name=None, kind=self.kind, via=list(ev.cited))
        via = [c for c in ev.cited if c != entry.id]
        return Source(id=entry.id, name=entry.name, kind=entry.kind, via=via)  # type: ignore[arg-type]

    def host_country(self, doc: Document) -> str | None:
        """Return the state whose office speaks in ``doc``, for official readouts."""
        return None

    def extract(self, doc: Document) -> list[Call]:
        """Return the calls ``doc`` reports."""
        host, official = self.host_country(doc), self.kind == "official"
        if host is None:
            # An office's masthead or header ("Office of the Press Secretary",
            # "Readout of the Secretary-General's call") makes the text its
            # readout whatever parser reads it: "the President" is that office's.
            office = office_header(doc)
            if office is not None and office.country is not None:
                host, official = office.country, True
        return extract_calls(doc, host_country=host, official=official)
