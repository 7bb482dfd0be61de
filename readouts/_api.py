"""The entry point: ``parse``."""

from __future__ import annotations

import codecs
import logging
from datetime import date

from . import _budget

from ._document import Document
from ._exceptions import DecodingError, EmptyTextError, InputTooLargeError, ParserError, ParseTimeoutError, ReadoutsError
from ._models import Readout
from .extract.dates import plausible
from .extract.published import find_published
from .pipeline.boilerplate import strip_boilerplate
from .pipeline.language import detect_language
from .pipeline.html import html_to_text, looks_like_html
from .pipeline.normalise import normalise
from .pipeline.reading import read
from .pipeline.sentences import split_sentences
from .sources import registry
from .sources.base import SourceParser
from .sources.publisher import settle
from .sources.signals import read_signals
from .sources.checks import check_readout

log = logging.getLogger("readouts")

__all__ = ["DEFAULT_MAX_CHARS", "parse"]

DEFAULT_MAX_CHARS = 5_000_000
"""Texts longer than this raise ``InputTooLargeError`` (about 5 MB: a
long page is 100 KB; five million characters is no readout)."""


_BOMS = (
    # UTF-32 first: its little-endian mark begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 4096
_SHORT_BODY = 400
"""A body shorter than this (in characters) is read for its language with its headline."""


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the bytes look like UTF-16 with
    no byte-order mark, else ``None``.

    Every ASCII character (space, digit, punctuation, Latin letter) is a
    UTF-16 code unit with a zero high byte, so one half of the byte positions
    holds NULs (at least the spaces between words: a twentieth of them) and
    the other almost none. UTF-8 text has no NUL bytes at all.
    """
    head = data[:_SNIFF]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= 0.05 and nul_even <= 0.01:
        return "utf-16-le"
    if nul_even >= 0.05 and nul_odd <= 0.01:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> str:
    """Decode bytes given to ``parse``.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a
    mark, told by its pattern of NUL bytes; UTF-8; the charset or encoding the
    document declares in its first 2 KB.

    Raises:
        DecodingError: the bytes fit none of these, or the declared charset
            is unknown, not a text encoding, or does not decode them.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding)
    sniffed = _utf16_without_bom(data)
    if sniffed is not None:
        return _decode_as(data, sniffed)
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
            return _decode_as(data, name.decode("ascii", "replace"))
    raise DecodingError("the bytes are not UTF-8 and declare no charset; decode them and pass a str")


def _decode_as(data: bytes, encoding: str) -> str:
    # Only codecs that turn bytes into text: "rot13", "base64" or "undefined" are not charsets.
    try:
        info = codecs.lookup(encoding) if encoding.isprintable() and "\x00" not in encoding else None
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise DecodingError(f"cannot decode the bytes: {encoding!r} is not a known text encoding", encoding=encoding)
    try:
        return data.decode(info.name)
    except (LookupError, ValueError) as exc:  # UnicodeError is a ValueError; "undefined" raises it outright
        raise DecodingError(f"cannot decode the bytes as declared ({encoding!r}): {exc}", encoding=encoding) from exc


def parse(
    text: str | bytes,
    *,
    url: str | None = None,
    source: str | None = None,
    reference_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    timeout: float | None = None,
) -> Readout:
    """Parse a readout, or a page that retells one, into a ``Readout``.

    Args:
        text: the text as captured, menus and all, or an HTML page or
            fragment. ``bytes`` are decoded as UTF-8 (or UTF-16/32 with a
            byte-order mark, or UTF-16 without one), else with the charset
            the document declares.
        url: where the text was found; picks the source parser by domain and
            names the publisher. An HTML page's canonical link or ``og:url``
            stands in when it is not given.
        source: id of a registered source parser to use, skipping detection.
        reference_date: the date that "on Monday" or "today" counts from
            when the text carries no publication date of its own; a date
            the page shows (its metadata, a stamp, a dateline) wins over it.
        max_chars: longest text accepted.
        timeout: most seconds to spend on this text (``None``: no limit).
            The budget is checked between stages and every so often inside
            the long ones, so the call returns or raises within a few
            milliseconds of it; a third-party parser that loops forever in
            its own code is not interrupted.

    Returns:
        A ``Readout``; its ``calls`` is empty when the text reports none.

    Raises:
        EmptyTextError: the text is empty, white space, or has no letters.
        InputTooLargeError: the text is longer than ``max_chars``.
        DecodingError: ``bytes`` that cannot be decoded.
        UnknownSourceError: ``source`` names no registered parser.
        ParseTimeoutError: ``timeout`` ran out; its ``stage`` says where.
        TypeError: ``text`` is neither ``str`` nor ``bytes``.
        ValueError: ``timeout`` is not a positive number.
    """
    with _budget.deadline(timeout):
        return _parse(text, url=url, source=source, reference_date=reference_date, max_chars=max_chars)


