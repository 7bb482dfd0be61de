"""Split the body into sentences with their offsets.

A sentence ends at ``.``, ``!`` or ``?`` (and a closing quote) followed by a
space and a capital, digit or quote, unless the word before the stop is a
known abbreviation or a single initial (``Mr.``, ``U.S.``, ``J.``). Lines
are paragraphs: a sentence never spans two lines.
"""

from __future__ import annotations

import re

from .. import lexicon
from .._document import Sentence

__all__ = ["split_sentences"]

_WINDOW = 24
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"')\]]*$")


@lexicon.derived
def _boundary() -> re.Pattern[str]:
    # The capitals and small letters of every cased script the data files know.
    lower, upper = (lexicon.char_class(chars) for chars in lexicon.cased_letters())
    cased_lower = lexicon.cased_letters()[0]
    unspaced: set[str] = set()
    uncased: set[str] = set()
    uncased_letters: set[str] = set()
    for code in lexicon.LANGUAGES:
        data = lexicon.language(code)
        if not data.spaces:
            unspaced.update(data.sentence_stops)
        elif not lexicon.letters(code) <= cased_lower:
            uncased.update(data.sentence_stops)
            uncased_letters.update(lexicon.letters(code) - cased_lower)
    # The pattern opens with one class of every stop, so the engine skips by
    # that class to the few places a sentence may end; each alternative then
    # checks, behind it, that the stop it consumed opens a run of its own
    # stops (the character before is none), and takes the run whole
    # (possessive), so a line of a million dots is read once, not once per dot.
    alternatives = [
        rf"(?<=[.!?])(?<![.!?]{{2}})[.!?]*+[\"')\]]*+(?=\s++[\"'(\[]?[{upper}0-9])",
        # Captures often lose the space after a stop: 'l'Ukraine."Les deux', 'ajoute-t-il.Vladimir'.
        rf"(?<=[{lower}]{{2}}[.!?])[.!?]*+(?=\"?[{upper}][{lower}])",
        rf"(?<=[{lower}]{{2}}[.!?])[.!?]*+\"(?=[{upper}][{lower}])",
    ]
    firsts = set(".!?")
    if unspaced - set(".!?"):
        # "。": a sentence of a script without spaces ends at its stop, closing quotes and all.
        firsts |= unspaced
        stops = lexicon.char_class(frozenset(unspaced - set(".!?")))
        alternatives.append(rf"(?<=[{stops}])(?<![{stops}]{{2}})[{stops}]*+[」』）)\"']*+")
    if uncased and uncased_letters:
        # Arabic has no capitals: a stop before a space and a letter of the script ends a sentence.
        firsts |= uncased
        stops = lexicon.char_class(frozenset(uncased))
        letters = lexicon.char_class(frozenset(uncased_letters))
        alternatives.append(rf"(?<=[{stops}])(?<![{stops}]{{2}})[{stops}]*+[\"')\]]*+(?=\s++[\"'(\[]?[{letters}])")
    return re.compile(f"[{lexicon.char_class(frozenset(firsts))}](?:{'|'.join(alternatives)})")


@lexicon.derived
def _abbreviations() -> frozenset[str]:
    # Every language's ("Mr." turns up in any text), and short month forms,
    # which take a stop: "Roma, 26 mag. (Adnkronos)", "Nov. 25".
    words = {w.lower() for code in lexicon.LANGUAGES for w in lexicon.language(code).abbreviations}
    return frozenset(words | {k for code in lexicon.LANGUAGES for k in lexicon.language(code).months if len(k) <= 5})


def _is_abbreviation(before: str) -> bool:
    m = _LAST_WORD.search(before[-20:])
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in _abbreviations():
        return True
    if word.isdigit() and len(word) <= 2:
        return True  # "am 9. Mai", ordinal dates
    # Single initials ("J. Trump") and dotted acronyms ("U.S.") do not end sentences.
    return len(word) == 1 and word.isalpha() or ("." in word and len(word) <= 6)


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of ``text``, in order, never empty."""
    out: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        start = 0
        for m in _boundary().finditer(line):
            if m.group(0)[0] == "." and _is_abbreviation(line[max(0, m.start() - _WINDOW) : m.start() + 1]):
                continue
            _add(out, line, start, m.end(), offset, paragraph)
            start = m.end()
        _add(out, line, start, len(line), offset, paragraph)
        offset += len(line) + 1
    return out


def _add(out: list[Sentence], line: str, start: int, end: int, offset: int, paragraph: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = offset + start + lead
    out.append(Sentence(len(out), s, s + len(stripped), stripped, paragraph))
