"""The registry of source parsers: built-ins, ``register()``ed classes, and
third-party parsers from the ``readouts.parsers`` entry-point group.

Selection (:func:`ranked`): ``source=`` names a parser by id; else ``url=``
picks the parser whose domains match; else every parser scores the document
and the best score wins, ties broken by ``priority`` then ``id``.
"""

from __future__ import annotations

import logging
import threading
from importlib.metadata import entry_points

from .._document import Document
from .._exceptions import PluginError, UnknownSourceError
from .aggregator import AggregatorParser
from .base import SourceParser
from .elysee import ElyseeParser
from .kremlin import KremlinParser
from .news import NewsParser
from .official import GovernmentParser
from .wire import WireParser

__all__ = ["ENTRY_POINT_GROUP", "parsers", "ranked", "register", "unregister"]

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
_lock = threading.Lock()


def _check(cls: object) -> type[SourceParser]:
    if not (isinstance(cls, type) and issubclass(cls, SourceParser)):
        raise PluginError(f"{cls!r} is not a SourceParser subclass", plugin=repr(cls))
    if not cls.id or not isinstance(cls.id, str):
        raise PluginError(f"{cls.__name__} has no id", plugin=cls.__name__)
    if cls.kind not in ("official", "wire", "aggregator", "news"):
        raise PluginError(f"{cls.__name__}.kind is {cls.kind!r}", plugin=cls.id)
    return cls


def register(cls: type[SourceParser], *, replace: bool = False) -> type[SourceParser]:
    """Register a parser class so that :func:`readouts.parse` considers it.

    Usable as a decorator. Returns the class.

    Raises:
        PluginError: ``cls`` is not a :class:`SourceParser` with an ``id`` and
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
    for cls in _BUILTINS:
        _registered.setdefault(cls.id, cls())
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            cls = _check(ep.load())
            _registered.setdefault(cls.id, cls())
        except Exception as exc:  # a broken plugin is skipped, never fatal
            log.warning("skipping source parser plugin %r: %s", ep.name, exc)
    _plugins_loaded = True


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


def ranked(doc: Document, *, source: str | None = None) -> list[SourceParser]:
    """Return the parsers to try for ``doc``, best first.

    ``source`` forces one parser; a parser matching ``doc.url`` by domain
    comes first; the rest follow by score, then priority, then id. The
    built-in news parser is always last but one resort, so that a document
    still parses when a plugin fails.
    """
    if source is not None:
        return [get(source)]
    candidates = parsers()
    order = sorted(candidates, key=lambda p: (p.score(doc), p.priority, _reverse(p.id)), reverse=True)
    if doc.url:
        host = doc.url.split("//", 1)[-1].split("/", 1)[0].lower()
        by_domain = [p for p in candidates if any(host == d or host.endswith("." + d) for d in p.domains)]
        if by_domain:
            first = max(by_domain, key=lambda p: (p.priority, p.id))
            order = [first, *(p for p in order if p is not first)]
    return order


def _reverse(text: str) -> tuple[int, ...]:
    # Among equals the alphabetically first id wins.
    return tuple(-ord(c) for c in text)
