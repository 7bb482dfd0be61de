"""The outlet a page's furniture names as its own, from the text alone.
Pages written for these tests."""

import re

import pytest

import readouts
from readouts import lexicon
from readouts._casing import folded
from readouts.sources import own

RETOLD = {
    "en": "Prime Minister Keir Starmer spoke by phone with Chancellor Olaf Scholz on Tuesday, his office said.\nThe two leaders discussed support for Ukraine.",
    "de": "Bundeskanzler Olaf Scholz hat am Dienstag mit dem französischen Präsidenten Emmanuel Macron telefoniert, teilte ein Sprecher mit.\nDie beiden sprachen über die Lage in der Ukraine.",
    "fr": "Le président Emmanuel Macron s'est entretenu mardi au téléphone avec le chancelier Olaf Scholz, selon un communiqué.\nLes deux dirigeants ont évoqué l'Ukraine.",
    "es": "El presidente Pedro Sánchez habló el martes por teléfono con el canciller Olaf Scholz, según fuentes de la Moncloa.\nAmbos abordaron la situación en Ucrania.",
    "ru": "Президент Казахстана Касым-Жомарт Токаев провёл во вторник телефонный разговор с канцлером Германии Олафом Шольцем, сообщила пресс-служба.\nСтороны обсудили торговлю.",
    "it": "La premier Giorgia Meloni ha avuto martedì un colloquio telefonico con il cancelliere Olaf Scholz, secondo fonti di governo.\nI due leader hanno parlato di Ucraina.",
}


@pytest.mark.parametrize(
    ("page", "slug"),
    [
        (RETOLD["en"] + "\n\nLog in to your KXRT account for alerts made for you.\nSign up", "kxrt"),
        (RETOLD["de"] + "\n\nFolgen Sie Morgenblatt.de schon auf Instagram und TikTok?\nImpressum", "morgenblatt"),
        (RETOLD["fr"] + "\n\nSuivez Le Quotidien du Lac sur Facebook et X.", "le-quotidien-du-lac"),
        (RETOLD["es"] + "\n\nSigue a Diario Andino en WhatsApp.", "diario-andino"),
        (RETOLD["ru"] + "\n\nПодписывайтесь на Stepnoy.kz в Telegram.", "stepnoy"),
        (RETOLD["it"] + "\n\nSegui Corriere del Lago su Instagram.", "corriere-del-lago"),
        ("By Staff Reporter | Harbour Herald 04-05-2023\n" + RETOLD["en"], "harbour-herald"),
        (RETOLD["en"] + "\n(Staff Reporter | HARBOURHERALD.com)", "harbourherald"),
        ("Se connecter\nLACTUDULAC.COM , l'actualité au quotidien\n\n" + RETOLD["fr"], "lactudulac"),
        (RETOLD["en"] + "\n\nGlobal News", "globalnews"),
    ],
)
def test_a_page_naming_its_own_outlet(page: str, slug: str) -> None:
    source = readouts.parse(page).source
    assert source is not None and source.id == slug and source.kind == "news"


@pytest.mark.parametrize(
    "page",
    [
        RETOLD["en"] + "\n\nFollow us on Facebook and Instagram.",
        "Home | World | Politics\n" + RETOLD["en"],
        "By Staff Reporter | Updated: 4 May 2023\n" + RETOLD["en"],
        RETOLD["fr"] + "\n\nSuivez-nous sur les réseaux sociaux.",
    ],
)
def test_furniture_that_names_no_outlet(page: str) -> None:
    source = readouts.parse(page).source
    assert source is not None and source.id is None


def test_an_outlet_carrying_agency_copy_is_an_aggregator() -> None:
    page = (
        "ANKARA, Turkey (AP) - President Recep Tayyip Erdogan spoke by phone with President Joe Biden on Monday, his office said.\n"
        "The two leaders discussed Syria.\n"
        "Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n"
        "Log in to your KXRT account for alerts made for you."
    )
    source = readouts.parse(page).source
    assert source is not None and (source.id, source.kind) == ("kxrt", "aggregator") and source.via[0] == "ap"


def test_an_agency_followed_on_its_own_page_stays_the_agency() -> None:
    page = "LONDON (Reuters) - Prime Minister Keir Starmer spoke by phone with Chancellor Olaf Scholz on Tuesday.\nFollow Reuters on X for more."
    source = readouts.parse(page).source
    assert source is not None and (source.id, source.kind) == ("reuters", "wire")


def test_a_name_alone_below_the_first_paragraph_is_no_masthead() -> None:
    # A photo credit over its caption, under the lead: not the page's office.
    page = (
        "Президент России Владимир Путин проведёт в четверг несколько телефонных разговоров, сообщил пресс-секретарь Дмитрий Песков.\n\n"
        "Kremlin.ru\nВладимир Путин в своём кабинете\n\n"
        "«У президента будет несколько разговоров», — сказал Песков."
    )
    source = readouts.parse(page).source
    assert source is not None and source.id != "kremlin" and source.kind != "official"


@pytest.mark.parametrize(
    ("page", "slug"),
    [
        (RETOLD["fr"] + "\nPhoto : Jean Dupont / Le Monde", "le-monde"),
        (RETOLD["ru"] + "\nФото: Иван Петров, Коммерсантъ", "kommersant"),
        (RETOLD["de"] + "\nBild: picture alliance/dpa | Max Muster", None),
        (RETOLD["en"] + "\nPhoto: Staff Reporter", None),
    ],
)
def test_a_photo_credit_names_the_outlet_of_its_staff(page: str, slug: str | None) -> None:
    source = readouts.parse(page).source
    assert source is not None and source.id == slug


def test_furniture_in_capitals_names_the_outlet() -> None:
    source = readouts.parse(RETOLD["en"] + "\n\nLOG IN TO YOUR KXRT ACCOUNT FOR ALERTS.").source
    assert source is not None and source.id == "kxrt"


def test_the_cue_words_are_folded_as_the_pattern_matches_them() -> None:
    # The scans try only the cues whose word the folded page holds: every
    # letter re.IGNORECASE takes for a letter of a cue must fold as it does
    # ("ı" as "i", "ſ" as "s", "K" (Kelvin) as "k").
    cues = {c for code in lexicon.LANGUAGES for c in lexicon.language(code).own_outlet_cues}
    letters = sorted(set("".join(cues).replace("{outlet}", "") + "Copyright(c)"))
    assert "i" in letters and "s" in letters
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    matched = set(re.findall("(?i:[" + re.escape("".join(letters)) + "])", every))
    assert {"ı", "ſ"} <= matched
    named, credits = own._cues()
    assert all(key and key in folded(" ".join(cues)) for key in named.keys + credits.keys)
    for x in matched:
        for c in letters:
            if re.fullmatch("(?i:" + re.escape(c) + ")", x):
                assert folded(x) == folded(c), (x, c)
