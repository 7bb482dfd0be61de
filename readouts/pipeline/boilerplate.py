"""Stage 2: strip page furniture and find the title.

Works line by line, with the markers of every language's data file (a
French article on an English-language site still has English menus):

* a line opening with a furniture marker (``Also Read``, ``Lire aussi``,
  ``Subscribe``) is dropped;
* a tail marker (``TRENDING``, ``Related Stories``) ends the body once the
  body has begun: what follows is lists of other articles;
* repeated lines, bare bullets and one-word menu items are dropped;
* the first short line without final punctuation becomes the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import _budget, lexicon
from .._document import Post, Stamp
from .._patterns import literal_union

__all__ = ["Stripped", "strip_boilerplate"]

_STAMP = re.compile(r"^date (\d{4})-(\d{2})(?:-(\d{2}))?\b ?")
_BULLETS = " \t•·*>|-"
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CREDIT = re.compile(r"\((?:[^()]{0,80}?)(?:image|photo|file|credit|getty|pool|courtesy)[^()]{0,80}\)\s*$", re.I)
# The credit line of an embedded social post: "- Narendra Modi (@narendramodi) March 24, 2026",
# or in a locale that puts the day first ("3 marca 2022", "24. März 2026").
_EMBED_CREDIT = re.compile(
    r"-\s([^\n()]{1,60})\(@\w{1,30}\)\s*"
    r"([^\W\d_]{3,12}\.?\s\d{1,2},\s\d{4}|\d{1,2}\.?\s[^\W\d_]{3,12}\.?\s\d{4})"
)
_NAV_SEPARATOR = re.compile(r"\s[|•·»>]\s")
_NAV_MARK = re.compile(r"[|•·»>]")  # searched first: a scan for one character class is cheap
_NAV_SCAN = 400  # menus show their separators early in the line
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
_END_PUNCT = ".!?:;\"'»)"
_MIN_BODY_WORDS = 25
_HEAD_LINES = 6
_BODY_LINE_WORDS = 12
_TITLE_WORDS = 24
_ONE_LINE_WORDS = 6
_DECORATION_REACH = 160
# Characters that end or shape a sentence, never decoration after it.
_NOT_DECORATION = frozenset(".!?:;\"'»)]-,")
# Shorter lines (date lines between items of a listing) may repeat.
_MIN_REPEAT_WORDS = 5
# No rule reads a line's word count past 40 (nor the body's past _MIN_BODY_WORDS):
# a long line is counted up to this many, from its first _COUNT_CHARS characters.
_COUNT_CAP = 41
_COUNT_CHARS = 320


@dataclass(slots=True)
class Stripped:
    lines: list[str]
    furniture: list[str] = field(default_factory=list)
    title: str | None = None
    stamp: Stamp | None = None
    byline: bool = False
    head: list[str] = field(default_factory=list)
    """The first lines of the page, furniture or not: where dates of publication stand."""
    posts: list[Post] = field(default_factory=list)
    """Embedded posts, by their credit lines (stripped from the lines)."""


@dataclass(frozen=True, slots=True)
class _Markers:
    drop: re.Pattern[str]
    tail: re.Pattern[str]
    furniture: _Words
    stamp: _Words
    byline: re.Pattern[str]
    title_byline: re.Pattern[str]
    inner_stop: re.Pattern[str]
    end_punct: frozenset[str]
    """What a line of running text ends with: ASCII stops and quotes, and every language's sentence stops (``。``)."""


