"""Stage 1: normalise a captured text.

Unicode NFC; HTML entities decoded; zero-width, direction and control
characters and lone surrogates removed (zero-width spaces become spaces on
lines that use them between words); typographic quotes, apostrophes and
dashes made plain; runs of spaces collapsed; hard-wrapped paragraphs joined
back into one line each; line structure otherwise kept, since the next stage
works on lines.
"""

from __future__ import annotations

import html
import re
import unicodedata

from .. import lexicon

__all__ = ["normalise"]

# Characters that carry no meaning for extraction but break word matching, and
# typographic characters made plain; one regex pass finds them all (most pages
# have few), and a table gives each its replacement.
_PLAIN = {
    **dict.fromkeys("\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f", ""),
    # Direction embeddings, overrides and isolates, and the Arabic letter mark.
    **dict.fromkeys("\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", ""),
    "\u200b": "",  # what _zero_width_spaces() left: a break opportunity inside a word
    **{chr(c): "" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]},
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000\t", " "),
    "\u2026": "...",
    "\u2028": "\n",
    "\u2029": "\n\n",
}
_SPECIAL = re.compile("[" + "".join(re.escape(c) for c in _PLAIN) + "]")
_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?/?>")


def _plain(m: re.Match[str]) -> str:
    return _PLAIN[m.group()]


def _surrogate_free(text: str) -> str:
    # Lone surrogates cannot be encoded and would break every later stage; they
    # carry no letter, so they are dropped and the word around one stays whole.
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "ignore").decode("utf-8")
    return text


def _zero_width_spaces(text: str) -> str:
    """Zero-width spaces made spaces on the lines that use them between words.

    A line with more zero-width spaces than spaces separates its words with
    them ("Putin\u200bspoke\u200bby\u200bphone"); elsewhere one is a line-break
    opportunity inside a word ("Ma\u200bcron") and is dropped later.
    """
    if "\u200b" not in text:
        return text
    return "\n".join(
        line.replace("\u200b", " ") if line.count("\u200b") > line.count(" ") else line for line in text.split("\n")
    )


