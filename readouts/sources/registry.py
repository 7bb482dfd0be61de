"""The registry of source parsers: built-ins, ``register()``ed classes, and
third-party parsers from the ``readouts.parsers`` entry-point group.

Selection (``ranked``): ``source=`` names a parser by id; else ``url=``
picks the parser whose domains match; else every parser scores the document
and the best score wins, ties broken by ``priority`` then ``id``.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import threading
from importlib.metadata import entry_points

from .._document import Document
from .._exceptions import DataError, PluginError, UnknownSourceError
from . import catalogue
from .aggregator import AggregatorParser
from .base import SourceParser, safe_score
from .elysee import ElyseeParser
from .kremlin import KremlinParser
from .news import NewsParser
from .official import GovernmentParser
from .wire import WireParser

__all__ = ["ENTRY_POINT_GROUP", "is_builtin", "parsers", "ranked", "register", "unregister", "view"]

ENTRY_POINT_GROUP = "readouts.parsers"
log = logging.getLogger("readouts")

_BUILTINS: tuple[type[SourceParser], ...] = (
    AggregatorParser,
    ElyseeParser,
    GovernmentParser,
    KremlinParser,
    NewsParser,
    WireParser,
)
_registered: dict[str, SourceParser] = {}
_plugins_loaded = False
# Re-entrant: a plugin module may call register() while it is being imported.
_lock = threading.RLock()


def _strings(value: object) -> bool:
    return isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value)


def _check(cls: object) -> type[SourceParser]:
    if not (isinstance(cls, type) and issubclass(cls, SourceParser)):
        raise PluginError(f"{cls!r} is not a SourceParser subclass", plugin=repr(cls))
    if not cls.id or not isinstance(cls.id, str):
        raise PluginError(f"{cls.__name__} has no id", plugin=cls.__name__)
    if not isinstance(cls.kind, str) or cls.kind not in ("official", "wire", "aggregator", "news"):
        raise PluginError(f"{cls.__name__}.kind is {cls.kind!r}", plugin=cls.id)
    priority = cls.priority
    if isinstance(priority, bool) or not isinstance(priority, (int, float)) or not math.isfinite(priority):
        raise PluginError(f"{cls.__name__}.priority is {priority!r}, not a finite number", plugin=cls.id)
    if not _strings(cls.domains):
        raise PluginError(f"{cls.__name__}.domains must be a tuple of strings", plugin=cls.id)
    if not callable(getattr(cls, "score", None)) or not callable(getattr(cls, "extract", None)):
        raise PluginError(f"{cls.__name__}.score and .extract must be methods", plugin=cls.id)
    return cls


def register(cls: type[SourceParser], *, replace: bool = False) -> type[SourceParser]:
    """Register a parser class so that ``readouts.parse`` considers it.

    Usable as a decorator. Returns the class.

    Raises:
        PluginError: ``cls`` is not a ``SourceParser`` with an ``id`` and
            a valid ``kind``, or its id is taken and ``replace`` is false.
    """
    _check(cls)
    with _lock:
        _ensure_loaded()
        if cls.id in _registered and not replace:
            raise PluginError(f"a source parser with id {cls.id!r} is already registered", plugin=cls.id)
        _registered[cls.id] = cls()
    return cls


def unregister(parser_id: str) -> None:
    """Remove the parser ``parser_id`` (no error if it is not registered)."""
    with _lock:
        _ensure_loaded()
        _registered.pop(parser_id, None)


def _ensure_loaded() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    check_families({cls.id for cls in _BUILTINS})
    # Set first: a plugin that registers itself on import finds the registry loaded.
    _plugins_loaded = True
    for cls in _BUILTINS:
        _registered.setdefault(cls.id, cls())
    builtin_ids = {cls.id for cls in _BUILTINS}
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            cls = _check(ep.load())
            if cls.id in builtin_ids:
                raise PluginError(f"its id {cls.id!r} is a built-in parser's", plugin=cls.id)
            if cls.id in _registered and type(_registered[cls.id]) is not cls:
                raise PluginError(f"its id {cls.id!r} is already registered", plugin=cls.id)
            _registered.setdefault(cls.id, cls())
        except (Exception, SystemExit) as exc:  # a broken plugin is skipped, never fatal; sys.exit() on import included
            log.warning("skipping source parser plugin %r: %s: %s", ep.name, type(exc).__name__, exc)


def check_families(parser_ids: set[str]) -> None:
    """Check that every catalogue entry's ``family`` is one of ``parser_ids``.

    Raises:
        DataError: an entry names a family no built-in parser handles.
    """
    unknown = sorted(catalogue.families() - parser_ids)
    if unknown:
        raise DataError(f"sources.json names families no built-in source parser handles: {', '.join(unknown)}", path="sources.json")


def parsers() -> list[SourceParser]:
    """Return the registered parsers, sorted by id."""
    with _lock:
        _ensure_loaded()
        return [p for _, p in sorted(_registered.items())]


def get(parser_id: str) -> SourceParser:
    """Return the parser registered as ``parser_id``.

    Raises:
        UnknownSourceError: no parser has that id.
    """
    for p in parsers():
        if p.id == parser_id:
            return p
    raise UnknownSourceError(parser_id, [p.id for p in parsers()])


def is_builtin(parser: SourceParser) -> bool:
    """Whether ``parser`` is one of readouts' own parsers (not a subclass of one)."""
    return type(parser) in _BUILTINS


def view(doc: Document, parser: SourceParser, views: dict[int, Document]) -> Document:
    """The document as ``parser`` sees it.

    Returns ``doc`` itself for a built-in parser; for any other, a private
    copy (its own lists; the reading and signals, frozen, are shared), made once per parse and kept in
    ``views``, so that a plugin that changes what it is handed changes nothing
    the next parser reads.
    """
    if is_builtin(parser):
        return doc
    found = views.get(id(parser))
    if found is None:
        found = views[id(parser)] = dataclasses.replace(
            doc, furniture=list(doc.furniture), head=list(doc.head), sentences=list(doc.sentences)
        )
    return found


def _priority(parser: SourceParser) -> float:
    # Checked at registration; a value changed since then counts as 0.
    value = parser.priority
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else 0.0


def ranked(doc: Document, *, source: str | None = None, views: dict[int, Document] | None = None) -> list[SourceParser]:
    """Return the parsers to try for ``doc``, best first.

    ``source`` forces one parser; a parser matching ``doc.url`` by domain
    comes first; the rest follow by score, then priority, then id. The
    built-in news parser is always last but one resort, so that a document
    still parses when a plugin fails. Scores are taken through
    ``safe_score``, however a parser came by its
    ``score``; ``views`` holds the copies handed to third-party parsers
    (see ``view``).
    """
    if source is not None:
        return [get(source)]
    views = {} if views is None else views
    candidates = parsers()
    # Keyed by the object, read with str(): an id a plugin changed after registration breaks nothing.
    scores = {id(p): safe_score(p, view(doc, p, views)) for p in candidates}
    order = sorted(candidates, key=lambda p: (scores[id(p)], _priority(p), _reverse(str(p.id))), reverse=True)
    if doc.url:
        host = doc.url.split("//", 1)[-1].split("/", 1)[0].lower()
        by_domain = [p for p in candidates if _strings(p.domains) and any(host == d or host.endswith("." + d) for d in p.domains)]
        if by_domain:
            first = max(by_domain, key=lambda p: (_priority(p), str(p.id)))
            order = [first, *(p for p in order if p is not first)]
    return order


def _reverse(text: str) -> tuple[int, ...]:
    # Among equals the alphabetically first id wins.
    return tuple(-ord(c) for c in text)