@dataclass(frozen=True, slots=True)
class _Words:
    """Marker words, found as whole words by ``_has_word``."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    """The words with no other inside them: each occurrence of a word holds one of these."""


def _words_pattern(words: set[str]) -> _Words:
    # A trie of the words (the longest where several match, as an alternation
    # longest first would): one branch per character, not one per word; word
    # boundaries are checked on the few matches (_has_word).
    needles = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
    return _Words(re.compile(literal_union(words)), needles)


def _has_word(words: _Words, text: str) -> bool:
    # A few substring tests rule out most lines, where the trie would try a branch at most characters.
    for needle in words.needles:
        if needle in text:
            break
    else:
        return False
    for m in words.pattern.finditer(text):
        start, end = m.span()
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
    return False


@lexicon.derived
def _words() -> re.Pattern[str]:
    # Lines are judged by their length in words; in a script without spaces
    # two letters count as one word (words there are mostly of one or two).
    return lexicon.word_pattern(r"[^\W{L}]+", run="{1,2}")


@lexicon.derived
def _markers() -> _Markers:
    drop: set[str] = set()
    tail: set[str] = set()
    furniture: set[str] = set()
    stamp: set[str] = set()
    bylines: set[str] = set()
    desks: set[str] = set()
    ends: set[str] = set(_END_PUNCT)
    for code in lexicon.LANGUAGES:
        data = lexicon.language(code)
        drop.update(m.lower() for m in data.boilerplate)
        tail.update(m.lower() for m in data.tail_markers)
        furniture.update(m.lower() for m in data.furniture_words)
        stamp.update(m.lower() for m in data.stamp_words)
        bylines.update(m.lower() for m in data.byline_words)
        desks.update(m.lower() for m in data.byline_desks)
        ends.update(data.sentence_stops)
    lower, upper = (lexicon.char_class(chars) for chars in lexicon.cased_letters())
    by = "|".join(re.escape(w) for w in sorted(bylines, key=lambda w: (-len(w), w)))
    # Tries of the markers: the longest tail marker is the one reported. A drop
    # marker ends on a word boundary ("related" is not "relatedly").
    return _Markers(
        re.compile(literal_union(drop, word_end=True)),
        re.compile(literal_union(tail)),
        _words_pattern(furniture),
        _words_pattern(stamp),
        # "By Anna Schmidt", or a desk on a line of its own: "Par notre correspondant".
        re.compile(rf"^(?:(?i:{by})\s+[{upper}][^\n]{{0,80}}|(?i:{literal_union(desks) if desks else '(?!)'})[.:]?\s*)$"),
        # "Sheinbaum y Trump: las llamadas | ‹autor›": an author after a bar.
        re.compile(rf"\|\s*[{upper}][{lower}]+(?:\s[{upper}][{lower}]+){{1,2}}\s*$"),
        # A headline is one sentence: a stop followed by a new capitalised sentence means a lead paragraph.
        re.compile(rf"[{lower}]{{2}}[.!?]\s+[{upper}]"),
        frozenset(ends),
    )


def _key(line: str) -> str:
    return line.lstrip(_BULLETS).strip().lower()


def _is_tail(key: str, tail: re.Pattern[str]) -> bool:
    bare = key.rstrip(":.!- ").strip()
    m = tail.match(bare)
    return m is not None and len(bare) <= m.end() + 12


def _is_drop(key: str, words: int, drop: re.Pattern[str]) -> bool:
    return words <= 30 and drop.match(key) is not None


def _word_count(key: str, words: re.Pattern[str]) -> int:
    """How many words ``key`` has; when that is ``_COUNT_CAP`` or more, perhaps only ``_COUNT_CAP``."""
    # A prefix's words are the line's, the last perhaps cut short: never more of them.
    # subn counts the matches without making a string of each.
    if len(key) > _COUNT_CHARS and words.subn("", key[:_COUNT_CHARS])[1] >= _COUNT_CAP:
        return _COUNT_CAP
    return words.subn("", key)[1]


def _has_digit(line: str) -> bool:
    return _DIGIT.search(line) is not None


def _dateish(key: str) -> bool:
    words = _words().findall(key)
    digits: int = sum(w.isdigit() for w in words)
    return digits * 10 >= 3 * len(words)


def strip_boilerplate(text: str, furniture: frozenset[str] = frozenset()) -> Stripped:
    """Split normalised ``text`` into body lines and furniture.

    ``furniture`` holds lines known to be furniture whatever their words:
    an HTML page's navigation and link lists.
    """
    markers = _markers()
    tail = markers.tail
    word = _words()
    out = Stripped(lines=[])
    seen: set[str] = set()
    body_words = 0
    lines = text.split("\n")
    if lines:
        m = _STAMP.match(lines[0].strip())
        if m:
            out.stamp = Stamp(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
            lines[0] = lines[0].strip()[m.end() :]
    for position, raw in enumerate(lines):
        if position % 256 == 0:
            _budget.check("boilerplate")
        credits = list(_EMBED_CREDIT.finditer(raw)) if "(@" in raw else []
        line = (_EMBED_CREDIT.sub("", raw) if credits else raw).strip()
        if credits and not line and out.lines:
            # A credit on a line of its own signs the post above it.
            out.posts += [Post(len(out.lines) - 1, c.group(1).strip(), c.group(2)) for c in credits]
        if not line:
            continue
        if line in furniture:
            out.furniture.append(line)
            continue
        key = _key(line)
        words = _word_count(key, word)
        stamp = _is_stamp(line, key, words, markers)
        # The page head: lines above the body (title, date lines, datelines) and stamps.
        if (body_words == 0 and len(out.head) < _HEAD_LINES and words < _BODY_LINE_WORDS) or stamp:
            out.head.append(line)
        if body_words >= _MIN_BODY_WORDS and _is_tail(key, tail):
            out.furniture.extend(x for x in lines[position:] if x.strip())
            break
        if stamp or (key in seen and words >= _MIN_REPEAT_WORDS) or _is_furniture(line, key, words, body_words, markers):
            out.byline = out.byline or bool(markers.byline.match(line) and words <= 8)
            out.furniture.append(line)
            continue
        if markers.byline.match(line) and words <= 8 or markers.title_byline.search(line):
            out.byline = True
        seen.add(key)
        # The headline: the last short line without final punctuation above the
        # body (menus come first), unless it is only a date line.
        if body_words == 0 and _may_be_title(line, key, words, markers):
            if out.title is not None:
                # The earlier candidate was a menu or section line, or a kicker: body it is not.
                out.lines = [x for x in out.lines if x != out.title]
            out.title = line
            out.furniture.append(line)
            continue
        out.lines.append(line)
        out.posts += [Post(len(out.lines) - 1, c.group(1).strip(), c.group(2)) for c in credits]
        if words >= 6:
            body_words += words
    if not out.lines and out.title is not None and len(_words().findall(out.title)) >= _ONE_LINE_WORDS:
        # A text that is one sentence-long line ("X spoke with Y #diplomacy")
        # is its own body: a headline with nothing under it is no headline.
        out.lines = [out.title]
    return out


def _is_stamp(line: str, key: str, words: int, markers: _Markers) -> bool:
    """Whether ``line`` is a date stamp: a stamp word with a date ("Updated
    12 May 2024"), or a date with its time ("02/08/2024 14:27", "05 marzo
    2025 - 08:45", "AFP • 12/03/2024 à 17:48")."""
    if words <= 20 and _has_digit(line) and _has_word(markers.stamp, key):
        return True
    return words <= 12 and bool(_CLOCK.search(line)) and bool(_YEAR.search(line))


def _is_furniture(line: str, key: str, words: int, body_words: int, markers: _Markers) -> bool:
    """Whether ``line`` (``key`` folded, of ``words`` words, with ``body_words``
    words of body above it) is page furniture by its own look: a lone word, a
    short unpunctuated line above the body, a drop marker, a furniture word
    in a short line, a URL, a menu, a bullet, a credit or a byline."""
    return bool(
        words <= 1
        or (body_words == 0 and words < 3 and line[-1] not in markers.end_punct)
        or _is_drop(key, words, markers.drop)
        or (words <= 40 and _has_word(markers.furniture, key))
        or _URL_LINE.match(line)
        or (_NAV_MARK.search(line, 0, _NAV_SCAN) is not None and len(_NAV_SEPARATOR.findall(line, 0, _NAV_SCAN)) >= 2)
        or (line.isupper() and words <= 6 and body_words == 0)
        or (line[:1] in _BULLETS and words <= 3)
        or (_CREDIT.search(line) and words <= 40)
        or (markers.byline.match(line) and words <= 8)
    )


def _may_be_title(line: str, key: str, words: int, markers: _Markers) -> bool:
    """Whether a line above the body may be the headline: short, without
    final punctuation, not a date line, no sentence stop inside."""
    return (
        3 <= words <= _TITLE_WORDS
        and _last_char(line) not in markers.end_punct
        and not _dateish(key)
        and not markers.inner_stop.search(line)
    )


@lexicon.derived
def _not_decoration() -> frozenset[str]:
    # Stops and quotes end text; so do the sentence stops of every language ("。").
    return _NOT_DECORATION | {c for code in lexicon.LANGUAGES for c in lexicon.language(code).sentence_stops}


def _last_char(line: str) -> str:
    """The last character of ``line`` before the hashtags, handles, emoji and
    other symbols a post puts after its last sentence.

    Read backwards over the line's last characters only, each once: a regular
    expression of repeated runs backtracks exponentially on a line of symbols.
    """
    stop = max(0, len(line) - _DECORATION_REACH)
    keep = _not_decoration()
    i = len(line)
    while i > stop:
        c = line[i - 1]
        if c.isspace() or not (c.isalnum() or c == "_" or c in keep):
            i -= 1  # a space, an emoji, a symbol
            continue
        if c.isalnum() or c == "_":
            j = i - 1
            while j > stop and (line[j - 1].isalnum() or line[j - 1] == "_"):
                j -= 1
            if j > stop and line[j - 1] in "#@":
                i = j - 1  # "#diplomacy", "@kremlin"
                continue
        break
    return line[:i].rstrip()[-1:] or line[-1]
