"""Stage 3: detect the language of the body.

Counting the function words of the six languages readouts knows is cheap and
deterministic, and settles nearly every readout. Only when that count is
thin or close does langdetect decide, seeded and under a lock, because its
detector draws from a shared random generator.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from .. import lexicon

__all__ = ["detect_language"]

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 3000
_MIN_LETTERS = 40
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for code in lexicon.LANGUAGES:
        for word in lexicon.language(code).stopwords:
            table.setdefault(word.lower(), []).append(code)
    return {w: tuple(c) for w, c in table.items()}


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


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s main language (``en`` if unsure)."""
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if letters and len(_CYRILLIC.findall(sample)) / letters > 0.4:
        return "ru"
    table = _stopwords()
    counts = dict.fromkeys(lexicon.LANGUAGES, 0.0)
    tokens = _TOKEN.findall(sample.lower())
    for token in tokens:
        codes = table.get(token, ())
        for code in codes:
            # "de" is French, Spanish and Italian: a word shared by k languages counts 1/k.
            counts[code] += 1 / len(codes)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, top), (_, second) = ranked[0], ranked[1]
    if tokens and top >= 4 and top >= 2 * second and top / len(tokens) >= 0.15:
        return best
    # langdetect guesses wildly on a few letters; English is the honest default there.
    guess = _langdetect(sample) if letters >= _MIN_LETTERS else None
    return guess or (best if top else "en")
