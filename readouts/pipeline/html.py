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

from .markup import cap_markup
from .normalise import normalise

__all__ = ["HtmlPage", "html_to_text", "looks_like_html"]

_FIRST_TAG = re.compile(
    r"<(?:!doctype|html|head|body|meta|link|base|script|style|noscript|header|nav|main|article|section|aside|footer|div|p|span|"
    r"h[1-6]|table|ul|ol|title|form|figure|img|a|template|iframe|svg)[\s/>]",
    re.I,
)
_SCAN = 20_000  # how far a page may open with prologs, comments and space
_DROP_TAGS = frozenset("script style noscript template svg iframe object canvas form button select textarea".split())
_FURNITURE_TAGS = frozenset(("nav", "aside"))
_FURNITURE_ROLES = frozenset(("navigation", "complementary", "menu", "menubar"))
_LIST_TAGS = frozenset(("ul", "ol", "menu", "dl"))
_LINK_BLOCK_TAGS = frozenset(("div", "section", "table", "footer"))
_LINK_BLOCK_LINKS = 3
_LINK_DENSITY = 0.6
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
    furniture: frozenset[str] = frozenset()
    """Lines of ``text`` (normalised) that stand in navigation, asides and
    link lists: page furniture, whatever their words."""


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text:
    it opens, after any byte-order mark, ``<?xml ...?>`` prolog, comments and
    white space, with an HTML tag."""
    head = text[:_SCAN]
    i = 0
    while True:
        while i < len(head) and (head[i].isspace() or head[i] == "\ufeff"):
            i += 1
        if head.startswith("<!--", i):
            end = head.find("-->", i + 4)
            if end < 0:
                return False
            i = end + 3
        elif head.startswith("<?", i):
            end = head.find("?>", i + 2)
            if end < 0:
                return False
            i = end + 2
        else:
            break
    return bool(_FIRST_TAG.match(head, i))


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


def _hidden(node: LexborNode) -> bool:
    """Whether a reader never sees ``node``: ``hidden``, ``aria-hidden``, or
    an inline style that hides it."""
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    if style:
        flat = "".join(style.lower().split())
        return "display:none" in flat or "visibility:hidden" in flat
    return False


def _is_furniture_role(node: LexborNode) -> bool:
    role = (node.attributes.get("role") or "").strip().lower()
    return role in _FURNITURE_ROLES


class _Tree:
    """The visible nodes under a root, flattened in document order.

    Each node has its tag (``-text`` for text), its text, its parent's index
    and the end of its subtree, so that link density can be summed from the
    leaves up and the text written out in one pass: both linear, and no
    recursion however deep the markup.
    """

    __slots__ = ("tags", "texts", "parents", "ends", "furniture")

    def __init__(self, root: LexborNode) -> None:
        self.tags: list[str] = []
        self.texts: list[str] = []
        self.parents: list[int] = []
        self.furniture: list[bool] = []
        stack: list[tuple[LexborNode, int]] = [(root, -1)]
        while stack:
            node, parent = stack.pop()
            tag = node.tag or ""
            if tag == "-text":
                self._add(tag, node.text_content or "", parent, False)
                continue
            if node is not root and (not tag or tag.startswith("-") or tag in _DROP_TAGS or _hidden(node)):
                continue  # comments, scripts, and what a reader does not see
            index = self._add(tag, "", parent, tag in _FURNITURE_TAGS or _is_furniture_role(node))
            children = []
            child = node.child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((c, index) for c in reversed(children))
        n = len(self.tags)
        self.ends = list(range(1, n + 1))
        for i in range(n - 1, 0, -1):
            parent = self.parents[i]
            if self.ends[i] > self.ends[parent]:
                self.ends[parent] = self.ends[i]
        self._mark_link_lists()

    def _add(self, tag: str, text: str, parent: int, furniture: bool) -> int:
        self.tags.append(tag)
        self.texts.append(text)
        self.parents.append(parent)
        self.furniture.append(furniture)
        return len(self.tags) - 1

    def _mark_link_lists(self) -> None:
        """Lists, and blocks of several links, whose words are mostly link
        words (related articles, "See also", menus) are furniture."""
        n = len(self.tags)
        in_link = [False] * n
        for i in range(n):
            parent = self.parents[i]
            in_link[i] = self.tags[i] == "a" or (parent >= 0 and in_link[parent])
        chars = [0] * n
        linked = [0] * n
        links = [0] * n
        for i in range(n - 1, -1, -1):
            if self.tags[i] == "-text":
                size = len(self.texts[i].strip())
                chars[i] = size
                linked[i] = size if in_link[i] else 0
            elif self.tags[i] == "a":
                links[i] += 1
            parent = self.parents[i]
            if parent >= 0:
                chars[parent] += chars[i]
                linked[parent] += linked[i]
                links[parent] += links[i]
        for i in range(n):
            tag = self.tags[i]
            if not chars[i] or linked[i] < _LINK_DENSITY * chars[i]:
                continue
            if tag in _LIST_TAGS or (tag in _LINK_BLOCK_TAGS and links[i] >= _LINK_BLOCK_LINKS):
                self.furniture[i] = True

    def write(self) -> tuple[str, str]:
        """The text, blocks as lines; and the text of the furniture alone."""
        out: list[str] = []
        furniture: list[str] = []
        closers: list[tuple[int, bool]] = []  # (end of a block's subtree, was it furniture)
        inside = 0  # how many furniture blocks enclose the current node
        for i, tag in enumerate(self.tags):
            while closers and closers[-1][0] <= i:
                _, was = closers.pop()
                out.append("\n")
                if inside:
                    furniture.append("\n")
                inside -= was
            if tag == "-text":
                out.append(self.texts[i])
                if inside:
                    furniture.append(self.texts[i])
                continue
            mark = self.furniture[i]
            if tag in _BLOCKS or mark:
                out.append("\n")
                if inside or mark:
                    furniture.append("\n")
                closers.append((self.ends[i], mark))
                inside += mark
        return "".join(out), "".join(furniture)


def _lines(text: str) -> list[str]:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [line for line in lines if line]


def html_to_text(html: str) -> HtmlPage:
    """Return the visible text of ``html`` with its title, publication date,
    own URL and publisher's name (each ``None`` when the page does not give it),
    and the lines of its navigation and link lists (``HtmlPage.furniture``)."""
    tree = LexborHTMLParser(cap_markup(html))
    published = _published(tree)
    title = _title(tree)
    url = _url(tree)
    site_name = _meta(tree, "og:site_name")
    root = tree.body or tree.root
    text, furniture = _Tree(root).write() if root is not None else ("", "")
    return HtmlPage(
        text="\n".join(_lines(text)),
        title=title,
        published=published,
        url=url,
        site_name=site_name,
        furniture=frozenset(normalise(line) for line in _lines(furniture)),
    )