def _parse(text: str | bytes, *, url: str | None, source: str | None, reference_date: date | None, max_chars: int) -> Readout:
    if isinstance(text, (bytes, bytearray)):
        if len(text) > max_chars * 4:
            raise InputTooLargeError(len(text), max_chars)
        text = _decode(bytes(text))
        _budget.check("decode")
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    if len(text) > max_chars:
        raise InputTooLargeError(len(text), max_chars)
    page = html_to_text(text) if looks_like_html(text) else None
    _budget.check("html")
    full = normalise(page.text if page is not None else text)
    _budget.check("normalise")
    if not any(c.isalpha() for c in full):
        raise EmptyTextError("the text is empty or has no letters" if full else "the text is empty")
    stripped = strip_boilerplate(full, page.furniture if page is not None else frozenset())
    _budget.check("boilerplate")
    body = "\n".join(stripped.lines)
    stripped.lines = []  # the body holds them now: a long text's lines are not kept twice
    # A page's own metadata names its headline better than a guess from its lines.
    title = normalise(page.title) if page is not None and page.title else stripped.title
    # A short body ("Blinken told Lavrov ...", two lines) says little: its
    # headline, in the same language, counts too.
    short = len(body) < _SHORT_BODY and title
    language = detect_language(f"{title}\n{body}" if short else body or full)
    _budget.check("language")
    sentences = split_sentences(body)
    _budget.check("sentences")
    doc = Document(
        full=full,
        text=body,
        title=title,
        furniture=stripped.furniture,
        stamp=stripped.stamp,
        head=stripped.head,
        posts=stripped.posts,
        byline=stripped.byline,
        language=language,
        sentences=sentences,
        # An HTML page names its own address and publisher; a given url= wins.
        url=url or (page.url if page is not None else None),
        site_name=page.site_name if page is not None else None,
        reference_date=reference_date,
        reading=read(sentences, title, language),
    )
    # A page date outside the years readouts can be from (year 1, year 9999) is a
    # placeholder, not a publication date: ignored, so the text's own dates count.
    # The page's date, when it has one, is what relative dates count from (doc.anchor).
    doc.published = plausible((page.published if page is not None else None)) or find_published(doc)
    _budget.check("published")
    doc.signals = read_signals(doc)
    views: dict[int, Document] = {}
    return _extract(doc, registry.ranked(doc, source=source, views=views), views)


def _extract(doc: Document, parsers: list[SourceParser], views: dict[int, Document]) -> Readout:
    """Build the Readout with the first parser that works.

    A parser that raises (a ``ReadoutsError`` included: a plugin's own error is
    its failure, not the caller's), or returns something that is not a valid
    list of calls and a source, is skipped with a warning naming it: a broken
    plugin must not break parsing for everyone else. Only running out of the
    time budget ends the search early.
    """
    failures: list[str] = []
    for parser in parsers:
        _budget.check("extract")
        view = registry.view(doc, parser, views)
        try:
            calls = parser.extract(view)
            source = settle(doc, parser.source(view))
            readout = Readout(
                source=source,
                language=doc.language,
                published=doc.published,
                title=doc.title,
                text=doc.text,
                calls=calls,
            )
        except ParseTimeoutError:
            raise
        except ReadoutsError as exc:
            if registry.is_builtin(parser):
                raise  # readouts' own error (a data file that fails to load): the caller's to see
            failures.append(_skipped(parser, exc))
            continue
        except (Exception, SystemExit) as exc:  # a third-party parser's fault, reported and skipped
            failures.append(_skipped(parser, exc))
            continue
        problem = check_readout(readout)
        if problem is not None:
            log.warning("source parser %r returned an invalid result and was skipped: %s", parser.id, problem)
            failures.append(f"{parser.id}: invalid result")
            continue
        return readout
    raise ParserError(f"every source parser failed: {'; '.join(failures)}")


def _skipped(parser: SourceParser, exc: BaseException) -> str:
    log.warning("source parser %r failed on a document and was skipped: %s: %s", parser.id, type(exc).__name__, exc)
    return f"{parser.id}: {type(exc).__name__}"
