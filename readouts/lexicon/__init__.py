"""Loading of the data files shipped in ``readouts/data``.

Each file is read and validated once, on first use, and cached for the life
of the process (as dateparser loads its per-language data lazily): importing
readouts costs nothing, and a language nobody parses is never loaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError

from .._exceptions import DataError
from .schema import CountriesFile, LanguageData, LeadersFile, RolesFile, SourcesFile, TopicsFile
from .schema import TimeZonesFile

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "borrows",
    "cased_letters",
    "char_class",
    "word_pattern",
    "countries",
    "derived",
    "extra_languages",
    "folds",
    "language",
    "layers",
    "leaders",
    "letters",
    "line_continuations",
    "roles",
    "sources",
    "time_zones",
    "topics",
    "unspaced_letters",
    "when_languages_change",
]

DEFAULT = "en"
"""The language whose data a text in a language without a file is read with."""

_M = TypeVar("_M", bound=BaseModel)
_F = TypeVar("_F", bound=Callable[..., Any])
_CLEARS: list[Callable[[], None]] = []
_EXTRA: dict[str, Path] = {}


def _shipped() -> dict[str, Traversable]:
    folder = resources.files("readouts") / "data" / "lang"
    return {f.name[: -len(".json")]: f for f in folder.iterdir() if f.name.endswith(".json")}


def _codes() -> tuple[str, ...]:
    return tuple(sorted({*_shipped(), *_EXTRA}))


LANGUAGES: tuple[str, ...] = _codes()
"""Languages with a data file (one ``readouts/data/lang/<code>.json`` each), in sorted order."""


def when_languages_change(clear: Callable[[], None]) -> None:
    """Have ``extra_languages`` call ``clear`` (a cache's ``cache_clear``)
    whenever the set of languages changes."""
    _CLEARS.append(clear)


def derived(fn: _F) -> _F:
    """Cache ``fn`` (as ``functools.lru_cache``) as a table derived from the
    language data: ``extra_languages`` clears it when the set of
    languages changes."""
    cached = lru_cache(maxsize=None)(fn)
    _CLEARS.append(cached.cache_clear)
    return cast(_F, cached)


def _read(path: Traversable | Path, relative: str, model: type[_M]) -> _M:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read data file {relative}: {exc}", path=relative) from exc
    try:
        return model.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        raise DataError(f"invalid data file {relative}: {exc}", path=relative) from exc


def _load(relative: str, model: type[_M]) -> _M:
    return _read(resources.files("readouts") / "data" / relative, relative, model)


@derived
def language(code: str) -> LanguageData:
    """Return the data of language ``code`` (ISO 639-1), ``DEFAULT``'s if it has no file.

    Raises:
        DataError: the file cannot be read or does not validate.
    """
    if code not in LANGUAGES:
        code = DEFAULT
    if code in _EXTRA:
        data = _read(_EXTRA[code], f"{_EXTRA[code]}", LanguageData)
    else:
        data = _load(f"lang/{code}.json", LanguageData)
    if data.code != code:
        raise DataError(f"lang/{code}.json declares code {data.code!r}", path=f"lang/{code}.json")
    return data


@derived
def letters(code: str) -> frozenset[str]:
    """The lower-case letters of language ``code`` (its ``letters``:
    single characters and ``x-y`` ranges)."""
    return _characters(language(code).letters)


@derived
def line_continuations() -> frozenset[str]:
    """Every language's ``line_continues``: characters that, ending a line,
    show that its sentence goes on at the next line."""
    return frozenset().union(*(_characters(language(code).line_continues) for code in LANGUAGES))


def _characters(spec: str) -> frozenset[str]:
    """The characters of ``spec``: single characters and ``x-y`` ranges."""
    out: set[str] = set()
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.update(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.add(spec[i])
            i += 1
    out.discard(" ")
    return frozenset(out)


@derived
def cased_letters() -> tuple[frozenset[str], frozenset[str]]:
    """``(lower, upper)``: the letters of every language whose script has
    capitals, and their capitals. Sentence and headline rules look for them."""
    lower: set[str] = set()
    for code in LANGUAGES:
        chars = letters(code)
        if any(c.upper() != c for c in chars):
            lower.update(chars)
    upper = {c.upper() for c in lower if len(c.upper()) == 1 and c.upper() != c}
    return frozenset(lower), frozenset(upper)


@derived
def unspaced_letters() -> frozenset[str]:
    """Letters of languages written without spaces (Chinese, Japanese) that no
    spaced language uses: each is a token of its own."""
    unspaced: set[str] = set()
    spaced: set[str] = set()
    for code in LANGUAGES:
        (spaced if language(code).spaces else unspaced).update(letters(code))
    return frozenset(unspaced - spaced)


@derived
def folds() -> dict[str, str]:
    """Every language's ``folds``: letters matched as another (``ё`` as ``е``, ``أ`` as ``ا``)."""
    return {k: v for code in LANGUAGES for k, v in language(code).folds.items()}


@lru_cache(maxsize=16)
def char_class(chars: frozenset[str]) -> str:
    """A regex character class body (no brackets) matching ``chars``, as ranges.

    Cached: the same letter sets (the unspaced letters, the cased ones) are
    turned into classes by several stages' patterns, and each costs a sort of
    tens of thousands of characters. The result depends on ``chars`` alone."""
    out: list[str] = []
    ordered = sorted(ord(c) for c in chars)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        first, last = chr(ordered[i]), chr(ordered[j])
        out.append(re.escape(first) if i == j else f"{re.escape(first)}-{re.escape(last)}")
        i = j + 1
    return "".join(out)


def word_pattern(word: str, run: str = "") -> re.Pattern[str]:
    """A pattern of words: ``word`` is a regex in which ``{L}`` stands for the
    letters of scripts written without spaces (left out of a spaced word);
    those letters make words of their own, ``run`` of them at a time (a
    quantifier such as ``{1,2}``; one letter when empty)."""
    unspaced = unspaced_letters()
    if not unspaced:
        return re.compile(word.replace("{L}", ""))
    letters = char_class(unspaced)
    return re.compile(f"[{letters}]{run}|" + word.replace("{L}", letters))


def layers(code: str, key: str) -> tuple[tuple[LanguageData, str], ...]:
    """The data that applies to key ``key`` of a text in ``code``: the
    language's own (mode ``all``), then each language it borrows ``key``
    from (its ``also``), with the mode of borrowing. Filter borrowed entries
    with ``borrows``."""
    own = language(code)
    out = [(own, "all")]
    for other, keys in own.also.items():
        mode = keys.get(key)
        if mode and other != own.code:
            out.append((language(other), mode))
    return tuple(out)


def words(code: str, key: str) -> list[str]:
    """The entries of the list-valued key ``key`` that apply to a text in
    ``code``: the language's own, then those it borrows (see ``layers``)."""
    return [w for data, mode in layers(code, key) for w in getattr(data, key) if borrows(mode, w)]


def borrows(mode: str, phrase: str) -> bool:
    """Whether an entry ``phrase`` of another language applies under ``mode``
    (``all``, ``phrases``: of several words, ``names``: with a digit or in capitals)."""
    if mode == "phrases":
        return " " in phrase.strip()
    if mode == "names":
        return any(c.isdigit() for c in phrase) or phrase.isupper()
    return True


@contextmanager
def extra_languages(directory: str | Path) -> Iterator[tuple[str, ...]]:
    """Add every ``<code>.json`` of ``directory`` as a language (in place of a
    shipped one with the same code) for the duration of the ``with`` block,
    and yield their codes. Every table derived from the language data is
    rebuilt on entry and on exit, so the languages take part in detection,
    sentence splitting and matching exactly as shipped ones do.

    Not thread-safe: meant for trying out a new language file and for tests.
    """
    global LANGUAGES
    added = {p.stem: p for p in sorted(Path(directory).glob("*.json"))}
    saved = dict(_EXTRA)
    _EXTRA.update(added)
    LANGUAGES = _codes()
    _clear()
    try:
        yield tuple(sorted(added))
    finally:
        _EXTRA.clear()
        _EXTRA.update(saved)
        LANGUAGES = _codes()
        _clear()


def _clear() -> None:
    for clear in _CLEARS:
        clear()


@lru_cache(maxsize=1)
def leaders() -> LeadersFile:
    """Return the leaders gazetteer."""
    return _load("leaders.json", LeadersFile)


@lru_cache(maxsize=1)
def roles() -> RolesFile:
    """Return the closed vocabulary of roles shared by every data file."""
    return _load("roles.json", RolesFile)


@lru_cache(maxsize=1)
def countries() -> CountriesFile:
    """Return the country names, adjectives and metonyms."""
    return _load("countries.json", CountriesFile)


@lru_cache(maxsize=1)
def sources() -> SourcesFile:
    """Return the catalogue of known publishers."""
    return _load("sources.json", SourcesFile)


@lru_cache(maxsize=1)
def topics() -> TopicsFile:
    """Return the topic vocabulary."""
    return _load("topics.json", TopicsFile)


@lru_cache(maxsize=1)
def time_zones() -> TimeZonesFile:
    """Return the UTC offset of each state's seat of government."""
    return _load("timezones.json", TimeZonesFile)
