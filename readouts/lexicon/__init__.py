"""Loading of the data files shipped in ``readouts/data``.

Each file is read and validated once, on first use, and cached for the life
of the process (as dateparser loads its per-language data lazily): importing
readouts costs nothing, and a language nobody parses is never loaded.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .._exceptions import DataError
from .schema import CountriesFile, LanguageData, LeadersFile, SourcesFile, TopicsFile

__all__ = ["LANGUAGES", "countries", "language", "leaders", "sources", "topics", "with_english"]

LANGUAGES: tuple[str, ...] = ("de", "en", "es", "fr", "it", "ru")
"""Languages with a data file, in sorted order."""

_M = TypeVar("_M", bound=BaseModel)


def _load(relative: str, model: type[_M]) -> _M:
    path = resources.files("readouts") / "data" / relative
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read data file {relative}: {exc}", path=relative) from exc
    try:
        return model.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        raise DataError(f"invalid data file {relative}: {exc}", path=relative) from exc


@lru_cache(maxsize=None)
def language(code: str) -> LanguageData:
    """Return the data of language ``code`` (ISO 639-1), English if unknown."""
    if code not in LANGUAGES:
        code = "en"
    return _load(f"lang/{code}.json", LanguageData)


def with_english(code: str) -> tuple[LanguageData, ...]:
    """The data of ``code`` followed by English's: readouts in any language
    quote English outlets and carry English page furniture."""
    own = language(code)
    return (own,) if own.code == "en" else (own, language("en"))


@lru_cache(maxsize=1)
def leaders() -> LeadersFile:
    """Return the leaders gazetteer."""
    return _load("leaders.json", LeadersFile)


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
