"""Turkish readouts: sentences in the style of the İletişim Başkanlığı and Anadolu Ajansı."""

from datetime import date

import readouts
from readouts import lexicon


def test_turkish_is_a_known_language() -> None:
    assert "tr" in lexicon.LANGUAGES
    text = "Cumhurbaşkanı Recep Tayyip Erdoğan, Almanya Başbakanı Olaf Scholz ile telefonda görüştü. Görüşmede ikili ilişkiler ele alındı."
    assert readouts.parse(text).language == "tr"


def test_phone_call_with_both_sides_date_and_topics() -> None:
    text = (
        "Ankara, 14 Mart 2023\n\nCumhurbaşkanı Recep Tayyip Erdoğan, Almanya Başbakanı Olaf Scholz ile telefonda görüştü. "
        "Görüşmede Türkiye ile Almanya arasındaki ikili ilişkiler ile Ukrayna'daki savaş ve tahıl koridoru ele alındı."
    )
    (call,) = readouts.parse(text).calls
    assert {(p.name, p.country) for p in call.participants} == {("Recep Tayyip Erdogan", "TR"), ("Olaf Scholz", "DE")}
    assert call.date == date(2023, 3, 14)
    assert call.medium == "phone"
    assert {"bilateral-relations", "ukraine", "food-security"} <= set(call.topics)


def test_the_caller_dialled() -> None:
    text = "Fransa Cumhurbaşkanı Emmanuel Macron, Cumhurbaşkanı Recep Tayyip Erdoğan'ı telefonla aradı. Görüşmede Libya ve Suriye'deki gelişmeler ele alındı."
    (call,) = readouts.parse(text).calls
    assert call.initiator is not None and call.initiator.name == "Emmanuel Macron"
    assert {"libya", "syria"} <= set(call.topics)


def test_initiative_of_a_side() -> None:
    text = "Cumhurbaşkanı Recep Tayyip Erdoğan, İtalyan tarafının talebi üzerine İtalya Başbakanı Giorgia Meloni ile telefonda görüştü."
    (call,) = readouts.parse(text).calls
    assert call.initiator is not None and call.initiator.name == "Giorgia Meloni"


def test_video_conference_and_duration() -> None:
    text = (
        "Dışişleri Bakanı Hakan Fidan, Rusya Dışişleri Bakanı Sergey Lavrov ile video konferans yöntemiyle görüştü. "
        "Yaklaşık bir saat süren görüşmede ateşkes müzakereleri değerlendirildi."
    )
    (call,) = readouts.parse(text).calls
    assert call.medium == "video"
    assert call.duration_minutes == 60
    assert "peace-talks" in call.topics


def test_planned_call_is_not_a_call() -> None:
    text = "Cumhurbaşkanı Erdoğan'ın önümüzdeki hafta ABD Başkanı Joe Biden ile telefonda görüşmesi bekleniyor."
    assert readouts.parse(text).calls == []


def test_interview_is_not_a_call() -> None:
    text = "Dışişleri Bakanı Mevlüt Çavuşoğlu, bir televizyon kanalına verdiği röportajda Suriye'deki durumu değerlendirdi."
    assert readouts.parse(text).calls == []


def test_apostrophe_suffixes_and_a_planned_call() -> None:
    done = "Cumhurbaşkanı Erdoğan, ABD Başkanı Joe Biden'la telefonda görüştü. Görüşme yaklaşık 45 dakika sürdü."
    (call,) = readouts.parse(done).calls
    assert {p.name for p in call.participants} == {"Recep Tayyip Erdogan", "Joe Biden"}
    assert call.duration_minutes == 45
    assert readouts.parse("Erdoğan, Putin'le yarın telefon görüşmesi yapmayı planlıyor.").calls == []


def test_relations_named_by_the_two_countries() -> None:
    text = "Cumhurbaşkanı Erdoğan, Almanya Başbakanı Olaf Scholz ile telefonda görüştü. Görüşmede iki lider Türkiye-Almanya ilişkilerini ele aldı."
    (call,) = readouts.parse(text).calls
    assert "bilateral-relations" in call.topics