def normalise(text: str) -> str:
    """Return ``text`` in the canonical form every later stage expects."""
    text = _zero_width_spaces(_surrogate_free(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = _SPECIAL.sub(_plain, unicodedata.normalize("NFC", text))
    text = _SPACES.sub(" ", text)
    text = "\n".join(_unwrapped(_phrases_joined([line.strip(" ") for line in text.split("\n")])))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


@lexicon.derived
def _unspaced() -> re.Pattern[str] | None:
    letters = lexicon.unspaced_letters()
    return re.compile(f"[{lexicon.char_class(letters)}]") if letters else None


def _goes_on(line: str, ends: frozenset[str], unspaced: re.Pattern[str]) -> bool:
    """Whether ``line``, of a script without spaces, ends mid-sentence: with
    a character of a language's ``line_continues``, a digit only when glued
    to a letter or comma ("総理大臣は、20", not a date line's "13:58")."""
    last = line[-1]
    if last not in ends or not unspaced.search(line):
        return False
    if not last.isdigit():
        return True
    head = line.rstrip("0123456789０１２３４５６７８９")
    return bool(head) and (head[-1] in ends or unspaced.match(head[-1]) is not None)


def _phrases_joined(lines: list[str]) -> list[str]:
    """``lines`` with each line of a script written without spaces that ends
    mid-sentence (``_goes_on``) joined, without a space, to the next when that
    one opens with a letter of such a script or a digit: pages set Japanese
    one phrase per line ("菅総理大臣は、20" / "日夜、" / "アメリカの"), and a
    line break there is no boundary. Once lines are so joined, one that ends
    on a letter ("30日深夜") goes on too: a phrase of the same sentence. One
    pass: linear."""
    unspaced = _unspaced()
    ends = lexicon.line_continuations()
    if unspaced is None or not ends:
        return lines
    out: list[str] = []
    pieces: list[str] = []
    for line in lines:
        opens = bool(line) and (line[0].isdigit() or unspaced.match(line) is not None)
        if opens and pieces and pieces[-1] and (_goes_on(pieces[-1], ends, unspaced) or len(pieces) > 1 and pieces[-1][-1].isalnum()):
            pieces.append(line)
            continue
        if pieces:
            out.append("".join(pieces))
        pieces = [line]
    if pieces:
        out.append("".join(pieces))
    return out


# Hard-wrapped text: paragraphs broken into lines of about the same width (72
# columns, 80) by a mail client or a plain-text wire. Lines of a paragraph wider
# than this were not wrapped by hand; narrower ones are menus and lists.
_WRAP_WIDTHS = (40, 100)
_WRAP_SLACK = 15  # how much shorter than the widest a wrapped line may be (a long word went to the next line)
_WRAP_SHARE = 0.8  # of a paragraph's lines but its last that come close to its width
_SENTENCE_END = ".!?:;\"')»」』）"


@lexicon.derived
def _sentence_ends() -> frozenset[str]:
    # Every language's stops end a line's sentence too ("。", "؟").
    return frozenset(_SENTENCE_END).union(*(lexicon.language(code).sentence_stops for code in lexicon.LANGUAGES))

# A narrow column (wire copy on a phone page, 30 to 40 columns) is wrapped
# prose only when each of its lines but the last ends mid-sentence.
_NARROW = 25
# "WASHINGTON - U.S. Secretary of State": a wire dateline opens a paragraph,
# so its line goes on into the next whatever that begins with.
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'./ -]{2,40}(?:,[^\n]{0,30})?(?:\([^()]{1,30}\))?\s-\s")


def _wrap_width(block: list[str]) -> int | None:
    """The width a paragraph of three lines or more was wrapped at, if it was:
    lines but the last about as long as the longest, one going on in lower case."""
    if len(block) < 3:
        return None
    widths = [len(line) for line in block[:-1]]
    width = max(*widths, len(block[-1]))
    # Prose cut at a width goes on in lower case somewhere; a list of headlines never does.
    prose = any(line[0].islower() for line in block[1:])
    if _NARROW <= width < _WRAP_WIDTHS[0]:
        return width if prose and all(line[-1] not in _sentence_ends() for line in block[:-1]) else None
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    close = sum(1 for w in widths if w >= width - _WRAP_SLACK)
    # One line broken early (before a name, after a dateline) among four or more.
    enough = close >= _WRAP_SHARE * len(widths) or len(widths) >= 4 and close >= len(widths) - 1
    return width if prose and enough else None


def _blocks(lines: list[str]) -> list[tuple[list[str], bool]]:
    """``lines`` in paragraphs (runs of non-empty lines), a line wider than any
    wrap width (a title glued above the text) being a paragraph of its own;
    each with whether a blank line stood before it."""
    blocks: list[tuple[list[str], bool]] = []
    blank = False
    for line in lines:
        if not line:
            blank = True
            continue
        wide = len(line) > _WRAP_WIDTHS[1]
        if blank or wide or not blocks or len(blocks[-1][0][-1]) > _WRAP_WIDTHS[1]:
            blocks.append(([], blank))
        blocks[-1][0].append(line)
        blank = False
    return blocks


def _unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with hard-wrapped paragraphs joined back into one line each.

    In a paragraph of similarly long lines (or a two-line one as wide as the
    text's wrapped paragraphs), a line that ends mid-sentence is joined to the
    next when the next goes on in lower case, or when the line comes close to
    the wrap width (it was cut there, not ended). One pass: linear.
    """
    blocks = _blocks(lines)
    widths = [w for w in (_wrap_width(b) for b, _ in blocks) if w is not None]
    if not widths:
        return lines
    common = sorted(widths)[len(widths) // 2]
    ends = _sentence_ends()
    out: list[str] = []
    for block, blank in blocks:
        width = _wrap_width(block)
        if width is None and len(block) == 2 and common - _WRAP_SLACK <= len(block[0]) <= common:
            width = common
        if out and blank:
            out.append("")
        if width is None:
            out.extend(block)
            continue
        # Pieces of each joined line, concatenated once: a long paragraph stays linear.
        joined = [[block[0]]]
        for previous, line in zip(block, block[1:]):
            cut = len(previous) >= width - _WRAP_SLACK or previous is block[0] and _DATELINE.match(previous) is not None
            if previous[-1] not in ends and (line[0].islower() or line[0].isdigit() or cut):
                joined[-1].append(line)
            else:
                joined.append([line])
        out.extend(" ".join(pieces) for pieces in joined)
    return out

