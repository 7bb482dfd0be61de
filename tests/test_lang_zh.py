"""Chinese readouts: sentences in the style of Xinhua, the MFA of China and Taiwanese papers."""

from datetime import date

import readouts


def test_call_at_the_other_sides_request_with_duration() -> None:
    text = (
        "2023年3月14日，国家主席习近平应约同法国总统马克龙通电话，"
        "双方就乌克兰危机和中法关系交换了意见。通话持续约四十分钟。"
    )
    result = readouts.parse(text)
    assert result.language == "zh"
    (call,) = result.calls
    assert {(p.name, p.country, p.role) for p in call.participants} == {
        ("Xi Jinping", "CN", "president"),
        ("Emmanuel Macron", "FR", "president"),
    }
    assert call.initiator is not None and call.initiator.name == "Emmanuel Macron"
    assert call.date == date(2023, 3, 14)
    assert call.duration_minutes == 40
    assert call.medium == "phone"
    assert {"ukraine", "bilateral-relations"} <= set(call.topics)


def test_video_meeting_with_the_german_chancellor() -> None:
    text = "2020年12月30日，国家主席习近平同德国总理默克尔举行视频会晤，双方就气候变化和新冠疫情交换意见。"
    (call,) = readouts.parse(text).calls
    assert {(p.name, p.role) for p in call.participants} == {("Xi Jinping", "president"), ("Angela Merkel", "chancellor")}
    assert call.medium == "video"
    assert {"climate", "covid-19"} <= set(call.topics)


def test_request_of_a_side() -> None:
    text = "应俄方请求，国家主席习近平同俄罗斯总统普京通电话。"
    (call,) = readouts.parse(text).calls
    assert call.initiator is not None and call.initiator.name == "Vladimir Putin"


def test_a_planned_call_is_no_call() -> None:
    text = "王毅下周将同美国国务卿布林肯通电话。"
    assert readouts.parse(text).calls == []


def test_traditional_characters_and_taiwanese_spellings() -> None:
    text = "2024年11月7日\n\n美國總統拜登7日與南韓總統尹錫悅通電話，雙方就北韓問題交換意見。"
    (call,) = readouts.parse(text).calls
    assert {(p.name, p.country) for p in call.participants} == {("Joe Biden", "US"), ("Yoon Suk Yeol", "KR")}
    assert call.date == date(2024, 11, 7)
    assert "north-korea" in call.topics


def test_a_counterpart_known_by_country_and_title() -> None:
    text = "2025年9月3日，王毅应约同泰国外长通电话。"
    (call,) = readouts.parse(text).calls
    assert {p.country for p in call.participants} == {"CN", "TH"}
    assert call.initiator is not None and call.initiator.country == "TH"


def test_the_british_foreign_secretary_by_surname() -> None:
    text = "外交部长王毅同英国外交大臣拉米通电话，双方就中英关系交换意见。"
    (call,) = readouts.parse(text).calls
    assert {(p.name, p.role) for p in call.participants} == {("Wang Yi", "foreign-minister"), ("David Lammy", "foreign-secretary")}
    assert "bilateral-relations" in call.topics


def test_former_leaders_by_their_chinese_names() -> None:
    text = "2011年3月2日，国家主席胡锦涛同英国首相卡梅伦通电话，双方就利比亚局势交换了意见。"
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Hu Jintao", "David Cameron"}


def test_two_calls_by_two_means_in_one_sentence() -> None:
    # "After a video call with Putin, Xi had a phone call with Trump."
    text = "2026年3月5日，国家主席习近平在同俄罗斯总统普京举行视频通话后，又同美国总统特朗普通电话。"
    calls = {frozenset(p.name for p in c.participants): c for c in readouts.parse(text).calls}
    assert set(calls) == {frozenset({"Xi Jinping", "Vladimir Putin"}), frozenset({"Xi Jinping", "Donald Trump"})}
    assert calls[frozenset({"Xi Jinping", "Vladimir Putin"})].medium == "video"
    assert calls[frozenset({"Xi Jinping", "Donald Trump"})].medium == "phone"


def _by_medium(text: str) -> dict[str | None, list[readouts.Call]]:
    out: dict[str | None, list[readouts.Call]] = {}
    for call in readouts.parse(text).calls:
        out.setdefault(call.medium, []).append(call)
    return out


def test_a_video_meeting_recalled_in_what_was_said_is_a_call_of_its_own() -> None:
    text = (
        "2024年5月6日，国家主席习近平应约同法国总统马克龙通电话。"
        "习近平指出，年初我同总统先生视频会晤，就中法关系发展作出规划。"
        "马克龙表示，法方愿同中方加强合作。"
    )
    calls = _by_medium(text)
    (phone,) = calls["phone"]
    (video,) = calls["video"]
    assert {p.name for p in video.participants} == {p.name for p in phone.participants} == {"Xi Jinping", "Emmanuel Macron"}
    assert phone.date == date(2024, 5, 6) and video.date is None


def test_a_video_link_told_with_the_talk_is_the_same_call() -> None:
    text = "2024年5月6日，国家主席习近平同法国总统马克龙举行视频会晤。习近平指出，中法要加强对话。"
    (call,) = readouts.parse(text).calls
    assert call.medium == "video"


def test_their_last_call_dated_by_its_month_only_is_another_call() -> None:
    text = (
        "2024年5月6日，国家主席习近平同美国总统拜登通电话。"
        "两人上次通话是去年11月，当时双方就中美关系交换了意见。"
    )
    calls = readouts.parse(text).calls
    assert sorted((c.date is None, c.medium) for c in calls) == [(False, "phone"), (True, "phone")]
    assert all({p.name for p in c.participants} == {"Xi Jinping", "Joe Biden"} for c in calls)


def test_the_same_day_dates_both_calls_of_a_sentence() -> None:
    text = "国家主席习近平在同俄罗斯总统普京视频通话后，又同美国总统拜登通电话，同一天与两国领导人通话。"
    calls = readouts.parse(text, reference_date=date(2024, 5, 6)).calls
    assert len(calls) == 2 and all(c.date == date(2024, 5, 6) for c in calls)
