"""Stage 1: normalise a captured text.

Unicode NFC; HTML entities decoded; zero-width and control characters
removed; typographic quotes, apostrophes and dashes made plain; runs of
spaces collapsed; line structure kept, since the next stage works on lines.
"""

from __future__ import annotations

import html
import re
import unicodedata

__all__ = ["normalise"]

# Characters that carry no meaning for extraction but break word matching.
_DROP = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\x00-\x08\x0b-\x1f\x7f-\x9f]")
# One character class per replacement: a regex pass is far quicker than str.translate with a dict.
_REPLACE = (
    (re.compile("[\u2018\u2019\u201a\u201b\u2032\u00b4`]"), "'"),
    (re.compile("[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]"), '"'),
    (re.compile("[\u2010-\u2015\u2212]"), "-"),
    (re.compile("[\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000\t]"), " "),
    (re.compile("\u2026"), "..."),
    (re.compile("\u2028"), "\n"),
    (re.compile("\u2029"), "\n\n"),
)
_SPACES = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r"(?<! ) *+\n *+")
_BLANK_LINES = re.compile(r"\n{3,}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?/?>")


def _surrogate_free(text: str) -> str:
    # Lone surrogates cannot be encoded and would break every later stage.
    return text.encode("utf-8", "replace").decode("utf-8")


def normalise(text: str) -> str:
    """Return ``text`` in the canonical form every later stage expects."""
    text = _surrogate_free(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = _DROP.sub("", unicodedata.normalize("NFC", text))
    for pattern, replacement in _REPLACE:
        text = pattern.sub(replacement, text)
    text = _SPACES.sub(" ", text)
    text = _LINE_EDGES.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()
