"""The entry point: :func:`parse`."""

from __future__ import annotations

import logging
from datetime import date

from ._document import Document
from ._exceptions import DecodingError, EmptyTextError, InputTooLargeError, ParserError, ReadoutsError
from ._models import Readout
from .extract.published import find_published
from .pipeline.boilerplate import strip_boilerplate
from .pipeline.language import detect_language
from .pipeline.html import html_to_text, looks_like_html
from .pipeline.normalise import normalise
from .pipeline.sentences import split_sentences
from .sources import registry
from .sources.base import SourceParser
from .sources.publisher import settle

log = logging.getLogger("readouts")

__all__ = ["DEFAULT_MAX_CHARS", "parse"]

DEFAULT_MAX_CHARS = 5_000_000
"""Texts longer than this raise :class:`InputTooLargeError` (about 5 MB: a
long page is 100 KB; five million characters is no readout)."""


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:2048].lower()
    for marker in (b"charset=", b"encoding="):
        i = head.find(marker)
        if i >= 0:
            name = head[i + len(marker) : i + len(marker) + 40].strip(b"\"' ").split(b'"')[0].split(b"'")[0]
            name = name.split(b";")[0].split(b">")[0].split(b" ")[0]
            try:
                return data.decode(name.decode("ascii"))
            except (LookupError, UnicodeDecodeError, UnicodeEncodeError) as exc:
                raise DecodingError(f"cannot decode the bytes as declared ({name!r}): {exc}", encoding=name.decode("ascii", "replace")) from exc
    raise DecodingError("the bytes are not UTF-8 and declare no charset; decode them and pass a str")


def parse(
    text: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    reference_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Readout:
    """Parse a readout, or a page that retells one, into a :class:`Readout`.

    Args:
        text: the text as captured, menus and all, or an HTML page or
            fragment. ``bytes`` are decoded as UTF-8, else with the charset
            the document declares.
        url: where the text was found; picks the source parser by domain and
            names the publisher. An HTML page's canonical link or ``og:url``
            stands in when it is not given.
        source: id of a registered source parser to use, skipping detection.
        reference_date: the date that "on Monday" or "today" counts from
            when the text carries no publication date of its own.
        max_chars: longest text accepted.

    Returns:
        A :class:`Readout`; its ``calls`` is empty when the text reports none.

    Raises:
        EmptyTextError: the text is empty, white space, or has no letters.
        InputTooLargeError: the text is longer than ``max_chars``.
        DecodingError: ``bytes`` that cannot be decoded.
        UnknownSourceError: ``source`` names no registered parser.
        TypeError: ``text`` is neither ``str`` nor ``bytes``.
    """
    if isinstance(text, (bytes, bytearray)):
        if len(text) > max_chars * 4:
            raise InputTooLargeError(len(text), max_chars)
        text = _decode(bytes(text))
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    if len(text) > max_chars:
        raise InputTooLargeError(len(text), max_chars)
    page = html_to_text(text) if looks_like_html(text) else None
    full = normalise(page.text if page is not None else text)
    if not any(c.isalpha() for c in full):
        raise EmptyTextError("the text is empty or has no letters" if full else "the text is empty")
    stripped = strip_boilerplate(full)
    body = "\n".join(stripped.lines)
    # A page's own metadata names its headline better than a guess from its lines.
    title = normalise(page.title) if page is not None and page.title else stripped.title
    doc = Document(
        full=full,
        text=body,
        title=title,
        furniture=stripped.furniture,
        stamp=stripped.stamp,
        head=stripped.head,
        byline=stripped.byline,
        # An HTML page names its own address and publisher; a given url= wins.
        url=url or (page.url if page is not None else None),
        site_name=page.site_name if page is not None else None,
    )
    doc.language = detect_language(body or full)
    doc.sentences = split_sentences(body)
    published = (page.published if page is not None else None) or find_published(doc)
    doc.reference_date = published or reference_date
    return _extract(doc, registry.ranked(doc, source=source), published)


def _extract(doc: Document, parsers: list[SourceParser], published: date | None) -> Readout:
    """Build the Readout with the first parser that works.

    A parser that raises, or returns something that is not a list of calls
    and a source, is skipped with a warning naming it: a broken plugin must
    not break parsing for everyone else.
    """
    failures: list[str] = []
    for parser in parsers:
        try:
            calls = parser.extract(doc)
            source = settle(doc, parser.source(doc))
            return Readout(
                source=source,
                language=doc.language,
                published=published,
                title=doc.title,
                text=doc.text,
                calls=calls,
            )
        except ReadoutsError:
            raise
        except Exception as exc:  # a third-party parser's fault, reported and skipped
            log.warning("source parser %r failed on a document and was skipped: %s: %s", parser.id, type(exc).__name__, exc)
            failures.append(f"{parser.id}: {type(exc).__name__}")
    raise ParserError(f"every source parser failed: {'; '.join(failures)}")
