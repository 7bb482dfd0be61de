"""Arabic readouts: sentences in the style of WAM, SPA, MENA and Petra."""

from datetime import date

import readouts
from readouts import lexicon


def _sides(call: readouts.Call) -> set[str | None]:
    return {p.country for p in call.participants}


def test_arabic_is_a_known_language() -> None:
    assert "ar" in lexicon.LANGUAGES
    text = "أجرى الرئيس المصري اتصالا هاتفيا مع المستشارة الألمانية، وبحث الجانبان العلاقات الثنائية بين البلدين."
    assert readouts.parse(text).language == "ar"


def test_a_received_call_names_the_caller() -> None:
    text = (
        "القاهرة في 6 مارس 2026\n\nتلقى الرئيس المصري اليوم اتصالاً هاتفياً من رئيس وزراء رومانيا، "
        "بحثا خلاله التطورات في المنطقة وتداعياتها على الأمن والاستقرار، وأدان الاعتداءات الإيرانية."
    )
    (call,) = readouts.parse(text).calls
    assert _sides(call) == {"EG", "RO"}
    assert call.initiator is not None and call.initiator.country == "RO"
    assert call.medium == "phone"
    assert call.date == date(2026, 3, 6)
    assert "iran" in call.topics


def test_levantine_month_names_and_the_caller_who_made_the_call() -> None:
    text = "عمان في 12 كانون الثاني 2023 - أجرى العاهل الأردني اتصالا هاتفيا مع الرئيس الفرنسي، تناول العلاقات الثنائية والأوضاع في غزة."
    (call,) = readouts.parse(text).calls
    assert _sides(call) == {"JO", "FR"}
    assert call.initiator is not None and call.initiator.country == "JO"
    assert call.date == date(2023, 1, 12)
    assert {"bilateral-relations", "israel-palestine"} <= set(call.topics)


def test_initiative_of_a_side_and_a_video_call() -> None:
    text = (
        "بحث ولي العهد السعودي مع الرئيس الفرنسي عبر تقنية الاتصال المرئي، بناء على طلب الجانب الفرنسي، "
        "مستجدات الأوضاع في لبنان وجهود وقف إطلاق النار."
    )
    (call,) = readouts.parse(text).calls
    assert _sides(call) == {"SA", "FR"}
    assert call.medium == "video"
    assert call.initiator is not None and call.initiator.country == "FR"
    assert {"lebanon", "peace-talks"} <= set(call.topics)


def test_planned_call_is_not_a_call() -> None:
    text = "من المقرر أن يجري الرئيس المصري اتصالا هاتفيا مع الرئيس الأمريكي الأسبوع المقبل لبحث الأوضاع في السودان."
    assert readouts.parse(text).calls == []


def test_titles_and_country_words_with_the_article_and_clitics() -> None:
    text = "وتلقى وزير الخارجية المصري اتصالا هاتفيا من نظيره وزير الخارجية التركي، وبحث الوزيران العلاقات بين مصر وتركيا."
    (call,) = readouts.parse(text).calls
    assert _sides(call) == {"EG", "TR"}
    assert {p.role for p in call.participants} == {"foreign-minister"}


def test_honorifics_between_the_call_and_the_caller() -> None:
    text = "تلقى أمير دولة قطر اتصالا هاتفيا اليوم من فخامة الرئيس التركي، تناول العلاقات الثنائية."
    (call,) = readouts.parse(text).calls
    assert _sides(call) == {"QA", "TR"}
    assert call.initiator is not None and call.initiator.country == "TR"


def test_the_arabic_comma_ends_a_name_before_the_next_title() -> None:
    from readouts.extract.people import find_mentions
    from readouts.extract.tokens import tokenize

    text = "اتصالات هاتفية مع الرئيس الفرنسي إيمانويل ماكرون، ورئيس الوزراء البريطاني كير ستارمر"
    spans = [text[m.start : m.end] for m in find_mentions(tokenize(text), "ar", text)]
    assert spans == ["الرئيس الفرنسي إيمانويل ماكرون", "ورئيس الوزراء البريطاني كير ستارمر"]


def test_past_leaders_by_their_arabic_names_whatever_the_text_date() -> None:
    # An undated text: the names, not today's office holders, say who spoke.
    text = (
        "بحث العاهل الأردني هاتفيا مع رئيس الوزراء البريطاني توني بلير ومع الرئيس الفرنسي جاك شيراك "
        "تطورات الأوضاع في العراق.\n"
        "كما أجرى اتصالا هاتفيا مع الرئيس المصري محمد حسني مبارك تناول العلاقات الثنائية."
    )
    names = {p.name for call in readouts.parse(text).calls for p in call.participants}
    assert {"Tony Blair", "Jacques Chirac", "Hosni Mubarak"} <= names
    assert "Keir Starmer" not in names and "Emmanuel Macron" not in names


def test_calls_received_from_a_crowd_of_leaders_were_placed_by_each() -> None:
    text = (
        "تلقى جلالة الملك عبدالله الثاني عددا من الاتصالات الهاتفية من قادة دول العالم بمناسبة عيد الفطر.\n"
        "وتبادل جلالته التهاني مع كل من الرئيس الفرنسي إيمانويل ماكرون، ورئيس الوزراء البريطاني كير ستارمر.\n"
        "كما أجرى جلالته اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي."
    )
    calls = {frozenset(p.name for p in c.participants): c for c in readouts.parse(text).calls}
    macron = calls[frozenset({"Abdullah II", "Emmanuel Macron"})]
    starmer = calls[frozenset({"Abdullah II", "Keir Starmer"})]
    sisi = calls[frozenset({"Abdullah II", "Abdel Fattah el-Sisi"})]
    assert macron.initiator is not None and macron.initiator.name == "Emmanuel Macron"
    assert starmer.initiator is not None and starmer.initiator.name == "Keir Starmer"
    # "His Majesty made a call": the king named before placed it.
    assert sisi.initiator is not None and sisi.initiator.name == "Abdullah II"
