"""Shortcuts taken for speed give what the plain computation gives."""

import pickle
from typing import Any

import pytest
from pydantic import ValidationError

from readouts import Span
from readouts._models import make_span
from readouts.pipeline import boilerplate


@pytest.mark.parametrize(("start", "end"), [(0, 0), (0, 7), (12, 40), (3, 3), (10**9, 10**9 + 5)])
def test_make_span_is_the_span_the_constructor_makes(start: int, end: int) -> None:
    made, built = make_span(start, end), Span(start=start, end=end)
    assert made == built and hash(made) == hash(built)
    assert repr(made) == repr(built)
    assert made.model_dump() == built.model_dump() and made.model_dump_json() == built.model_dump_json()
    assert made.model_fields_set == built.model_fields_set
    assert made.model_copy(update={"end": end + 1}) == built.model_copy(update={"end": end + 1})
    assert pickle.loads(pickle.dumps(made)) == built
    assert made.of("x" * (end + 2)) == built.of("x" * (end + 2))
    with pytest.raises(ValidationError):
        made.start = start + 1  # frozen, as every result model


@pytest.mark.parametrize(("start", "end"), [(5, 3), (-1, 2), (0, -4), ("2", 4), (1.0, 3), (True, 2)])
def test_make_span_treats_doubtful_offsets_as_the_constructor_does(start: Any, end: Any) -> None:
    try:
        expected: Span | None = Span(start=start, end=end)
    except ValidationError:
        expected = None
    if expected is None:
        with pytest.raises(ValidationError):
            make_span(start, end)
    else:
        assert make_span(start, end) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Share",
        "the two leaders spoke by phone on Monday about trade and energy",
        " ".join(["word"] * 39),
        " ".join(["word"] * 41),
        " ".join(["word"] * 200),
        " ".join(["Bundeskanzlerin"] * 60),
        "首相は大統領と電話会談を行い、両国関係について意見を交わした。" * 12,
    ],
)
def test_word_count_is_exact_below_the_cap_and_at_least_the_cap_above(line: str) -> None:
    words = boilerplate._words()
    exact, counted = len(words.findall(line)), boilerplate._word_count(line, words)
    if exact < boilerplate._COUNT_CAP:
        assert counted == exact
    else:
        assert boilerplate._COUNT_CAP <= counted <= exact


@pytest.mark.parametrize(
    "text",
    [
        "subscribe to our newsletter",
        "newsletters and more",
        "the cookies policy",
        "biscuits, not cookie-cutter ones",
        "all rights reserved.",
        "a text of no furniture at all",
        "",
    ],
)
def test_has_word_gives_what_the_trie_alone_gives(text: str) -> None:
    furniture = boilerplate._markers().furniture
    plain = any(
        (m.start() == 0 or not text[m.start() - 1].isalnum()) and (m.end() == len(text) or not text[m.end()].isalnum())
        for m in furniture.pattern.finditer(text)
    )
    assert boilerplate._has_word(furniture, text) == plain
    assert all(any(n in w for n in furniture.needles) for w in ("newsletter", "cookies", "copyright"))
