"""Dates that belong to an event noun (or to the page), not to the call a sentence tells.

"Putin and Merkel discussed the situation after the presidential elections
of 9 August": 9 August is the day of the elections. A date is an event's
when a link word ties it to an event noun before it ("of", "vom", "du",
"del"; "on" only for a day and month), when a "dated" word stands before it
(Russian "от"), when it follows the noun directly in a language that puts
the date in the genitive ("выборов 9 августа"), or when it stands before the
noun in one that puts it first ("Sunday's election", "9 Ağustos seçimleri").
A date right after a stamp word ("Posted On: 24 MAR 2026") is the page's.
The nouns and links are data (``event_dates`` and ``stamp_words`` of each
language file).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from .tokens import PhraseMatcher, Token, fold, morphology

__all__ = ["byline_words", "event_nouns", "reported"]

_GAP = 3
"""Words that may qualify the noun between it and its link ("l'élection
présidentielle américaine du 3 novembre", "the summit held in Geneva on")."""

_BREAK = re.compile(r"[^\w\s'\-]")
"""Anything but words, spaces, apostrophes and hyphens between the noun and
its date ends the phrase: "the elections, and on 9 August they spoke"."""


_STAMP_GAP = re.compile(r"\s*:?\s*")
"""What may stand between a stamp word and its date: "Updated: 5 June"."""


_BYLINE_REACH = 12
"""How many words a byline ("By ‹reporter› | ‹outlet› 06-08-2024") runs
before its date: the page's day, glued to the first sentence."""


@lexicon.derived
def byline_words() -> frozenset[str]:
    """The byline words of every language, folded ("By" heads bylines of pages in any language)."""
    return frozenset(fold(w) for code in lexicon.LANGUAGES for w in lexicon.language(code).byline_words)


def _in_byline(text: str, tokens: list[Token], i: int, offset: int) -> bool:
    """Whether the date at token ``i`` ends a byline opening the sentence:
    "By ‹reporter› | ‹outlet› 06-08-2024", "By ‹reporter› 06-08-2024"."""
    if not 0 < i <= _BYLINE_REACH or tokens[0].fold not in byline_words():
        return False
    return "|" in text[: tokens[i].start - offset] or 1 < i <= 4 and all(t.capitalised for t in tokens[1:i])


@dataclass(frozen=True, slots=True)
class _Events:
    nouns: PhraseMatcher[int]
    suffixes: tuple[str, ...]
    links: PhraseMatcher[int]
    """Values: 0 binds any date, 1 only a day and month, 2 binds without a
    noun, 3 is a page's stamp word ("Posted on:"), which binds without a noun
    across a colon."""
    bare: bool
    before: bool
    said: PhraseMatcher[int]
    """Reporting verbs ("said", "a déclaré", "сообщили")."""


@lexicon.derived
def _events(language: str) -> _Events | None:
    language_data = lexicon.language(language)
    data = language_data.event_dates
    if not data.nouns and not data.dated and not language_data.stamp_words and not language_data.reporting_verbs:
        return None
    morph = morphology(language)
    words = [w for w in data.nouns if not w.startswith("*")]
    suffixes = tuple(sorted({fold(w[1:]) for w in data.nouns if w.startswith("*") and len(w) > 1}))
    links = [(w, 0) for w in data.links] + [(w, 1) for w in data.day_links] + [(w, 2) for w in data.dated]
    # "Posted On: 24 MAR 2026 8:48PM by PIB Delhi The Prime Minister...": the page's day.
    links += [(w, 3) for w in language_data.stamp_words]
    return _Events(
        nouns=PhraseMatcher([(w, 0) for w in words], morphology=morph),
        suffixes=suffixes,
        links=PhraseMatcher(links, morphology=morph),
        bare=data.bare,
        before=data.before,
        said=PhraseMatcher([(w, 0) for w in language_data.reporting_verbs], morphology=morph),
    )


_SAID_GAP = 2
"""Words between a reporting verb and its date: "said on Tuesday", "told reporters on Tuesday"."""


def reported(text: str, tokens: list[Token], starts: Sequence[int], language: str, offset: int = 0) -> list[bool]:
    """For each date start of a sentence, whether it is the day something was
    said ("the Kremlin said on Wednesday", "told reporters on Tuesday"): the
    reporting day, which a sentence's other date ("that they spoke on
    Tuesday") outranks as the call's.

    Args:
        text: the sentence; ``tokens`` its tokens, offsets ``offset`` on.
        starts: where each date starts.
        language: the language whose ``reporting_verbs`` apply.

    Returns:
        One flag per date.
    """
    out = [False] * len(starts)
    events = _events(language)
    if events is None or not starts or not tokens:
        return out
    ends = {m.last for m in events.said.finditer(tokens)}
    if not ends:
        return out
    at = {t.start: i for i, t in enumerate(tokens)}
    for n, start in enumerate(starts):
        i = at.get(start)
        if i is None:
            continue
        for gap in range(_SAID_GAP + 1):
            k = i - gap
            if k <= 0 or gap and not tokens[k].text.islower():
                break
            if k in ends and _BREAK.search(text, max(0, tokens[k - 1].end - offset), max(0, start - offset)) is None:
                out[n] = True
                break
    return out


def event_nouns(
    text: str, tokens: list[Token], spans: Sequence[tuple[int, int, bool]], language: str, offset: int = 0
) -> list[int | None]:
    """For each date of a sentence, where the event noun it belongs to starts.

    Args:
        text: the sentence.
        tokens: its tokens (offsets into the document, ``offset`` being the
            sentence's start).
        spans: the dates, as ``(start, end, explicit)``: offsets, and
            whether the date has its day and month.
        language: the language whose ``event_dates`` apply.
        offset: where ``text`` starts in the document.

    Returns:
        One entry per span: the offset of the event noun (or of the "dated"
        word) the date belongs to, or ``None`` when it is no event's.
    """
    out: list[int | None] = [None] * len(spans)
    events = _events(language)
    if not spans or not tokens:
        return out
    at = {t.start: i for i, t in enumerate(tokens)}
    if tokens[0].fold in byline_words():
        for n, (start, _, _) in enumerate(spans):
            i = at.get(start)
            if i is not None and _in_byline(text, tokens, i, offset):
                out[n] = tokens[0].start
    if events is None:
        return out
    nouns, links = _nouns_and_links(events, tokens)

    starts = [t.start for t in tokens]
    noun_starts = set(nouns.values())

    def clean(a: int, b: int) -> bool:
        return _BREAK.search(text, max(0, a - offset), max(0, b - offset)) is None

    def noun_before(k: int) -> int | None:
        # The noun ends at token k, or up to _GAP qualifying words before it.
        for gap in range(_GAP + 1):
            end = k - gap
            if end <= 0:
                return None
            if gap and not tokens[end].fold.isalpha():
                return None
            noun = nouns.get(end)
            if noun is not None and clean(tokens[end - 1].end, tokens[k].start if k < len(tokens) else tokens[-1].end):
                return noun
        return None

    for n, (start, end, explicit) in enumerate(spans):
        i = at.get(start)
        if i is None or out[n] is not None:
            continue
        for first, kind in links.get(i, ()):
            if kind == 1 and not explicit:
                continue
            gap = (tokens[i - 1].end - offset, start - offset)
            if not (clean(tokens[i - 1].end, start) or kind == 3 and _STAMP_GAP.fullmatch(text, *gap)):
                continue
            if kind >= 2:
                out[n] = tokens[first].start
                break
            owner = noun_before(first)
            if owner is not None:
                out[n] = tokens[owner].start
                break
        if out[n] is not None:
            continue
        if events.bare and explicit and i in nouns and clean(tokens[i - 1].end, start):
            out[n] = tokens[nouns[i]].start
            continue
        if events.before:
            out[n] = _noun_after(tokens, starts, noun_starts, text, offset, end, explicit)
    return out


def _nouns_and_links(events: _Events, tokens: list[Token]) -> tuple[dict[int, int], dict[int, list[tuple[int, int]]]]:
    """The event nouns of ``tokens`` (first token by end), and the link words
    before dates (first token and kind, by end)."""
    # The token list itself, not a copy: a ``Tokens`` gives its kept keys and matches.
    nouns = {m.last: m.first for m in events.nouns.finditer(tokens)}
    if events.suffixes:
        for k, t in enumerate(tokens):
            if k + 1 not in nouns and t.fold.endswith(events.suffixes) and t.fold.isalpha():
                nouns[k + 1] = k
    links: dict[int, list[tuple[int, int]]] = {}
    for m in events.links.finditer(tokens):
        links.setdefault(m.last, []).append((m.first, int(m.value)))
    return nouns, links


def _noun_after(
    tokens: list[Token], starts: list[int], nouns: set[int], text: str, offset: int, end: int, explicit: bool
) -> int | None:
    """The event noun right after a date ("Sunday's election", "the 9 August
    vote", one qualifying word allowed): a weekday only with its possessive."""
    j = bisect_left(starts, end)
    if j >= len(tokens):
        return None
    possessive = tokens[j].fold == "s" and text[tokens[j].start - offset - 1 : tokens[j].start - offset] == "'"
    if possessive:
        j += 1
    elif not explicit:
        return None
    for k in (j, j + 1):
        if k < len(tokens) and k in nouns and _BREAK.search(text, max(0, end - offset), max(0, tokens[k].start - offset)) is None:
            return tokens[k].start
    return None
