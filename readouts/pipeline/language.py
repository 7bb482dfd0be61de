"""Stage 3: detect the language of the body.

Letters first: the languages whose alphabets cover the text's letters
(within a margin, for names quoted in another script) are the candidates, so
Cyrillic text is Russian or Ukrainian, and Ukrainian text, with its ``і``,
``ї`` and ``є``, is not Russian. Among several candidates, counting their
function words (the data files' stopwords) is cheap and deterministic and
settles nearly every readout. Only when that count is thin or close does
langdetect decide, seeded and under a lock, because its detector draws from
a shared random generator.
"""

from __future__ import annotations

import re
import threading
from collections import Counter

from .. import lexicon

__all__ = ["detect_language"]

_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 3000
_MIN_LETTERS = 40
# A language stays a candidate while the share of the text's letters its
# alphabet lacks is at most this much above the best candidate's: an English
# page naming "Erdoğan" and "Wałęsa" is still English, while Ukrainian lacks
# Russian's "ы" and "э" (2-3 % of its letters) and Russian lacks "і" (5 %).
_MARGIN = 0.02
# The function-word count settles the language when its leader has at least
# _SHARE of the words and _LEAD times the runner-up; or, on a longer text, when
# it has _MANY hits from at least _KINDS distinct function words (one word
# repeated, Dutch "de" read as Turkish, is no evidence of a language), at least
# _CLEAR_SHARE of the words and _CLEAR_LEAD times the runner-up: a page of
# names, figures and menus dilutes the share ("sobre", Spanish and Portuguese,
# counts half to each) while a lead that wide over dozens of words is no
# closer call than the first rule's.
_FEW, _SHARE, _LEAD = 4, 0.15, 2.0
_MANY, _KINDS, _CLEAR_SHARE, _CLEAR_LEAD = 12, 5, 0.10, 2.5
_LOCK = threading.Lock()


@lexicon.derived
def _token() -> re.Pattern[str]:
    # In a script without spaces every letter is a word: "的", "の".
    # A hyphenated word is one word: "de-escalation" holds no Turkish "de".
    return lexicon.word_pattern(r"[^\W\d_{L}]+(?:'[^\W\d_{L}]+)?(?:-[^\W\d_{L}]+)*")


@lexicon.derived
def _stopwords() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for code in lexicon.LANGUAGES:
        for word in lexicon.language(code).stopwords:
            table.setdefault(word.lower(), []).append(code)
    return {w: tuple(c) for w, c in table.items()}


def _letter_counts(sample: str) -> tuple[dict[str, int], int]:
    """How often each letter occurs in ``sample`` (lower-cased), and how many letters it has.

    One count of every character (in C), then the letter test on the few
    dozen distinct ones, instead of a regular expression over every character.
    """
    known = _IS_LETTER
    counts: dict[str, int] = {}
    for ch, n in Counter(sample).items():
        letter = known.get(ch)
        if letter is None:
            letter = _LETTER.match(ch) is not None
            if len(known) < _KNOWN_CHARACTERS:
                known[ch] = letter
        if letter:
            counts[ch] = n
    return counts, sum(counts.values())


# Whether a character is a letter, for the characters met so far (a bounded
# cache: a text of every code point does not grow it without end).
_IS_LETTER: dict[str, bool] = {}
_KNOWN_CHARACTERS = 1 << 16


def _candidates(counts: dict[str, int], total: int) -> list[str]:
    """The languages whose alphabets cover the letters counted (``counts``,
    ``total`` of them) about as well as the best does."""
    if not total:
        return list(lexicon.LANGUAGES)
    # The letters an alphabet lacks, by one set difference (in C) of the text's
    # few dozen distinct letters per language: most alphabets lack none or few.
    distinct = set(counts)
    share: dict[str, float] = {}
    for code in lexicon.LANGUAGES:
        missing = distinct.difference(lexicon.letters(code))
        share[code] = (total - sum([counts[ch] for ch in missing])) / total if missing else 1.0
    best = max(share.values())
    return [code for code in lexicon.LANGUAGES if share[code] >= best - _MARGIN]


def _langdetect(sample: str) -> str | None:
    try:
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - langdetect is a dependency
        return None
    with _LOCK:
        DetectorFactory.seed = 0
        try:
            return str(detect(sample)).split("-")[0]
        except LangDetectException:
            return None


def _settled(top: float, second: float, words: int, kinds: int) -> bool:
    """Whether ``top`` function words of the leading language, ``kinds``
    distinct ones, against ``second`` of the next, among ``words`` words,
    settle the language."""
    share = top / words
    if top >= _FEW and top >= _LEAD * second and share >= _SHARE:
        return True
    return top >= _MANY and kinds >= _KINDS and top >= _CLEAR_LEAD * second and share >= _CLEAR_SHARE


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s main language (the default language if unsure)."""
    sample = text[:_SAMPLE]
    lowered = sample.lower()
    letters, total = _letter_counts(lowered)
    candidates = _candidates(letters, total)
    if len(candidates) == 1:
        return candidates[0]
    table = _stopwords()
    counts = dict.fromkeys(candidates, 0.0)
    tokens = _token().findall(lowered)
    seen: set[str] = set()
    for token in tokens:
        listed = table.get(token)
        if listed is None:
            continue  # most words are no language's stopword
        codes = [c for c in listed if c in counts]
        seen.add(token)
        for code in codes:
            # "de" is French, Spanish and Italian: a word shared by k languages counts 1/k.
            counts[code] += 1 / len(codes)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    kinds = sum(1 for word in seen if best in table[word])
    if tokens and _settled(top, second, len(tokens), kinds):
        return best
    # langdetect guesses wildly on a few letters; the default language is the honest answer there.
    guess = _langdetect(sample) if total >= _MIN_LETTERS else None
    return guess or (best if top else lexicon.DEFAULT)
