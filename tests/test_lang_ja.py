"""Japanese readouts: sentences in the style of the Kantei, MOFA Japan and Japanese wires."""

from datetime import date

import readouts


def test_phone_call_with_both_sides_duration_and_topics() -> None:
    text = (
        "2021年4月3日\n\n"
        "菅総理大臣は、オーストラリアのモリソン首相と約25分間、電話会談を行いました。"
        "両首脳は、北朝鮮の拉致問題及び新型コロナウイルス対策について意見交換を行いました。"
    )
    result = readouts.parse(text)
    assert result.language == "ja"
    (call,) = result.calls
    assert {(p.name, p.country, p.role) for p in call.participants} == {
        ("Yoshihide Suga", "JP", "prime-minister"),
        ("Scott Morrison", "AU", "prime-minister"),
    }
    assert call.duration_minutes == 25
    assert call.medium == "phone"
    assert {"north-korea", "covid-19"} <= set(call.topics)


def test_era_date_and_video_conference() -> None:
    text = "令和3年2月8日、茂木外務大臣は、中国の王毅外交部長とテレビ会議を行い、気候変動について協議しました。"
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Toshimitsu Motegi", "Wang Yi"}
    assert call.date == date(2021, 2, 8)
    assert call.medium == "video"
    assert "climate" in call.topics


def test_the_caller_and_a_duration_in_kanji() -> None:
    text = "石破首相は、ロシアのプーチン大統領からの電話を受け、およそ四十分間会談した。"
    (call,) = readouts.parse(text).calls
    assert call.initiator is not None and call.initiator.name == "Vladimir Putin"
    assert call.duration_minutes == 40


def test_a_planned_call_is_no_call() -> None:
    text = "茂木外務大臣は、来週、中国の王毅外交部長と電話会談を行う予定です。"
    assert readouts.parse(text).calls == []


def test_a_foreign_minister_named_by_surname_and_a_topic() -> None:
    text = "茂木外務大臣は、ヨルダンのサファディ外務大臣と電話会談を行い、ガザ情勢について意見交換しました。"
    (call,) = readouts.parse(text).calls
    assert {(p.name, p.country, p.role) for p in call.participants} == {
        ("Toshimitsu Motegi", "JP", "foreign-minister"),
        ("Ayman Safadi", "JO", "foreign-minister"),
    }
    assert "israel-palestine" in call.topics


def test_former_prime_ministers_by_their_japanese_names() -> None:
    text = "麻生太郎首相は2009年5月10日、韓国の李明博大統領と電話で会談し、北朝鮮問題で連携することで一致した。"
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Tarō Asō", "Lee Myung-bak"}


def test_a_call_also_held_on_another_day_of_the_month_is_another_call() -> None:
    text = (
        "岸田首相は15日夜、バイデン米大統領と電話で会談した。"
        "北朝鮮への対応を巡り協議した。"
        "両首脳は13日にも電話で会談した。"
    )
    calls = readouts.parse(text, reference_date=date(2023, 6, 16)).calls
    assert sorted(c.date for c in calls if c.date) == [date(2023, 6, 13), date(2023, 6, 15)]
    assert all({p.name for p in c.participants} == {"Fumio Kishida", "Joe Biden"} for c in calls)


def test_the_same_day_of_the_month_again_is_the_same_call() -> None:
    text = "岸田首相は15日夜、バイデン米大統領と電話で会談した。両首脳は15日、北朝鮮への対応を協議した。"
    (call,) = readouts.parse(text, reference_date=date(2023, 6, 16)).calls
    assert call.date == date(2023, 6, 15)
