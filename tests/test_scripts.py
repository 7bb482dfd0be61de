"""Scripts without spaces, without capitals, and words with clitics:
the mechanics the language files switch on."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

import readouts
from readouts import lexicon
from readouts.extract.dates import find_dates, resolve
from readouts.extract.durations import find_duration
from readouts.extract.tokens import Morphology, PhraseMatcher, fold, tokenize
from readouts.pipeline.language import detect_language
from readouts.pipeline.sentences import split_sentences


def _dates(text: str, lang: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(r.year, r.month, r.day) for r in find_dates(text, tokenize(text), lang)]


def test_an_unspaced_script_is_cut_into_letters() -> None:
    tokens = tokenize("王毅同布林肯通电话。Putin said")
    assert [t.fold for t in tokens][:6] == ["王", "毅", "同", "布", "林", "肯"]
    assert [t.fold for t in tokens][-2:] == ["putin", "said"]
    matcher = PhraseMatcher([("通电话", "phone"), ("布林肯", "name")])
    assert [m.value for m in matcher.finditer(tokens)] == ["name", "phone"]


def test_uncased_letters_can_start_a_name_but_not_an_unknown_one() -> None:
    han, arabic, lower = tokenize("习 بوتين said")
    assert han.capitalised and arabic.capitalised and not lower.capitalised
    assert not han.upper and not arabic.upper


def test_full_width_digits_fold_to_plain_ones() -> None:
    assert fold("２０２５") == "2025"
    assert [t.fold for t in tokenize("２８日")] == ["28", "日"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2025年2月24日，两国元首通电话。", "zh", (2025, 2, 24)),
        ("２０２５年２月２４日、電話会談した。", "ja", (2025, 2, 24)),
        ("2月24日晚，习近平同普京通电话。", "zh", (None, 2, 24)),
        ("令和2年5月1日に電話会談を行った。", "ja", (2020, 5, 1)),
        ("平成29年9月30日、首相は電話会談した。", "ja", (2017, 9, 30)),
        ("令和元年6月3日、首相は電話会談した。", "ja", (2019, 6, 3)),
    ],
)
def test_dates_with_markers_after_their_numbers(text: str, lang: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert _dates(text, lang)[0] == expected


def test_a_marked_date_without_a_year_takes_the_anchor_year() -> None:
    [ref] = find_dates("2月24日", tokenize("2月24日"), "zh")
    assert resolve(ref, date(2025, 3, 1)) == date(2025, 2, 24)


def test_a_month_alone_is_a_month_and_no_call_day() -> None:
    # Kept as a month (an earlier call may be dated by it), never as a day.
    assert _dates("今年2月，双方通电话。", "zh") == [(None, 2, None)]
    assert all(c.date is None for c in readouts.parse("今年2月，习近平同普京通电话。").calls)


def test_unspaced_sentences_end_at_their_stops() -> None:
    sentences = split_sentences("王毅表示，中方愿意合作。布林肯说，美方重视中美关系！双方同意保持沟通。")
    assert [s.text[-1] for s in sentences] == ["。", "！", "。"]
    assert len(sentences) == 3


def test_durations_in_letters_and_not_clock_times() -> None:
    minutes = find_duration(tokenize("首相は約３０分間、電話会談した。"), "ja")
    assert minutes is not None and minutes[0] == 30
    assert find_duration(tokenize("31日午前0時12分、首相公邸で"), "ja") is None
    hours = find_duration(tokenize("両首脳は約1時間、電話会談した。"), "ja")
    assert hours is not None and hours[0] == 60


def test_clitic_prefixes_before_lexicon_words() -> None:
    rules = Morphology(lexicon.letters("en") | frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"), [], ["و", "ب", "ال", "بال", "وب"])
    matcher = PhraseMatcher([("بحث", "discussed"), ("الرئيس", "president"), ("بوتين", "putin")], morphology=rules)
    found = [m.value for m in matcher.finditer(tokenize("وبحث بالرئيس وبوتين"))]
    assert found == ["discussed", "president", "putin"]


def _language_file(tmp_path: Path, **changes: object) -> Path:
    data = json.loads((resources.files("readouts") / "data" / "lang" / "en.json").read_text("utf-8"))
    data.update(code="zz", **changes)
    (tmp_path / "zz.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_a_suffix_after_an_apostrophe_is_no_token(tmp_path: Path) -> None:
    with lexicon.extra_languages(_language_file(tmp_path, apostrophe_suffixes=True)):
        assert [t.text for t in tokenize("Erdoğan'ın Putin'le görüştü", 0, "zz")] == ["Erdoğan", "Putin", "görüştü"]
    assert [t.text for t in tokenize("Erdoğan'ın görüştü", 0, "en")] == ["Erdoğan", "ın", "görüştü"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("王毅表示，中方愿意同美方一道，推动两国关系重回稳定发展的轨道，这符合双方的共同利益。", "zh"),
        ("茂木外相は２８日、中国の王毅外相と電話で会談し、両国の関係について意見を交わした。", "ja"),
    ],
)
def test_chinese_and_japanese_are_told_apart_by_kana(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_an_unspaced_line_ending_in_its_stop_is_body_not_headline() -> None:
    from readouts.pipeline.boilerplate import strip_boilerplate

    text = "两国外长通电话\n\n新华社北京3月5日电 3月5日，外交部长同法国外长通电话。\n\n双方表示，愿意加强沟通，推动两国关系持续发展。"
    stripped = strip_boilerplate(text)
    assert stripped.title == "两国外长通电话"
    assert stripped.lines[0].endswith("通电话。")


def test_an_unspaced_readout_finds_its_call_and_its_country_words() -> None:
    import readouts

    readout = readouts.parse("2022年9月5日，中国外交部长应约同美国国务卿通电话。双方就两国关系交换了意见。", reference_date=date(2022, 9, 6))
    assert readout.language == "zh"
    [call] = readout.calls
    assert call.medium == "phone" and call.date == date(2022, 9, 5)
    assert {(p.country, p.role) for p in call.participants} == {("CN", "foreign-minister"), ("US", "secretary-of-state")}
    assert call.initiator is not None and call.initiator.country == "US"  # "应约": at the other side's request


def test_a_day_alone_is_a_day_of_the_month_of_publication() -> None:
    [ref] = find_dates("外相は２８日、電話会談した。", tokenize("外相は２８日、電話会談した。"), "ja")
    assert (ref.month, ref.day) == (None, 28)
    assert resolve(ref, date(2025, 10, 29)) == date(2025, 10, 28)
    assert resolve(ref, date(2025, 11, 2)) == date(2025, 10, 28)  # still to come this month: the month before
    assert find_dates("3日間の訪問", tokenize("3日間の訪問"), "ja") == []
