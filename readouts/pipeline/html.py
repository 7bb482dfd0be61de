"""Stage 0, for HTML input: the page's text, title and date of publication.

Parsed with selectolax (the Lexbor engine): the fastest of the parsers
compared in ``benchmarks/html_compare.py`` (selectolax, lxml, the standard
library's ``html.parser``), tolerant of broken markup, and small. Scripts,
styles and other non-text elements are dropped; block elements become lines,
so the boilerplate stage sees the page's structure; the title, date, own
URL (``<link rel="canonical">``, ``og:url``) and publisher's name
(``og:site_name``) come from the page's metadata when it has them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["HtmlPage", "html_to_text", "looks_like_html"]

_HTML_START = re.compile(r"\s*(?:<!--.{0,200}?-->\s*)?<(?:!doctype|html|head|body|meta|div|p|article|section|span|h[1-6]|main|table|ul|title)\b", re.I | re.S)
_DROP = "script, style, noscript, template, svg, iframe, object, canvas, form, button, select"
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li "
    "main nav ol p pre section table tbody td tfoot th thead time tr ul title".split()
)
_DATE_META = (
    "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate",
    "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ABSOLUTE = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+", re.I)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    """The page's own address: its canonical link, else ``og:url`` (absolute http(s) only)."""
    site_name: str | None = None
    """The publisher's name from ``og:site_name``."""


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    return bool(_HTML_START.match(text[:2000]))


def _iso_day(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO_DAY.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _published(tree: LexborHTMLParser) -> date | None:
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in {k.lower() for k in _DATE_META}:
            found = _iso_day(attrs.get("content"))
            if found:
                return found
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "null")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                found = _iso_day(str(item.get("datePublished") or ""))
                if found:
                    return found
    stamp = tree.css_first("time[datetime]")
    return _iso_day(stamp.attributes.get("datetime")) if stamp is not None else None


def _title(tree: LexborHTMLParser) -> str | None:
    meta = tree.css_first('meta[property="og:title"]')
    if meta is not None and meta.attributes.get("content"):
        return (meta.attributes.get("content") or "").strip() or None
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        if node is not None and node.text(strip=True):
            return node.text(strip=True)
    return None


def _meta(tree: LexborHTMLParser, key: str) -> str | None:
    for node in tree.css("meta"):
        attrs = node.attributes
        if (attrs.get("property") or attrs.get("name") or "").lower() == key:
            value = " ".join((attrs.get("content") or "").split())
            if value:
                return value
    return None


def _absolute(value: str | None) -> str | None:
    # A relative or scheme-less address names no host: no use as a publisher.
    value = (value or "").strip()
    return value if _ABSOLUTE.match(value) else None


def _url(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("link[rel]"):
        if "canonical" in (node.attributes.get("rel") or "").lower().split():
            found = _absolute(node.attributes.get("href"))
            if found:
                return found
    return _absolute(_meta(tree, "og:url"))


def _walk(root: LexborNode, out: list[str]) -> None:
    """Text under ``root``: inline elements run on, block elements are lines.

    Iterative, with an explicit stack: markup nested ten thousand deep must
    not reach Python's recursion limit.
    """
    stack: list[tuple[LexborNode | None, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing or node is None:
            out.append("\n")
            continue
        tag = node.tag
        if tag == "-text":
            out.append(node.text_content or "")
            continue
        if node is not root and (not tag or tag.startswith("-")):
            continue
        block = tag in _BLOCKS
        if block:
            out.append("\n")
            stack.append((None, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))


def html_to_text(html: str) -> HtmlPage:
    """Return the visible text of ``html`` with its title, publication date,
    own URL and publisher's name (each ``None`` when the page does not give it)."""
    tree = LexborHTMLParser(html)
    published = _published(tree)
    title = _title(tree)
    url = _url(tree)
    site_name = _meta(tree, "og:site_name")
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.body or tree.root
    out: list[str] = []
    if root is not None:
        _walk(root, out)
    text = "".join(out)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return HtmlPage(text="\n".join(line for line in lines if line), title=title, published=published, url=url, site_name=site_name)
