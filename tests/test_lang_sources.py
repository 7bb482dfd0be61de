"""Who published a text in Ukrainian, Polish, Portuguese, Turkish, Chinese,
Japanese and Arabic: credit phrases wherever the language puts the outlet's
name, an outlet naming itself, permalinks, breadcrumbs, the agencies of
these countries in their own spellings. Texts written for these tests."""

import time

import pytest

import readouts
from readouts.extract.tokens import tokenize
from readouts.sources import catalogue
from readouts.sources.named_cues import lower_kept, named_around


def _source(text: str) -> tuple[str | None, str | None, list[str]]:
    r = readouts.parse(text)
    assert r.source is not None
    return r.source.id, r.source.kind, list(r.source.via)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Президент Володимир Зеленський провів телефонну розмову з прем'єр-міністром Канади.\n"
            "Сторони обговорили оборонну допомогу та санкції, передає УНН.",
            "unn",
        ),
        (
            "Prezydent rozmawiał telefonicznie z kanclerzem Niemiec o bezpieczeństwie regionu, podaje PAP.\n"
            "Rozmowa dotyczyła także współpracy gospodarczej.",
            "pap",
        ),
        (
            "O presidente conversou por telefone com o chanceler alemão nesta terça-feira, segundo a Agência Brasil.\n"
            "Os dois trataram do acordo comercial entre os blocos.",
            "agencia-brasil",
        ),
        (
            "Anadolu Ajansı'nın haberine göre, Cumhurbaşkanı Erdoğan İtalya Başbakanı ile telefonda görüştü.\n"
            "Görüşmede ikili ilişkiler ele alındı.",
            "anadolu",
        ),
        ("据新华社报道,国家主席同法国总统通电话。\n两国元首就双边关系交换了意见。", "xinhua"),
        ("共同通信によると、首相は韓国の大統領と電話で会談した。\n両首脳は連携を確認した。", "kyodo"),
        (
            "أجرى الرئيس اتصالا هاتفيا مع رئيس وزراء إيطاليا، وفقا لوكالة الأنباء السعودية (واس).\n"
            "وبحث الجانبان العلاقات الثنائية.",
            "spa",
        ),
    ],
)
def test_a_credit_phrase_makes_the_page_a_republication(text: str, agency: str) -> None:
    sid, kind, via = _source(text)
    assert kind == "aggregator" and sid is None
    assert via[:1] == [agency]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Міністр закордонних справ провів телефонну розмову з колегою з Молдови.\n"
            "Як раніше писало РБК-Україна, сторони домовилися про зустріч.",
            "rbc-ua",
        ),
        (
            "Prezydenci rozmawiali telefonicznie o sytuacji na granicy.\n"
            "Doradca prezydenta powiedział w rozmowie z TVN24, że rozmowa była rzeczowa.",
            "tvn24",
        ),
    ],
)
def test_an_outlet_naming_itself_is_the_publisher(text: str, outlet: str) -> None:
    sid, kind, _ = _source(text)
    assert (sid, kind) == (outlet, "news")


def test_an_outlet_naming_itself_cites_without_republishing() -> None:
    text = (
        "Глава МЗС провів телефонну розмову з польським колегою, повідомляє Reuters.\n"
        "Як писало РБК-Україна, міністри вже говорили минулого тижня."
    )
    sid, kind, via = _source(text)
    assert (sid, kind) == ("rbc-ua", "news") and "reuters" in via


def test_an_agency_named_by_an_own_cue_is_cited_not_the_author() -> None:
    text = "Прем'єр-міністр провів телефонну розмову з колегою з Естонії.\nВ коментарі УНН речник уряду підтвердив розмову."
    sid, _, _ = _source(text)
    assert sid != "unn"


def test_a_permalink_on_the_page_names_its_outlet() -> None:
    text = (
        "Erdoğan ile Almanya Başbakanı telefonda görüştü\n"
        "https://p.dw.com/p/4Xyz1\n"
        "Cumhurbaşkanı Erdoğan, Almanya Başbakanı ile telefonda görüştü. Görüşmede ikili ilişkiler ele alındı."
    )
    sid, kind, _ = _source(text)
    assert (sid, kind) == ("dw", "news")


def test_a_link_to_an_unknown_site_names_nothing() -> None:
    text = "https://example-portal.net/p/1\nCumhurbaşkanı Erdoğan, Almanya Başbakanı ile telefonda görüştü, bildirdi kaynaklar."
    sid, _, _ = _source(text)
    assert sid is None


def test_a_ministry_breadcrumb_is_its_masthead() -> None:
    text = "首页 > 外交部长活动\n\n外长同英国外交大臣通电话\n\n2023年5月4日,外长应约同英国外交大臣通电话,双方就双边关系交换意见。"
    sid, kind, _ = _source(text)
    assert (sid, kind) == ("mfa-china", "official")


def test_an_aggregators_furniture_names_it_and_the_agency_copyright_the_wire() -> None:
    text = (
        "首相は30日、米大統領と電話で会談した。\n両首脳は連携を確認した。\n"
        "©一般社団法人共同通信社\nコンテンツの閲覧には、ノアドット株式会社の利用規約に同意する必要があります。"
    )
    sid, kind, via = _source(text)
    assert (sid, kind) == ("kiji", "aggregator") and "kyodo" in via


@pytest.mark.parametrize(
    ("text", "sid"),
    [("据新华社报道,两国元首通电话。", "xinhua"), ("共同通信によると", "kyodo"), ("央視新聞報導", "cctv"), ("وفقا لوكالة الأناضول", "anadolu")],
)
def test_agencies_are_cited_in_scripts_without_spaces_and_their_own_spellings(text: str, sid: str) -> None:
    assert sid in catalogue.cited_in(tokenize(text))


def test_a_turkish_capital_dotted_i_keeps_offsets() -> None:
    text = "İletişim Başkanlığı'nın açıklamasına göre İHA"
    lowered = lower_kept(text)
    assert len(lowered) == len(text) and lowered.endswith("i̇ha"[-2:])


def test_a_name_before_the_phrase_with_a_case_ending() -> None:
    found = [e.id for _, e in named_around(lower_kept("Reuters'ın haberine göre görüşme yarım saat sürdü."), "tr", "republished_cues")]
    assert found == ["reuters"]


@pytest.mark.parametrize("language", ["tr", "zh", "ja", "uk", "pl"])
def test_credit_phrases_read_in_linear_time(language: str) -> None:
    sizes = []
    for n in (2_000, 8_000):
        text = lower_kept(("a'nın haberine göre 据 据 によると писало w rozmowie z " * n)[: 40 * n])
        start = time.perf_counter()
        list(named_around(text, language, "republished_cues"))
        list(named_around(text, language, "own_cues"))
        sizes.append(time.perf_counter() - start)
    assert sizes[1] < sizes[0] * 8 + 0.05
