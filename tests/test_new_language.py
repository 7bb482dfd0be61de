"""A language is a data file: a made-up one, written to a temporary folder,
is detected, split, stemmed and parsed with no line of code of its own."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

import readouts
from readouts import lexicon
from readouts.extract.tokens import Morphology, PhraseMatcher, tokenize

# "Zembla": its own letter (ŧ), a case ending (-om) and a clitic prefix (ka-).
ZEMBLA = {
    "code": "zz",
    "name": "Zemblan",
    "letters": "a-zŧ",
    "spaces": True,
    "sentence_stops": ".!?",
    "endings": ["om", "a"],
    "prefixes": ["ka"],
    "folds": {},
    "apostrophe_suffixes": False,
    "min_stem": 3,
    "fillers": ["lo"],
    "name_stops": ["ŧo"],
    "title_prefixes": ["vize"],
    "abbreviations": ["pr"],
    "byline_words": ["ŧaz"],
    "date_connectors": ["ek"],
    "ordinal_suffixes": ["ŧ"],
    "weekdays_capitalised": False,
    "also": {"en": {"countries": "all", "titles": "all"}},
    "months": {"ŧuni": 6, "januŧ": 1, "febŧ": 2, "maŧ": 3, "apŧ": 4, "meŧ": 5, "juŧ": 7, "auŧ": 8, "sepŧ": 9, "okŧ": 10, "noŧ": 11, "deŧ": 12},
    "weekdays": {"ponŧ": 0, "utŧ": 1, "sreŧ": 2, "četŧ": 3, "peŧ": 4, "suŧ": 5, "neŧ": 6},
    "relative_days": {"ŧodaj": 0, "ŧučera": -1},
    "numbers": {"dva": 2},
    "hour_words": ["ŧora"],
    "minute_words": ["minuŧ"],
    "duration_phrases": {},
    "phone_cues": ["fonaxa"],
    "video_cues": ["vidaxa"],
    "talk_cues": ["ŧalka"],
    "planned_cues": ["buŧe"],
    "meeting_cues": ["vstreŧa"],
    "joint_cues": [],
    "repeat_cues": [],
    "discussion_cues": ["diskuŧa"],
    "group_refs": [],
    "companion_words": ["kon"],
    "conjunctions": ["ŧi"],
    "counterpart_words": [],
    "initiator_templates": ["{A} fonaxa kon {B}"],
    "titles": {"president": ["prezidenŧ"]},
    "boilerplate": [],
    "stopwords": ["ŧo", "kon", "lo", "ŧi", "ek", "ja"],
    "topics": {},
}
TEXT = (
    "Ŧo 3 ŧuni 2024 lo prezidenŧ Vladimir Putinom fonaxa kon Emmanuel Macronom dva ŧora. "
    "Ŧi ja diskuŧa ŧo Ukrainom ŧi lo ŧo kon ja."
)


@pytest.fixture()
def zembla(tmp_path: Path) -> Path:
    (tmp_path / "zz.json").write_text(json.dumps(ZEMBLA, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_a_data_file_alone_makes_a_language(zembla: Path) -> None:
    assert "zz" not in lexicon.LANGUAGES
    with lexicon.extra_languages(zembla) as added:
        assert added == ("zz",)
        assert "zz" in lexicon.LANGUAGES
        readout = readouts.parse(TEXT)
        assert readout.language == "zz"
        [call] = readout.calls
        assert {p.name for p in call.participants} == {"Vladimir Putin", "Emmanuel Macron"}
        assert call.initiator is not None and call.initiator.name == "Vladimir Putin"
        assert call.date == date(2024, 6, 3)
        assert call.duration == timedelta(hours=2)
        assert call.medium == "phone"
    assert "zz" not in lexicon.LANGUAGES
    # Gone with its block: the tables derived from it are rebuilt without it.
    assert readouts.parse(TEXT).language != "zz"


def test_a_broken_file_fails_loudly(tmp_path: Path) -> None:
    broken = dict(ZEMBLA, also={"en": {"phone_cues": "some"}})
    (tmp_path / "zz.json").write_text(json.dumps(broken), encoding="utf-8")
    with lexicon.extra_languages(tmp_path), pytest.raises(readouts.ReadoutsError):
        lexicon.language("zz")


def test_morphology_strips_the_longest_prefix_and_ending_that_leave_a_stem() -> None:
    rules = Morphology(frozenset("abcdefghijklmnopqrstuvwxyz"), ["a", "om", "ova"], ["ka", "k"], min_stem=3)
    assert rules.stem("putinom") == "putin"
    assert rules.stem("putinova") == "putin"
    assert rules.stem("oma") == "oma"  # the ending would leave too short a stem
    assert rules.stem("путинa") == "путинa"  # another script is left alone
    assert rules.unprefixed("kaputinova") == ["putin", "aputin"]
    assert rules.unprefixed("kot") == []  # no prefix may leave fewer than three letters


def test_borrowed_entries_follow_their_mode() -> None:
    assert lexicon.borrows("phrases", "phone call") and not lexicon.borrows("phrases", "call")
    assert lexicon.borrows("names", "G20") and lexicon.borrows("names", "IAEA") and not lexicon.borrows("names", "trade")
    assert lexicon.borrows("all", "call")


def test_every_language_borrows_only_what_its_file_says() -> None:
    for code in lexicon.LANGUAGES:
        own = lexicon.language(code)
        for data, mode in lexicon.layers(code, "phone_cues")[1:]:
            assert own.also[data.code]["phone_cues"] == mode


def test_matching_by_stem_uses_the_language_rules() -> None:
    rules = Morphology(frozenset("abcdefghijklmnopqrstuvwxyz"), ["om"])
    matcher = PhraseMatcher([("Putin", "P")], morphology=rules)
    assert [m.value for m in matcher.finditer(tokenize("with Putinom today"))] == ["P"]
    assert list(PhraseMatcher([("Putin", "P")]).finditer(tokenize("with Putinom today"))) == []


def test_a_clitic_prefix_is_stripped_only_before_a_lexicon_word() -> None:
    rules = Morphology(frozenset("abcdefghijklmnopqrstuvwxyz"), ["om"], ["ka", "i"])
    matcher = PhraseMatcher([("Putin", "P"), ("ivan", "I")], morphology=rules)
    found = [m.value for m in matcher.finditer(tokenize("kaPutinom ivan kaivan iPutin kaput"))]
    assert found == ["P", "I", "I", "P"]
