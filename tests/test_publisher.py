"""Who published a text, and what kind of text it is: URLs, mastheads,
source lines and republication signals. Texts written for these tests."""

import pytest

import readouts
from readouts.sources import domains

RETOLD = (
    "Prime Minister Keir Starmer spoke by phone with Chancellor Olaf Scholz on Tuesday.\n"
    "The two leaders discussed support for Ukraine and trade between their countries."
)


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.algerie-eco.com/2024/05/article", "algerie-eco"),
        ("https://news.somefeed.com/world/1", "somefeed"),
        ("https://veja.abril.com.br/coluna/x", "abril"),
        ("https://amp.my.ua/news/1", "my-ua"),
        ("https://www.abc.com.py/internacionales/1", "abc-com-py"),
        ("http://lanouvellerepublique.cg/2022/11/16/x", "lanouvellerepublique"),
    ],
)
def test_any_host_names_its_site(url: str, slug: str) -> None:
    host = domains.host_of(url)
    assert host is not None and domains.site_slug(host) == slug


@pytest.mark.parametrize("url", ["", "not a url", "http://192.168.1.7/x", "https:///path", "http://[::1", "http://exa mple.com/x", "http://" + "a." * 5000 + "com"])
def test_hosts_that_name_nothing(url: str) -> None:
    assert domains.host_of(url) is None


@pytest.mark.parametrize(
    ("host", "official"),
    [
        ("president.gov.ua", True),
        ("www.diplomatie.gouv.fr", True),
        ("www.casarosada.gob.ar", True),
        ("www.mofa.go.jp", True),
        ("obamawhitehouse.archives.gov", True),
        ("www.nato.int", True),
        ("www.governo.it", True),
        ("www.example-news.com", False),
        ("www.governance-weekly.com", False),
    ],
)
def test_government_hosts(host: str, official: bool) -> None:
    assert domains.is_government(host) is official


def test_unknown_news_site_is_named_by_its_host() -> None:
    r = readouts.parse(RETOLD, url="https://www.daily-example.co.uk/politics/starmer-scholz-call")
    assert r.source is not None and (r.source.id, r.source.kind) == ("daily-example", "news")


def test_catalogued_domain_gives_the_catalogue_entry() -> None:
    r = readouts.parse(RETOLD, url="https://www.aa.com.tr/en/world/starmer-scholz/1")
    assert r.source is not None and (r.source.id, r.source.kind) == ("anadolu", "wire")


def test_unknown_government_domain_is_official() -> None:
    r = readouts.parse(RETOLD, url="https://www.mfa.gov.lv/en/news/1")
    assert r.source is not None and r.source.kind == "official"


def test_wire_copy_on_another_site_is_republished() -> None:
    text = "LONDON, March 3 (Reuters) - Prime Minister Keir Starmer spoke by phone with Chancellor Olaf Scholz on Tuesday, his office said."
    alone = readouts.parse(text)
    assert alone.source is not None and (alone.source.id, alone.source.kind) == ("reuters", "wire")
    r = readouts.parse(text, url="https://www.markets-example.fr/actualites/reuters/1")
    assert r.source is not None and (r.source.id, r.source.kind) == ("markets-example", "aggregator")
    assert r.source.via[0] == "reuters"


def test_style_guessed_readout_on_a_news_site_is_news() -> None:
    text = "Chancellor Olaf Scholz had a telephone conversation with President Emmanuel Macron. The leaders discussed Ukraine."
    r = readouts.parse(text, url="https://www.example-tribune.com/world/1")
    assert r.source is not None and r.source.kind == "news"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Office of the Press Secretary\nReadout of the President's Call with Chancellor Scholz\nThe President spoke today with Chancellor Olaf Scholz of Germany about Ukraine.", "whitehouse"),
        ("A Downing Street spokesperson said:\nThe Prime Minister spoke to President Emmanuel Macron this afternoon. The leaders discussed the situation in Ukraine.", "downing-street"),
        ("- Geschrieben von Redaktion/Presse- und Informationsamt der Bundesregierung\nBundeskanzler Olaf Scholz hat heute mit Präsident Emmanuel Macron telefoniert.", "bundesregierung"),
        ("Entretien téléphonique avec le Chancelier Olaf Scholz\nPalais de l'Élysée, Paris, le 3 mars 2024\nLe Président de la République s'est entretenu ce jour avec le Chancelier Olaf Scholz.", "elysee"),
        ("Chancellor Scholz spoke by phone with President Xi Jinping on Tuesday.\nThey discussed trade.\n(Source: kremlin.ru)", "kremlin"),
    ],
)
def test_an_office_naming_itself_is_official(text: str, office: str) -> None:
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == (office, "official")
    # Reproduced whole on another site, it keeps the office.
    r = readouts.parse(text, url="https://www.local-magazine.de/news/1")
    assert r.source is not None and (r.source.id, r.source.kind) == (office, "official")


def test_the_white_house_in_a_lead_is_no_masthead() -> None:
    text = "The White House said President Joe Biden spoke with Chancellor Olaf Scholz on Monday about Ukraine."
    r = readouts.parse(text)
    assert r.source is not None and r.source.kind != "official"


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Prime Minister Narendra Modi spoke with President Emmanuel Macron on the phone on Friday and discussed defence ties. (IANS)", "ians"),
        ("Prime Minister Narendra Modi spoke with President Emmanuel Macron on the phone on Friday and discussed defence ties.\n–ANI", "ani"),
        ("Bundeskanzler Olaf Scholz hat am Montag mit Präsident Emmanuel Macron telefoniert.\nQuelle: dts Nachrichtenagentur", "dts"),
        ("Il presidente Sergio Mattarella ha avuto un colloquio telefonico con il presidente Emmanuel Macron.\nFonte: Agenzia Nova", "agenzianova"),
        ("Anadolu Agency | Ankara | Updated: 12:00\nPresident Erdogan spoke with Chancellor Olaf Scholz by phone on Monday.", "anadolu"),
        ("Bundeskanzler Olaf Scholz hat am Montag mit Präsident Emmanuel Macron telefoniert.\nDiese Meldung wurde basierend auf Material der dpa erstellt.", "dpa"),
    ],
)
def test_republication_signals_make_an_aggregator(text: str, via: str) -> None:
    r = readouts.parse(text)
    assert r.source is not None and r.source.kind == "aggregator"
    assert via in r.source.via


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Olaf Scholz had a telephone conversation with President Emmanuel Macron on Tuesday, the chancellor's office said.",
        "Le chancelier Olaf Scholz s'est entretenu par téléphone avec le président Emmanuel Macron, a annoncé le bureau du chancelier.",
        "Chancellor Olaf Scholz had a telephone conversation with President Emmanuel Macron. This is stated in the message of the chancellor's press service.",
    ],
)
def test_retold_readouts_are_not_official(text: str) -> None:
    r = readouts.parse(text)
    assert r.source is not None and r.source.kind != "official"


def test_site_name_names_the_publisher_without_a_url() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Le Courrier d\'Exemple"></head>'
        "<body><p>Le président Emmanuel Macron s'est entretenu par téléphone avec le chancelier Olaf Scholz, a indiqué son entourage.</p></body></html>"
    )
    r = readouts.parse(html)
    assert r.source is not None and r.source.id == "le-courrier-d-exemple" and r.source.name == "Le Courrier d'Exemple"


def test_site_name_of_a_catalogued_outlet() -> None:
    html = '<html><head><meta property="og:site_name" content="Reuters"></head><body><p>' + RETOLD + "</p></body></html>"
    r = readouts.parse(html)
    assert r.source is not None and r.source.id == "reuters"


def test_long_runs_of_source_lines_keep_the_call() -> None:
    # Thousands of source lines and credits once made the publisher scans
    # slow; their cost is measured by benchmarks/bench.py, not here.
    text = ("(Source: " + "x" * 50 + ")\n") * 2000 + "Quelle: " + "dpa, " * 20000 + "\n" + RETOLD
    got, alone = readouts.parse(text).calls, readouts.parse(RETOLD).calls
    assert [(c.participants, c.medium, c.topics) for c in got] == [(c.participants, c.medium, c.topics) for c in alone]
    assert len(got) == 1


@pytest.mark.parametrize(
    "url",
    ["https://www.markets-example.com/actualites/reuters/leaders-call-1", "https://example-portal.com/spa/1674022", "https://www.example-daily.com/news/wires/call-1"],
)
def test_a_wire_section_in_the_url_is_agency_copy(url: str) -> None:
    r = readouts.parse(RETOLD, url=url)
    assert r.source is not None and r.source.kind == "aggregator"


def test_a_photo_credit_line_is_no_republication() -> None:
    text = "Źródło: Twitter\n" + RETOLD
    r = readouts.parse(text, url="https://www.example-telewizja.pl/polska/1")
    assert r.source is not None and r.source.kind == "news"


@pytest.mark.parametrize(
    "text",
    [
        "Associated Press Paris\nPresident Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Tuesday about Ukraine.",
        "Bundeskanzler Olaf Scholz hat am Dienstag mit Präsident Emmanuel Macron telefoniert. Beide sprachen über die Ukraine. (dpa-AFX/ab)",
        "WASHINGTON (AP) — President Joe Biden spoke by phone with Chancellor Olaf Scholz on Monday.\nCopyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    ],
)
def test_agency_copy_credited_to_clients_is_republished(text: str) -> None:
    r = readouts.parse(text)
    assert r.source is not None and r.source.kind == "aggregator"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — President Joe Biden spoke by phone with Chancellor Olaf Scholz on Monday. They discussed Ukraine.",
        "WASHINGTON (AP) — President Joe Biden spoke by phone with Chancellor Olaf Scholz on Monday.\nThey discussed Ukraine.\n(AP)\n© Copyright AP",
    ],
)
def test_an_agency_dateline_is_the_agency(text: str) -> None:
    # Its own credit or copyright closing the copy does not make it a client's.
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == ("ap", "wire")


def test_a_masthead_in_russian() -> None:
    text = "Президент России — официальный сайт\nНовости\nВладимир Путин провёл телефонный разговор с Федеральным канцлером Германии Олафом Шольцем."
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == ("kremlin", "official")


def test_a_spokesperson_quoted_down_the_page_is_no_header() -> None:
    text = (
        "Starmer and Scholz speak by phone\n"
        "Keir Starmer and Olaf Scholz shared a phone call on Tuesday evening.\n"
        "The leaders discussed Ukraine, No10 said.\n"
        "The call came a day after the summit.\n"
        "Both leaders had met in Berlin earlier this year.\n"
        "A Downing Street spokesperson said: \"The Prime Minister spoke to the Chancellor this evening.\"\n"
    )
    r = readouts.parse(text)
    assert r.source is not None and r.source.kind != "official"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Readout of the Secretary-General's telephone call with the President of France\nThe Secretary-General spoke today by telephone with President Emmanuel Macron.", "un"),
        ("Readout of phone call\nSzöveg: example-ministry.hu / nato.int | 2017. február 6. 19:00The Secretary General spoke by phone with President Emmanuel Macron.", "nato"),
    ],
)
def test_headline_mastheads_and_glued_source_lines(text: str, office: str) -> None:
    r = readouts.parse(text)
    assert r.source is not None and (r.source.id, r.source.kind) == (office, "official")


def test_an_attribution_to_an_agency_is_no_dateline() -> None:
    r = readouts.parse("Владимир Путин и Олаф Шольц обсудили по телефону ситуацию на Украине, сообщает РИА Новости.\nРазговор длился час.")
    assert r.source is None or r.source.id != "ria"


def test_an_embassy_repost_keeps_its_ministry() -> None:
    text = (
        "President Xi Jinping Speaks with President Emmanuel Macron on the Phone\n"
        "On the evening of March 3, President Xi Jinping spoke with President Emmanuel Macron on the phone.\n"
        "(Source: Chinese Embassy in Greece)"
    )
    r = readouts.parse(text, url="http://gr.example-embassy.org/eng/news/1.htm")
    assert r.source is not None and (r.source.id, r.source.kind) == ("mfa-china", "official")


@pytest.mark.parametrize("url", ["http://[::1", "javascript:alert(1)", "http://" + "a." * 5000 + "com/x", "   "])
def test_odd_urls_still_parse(url: str) -> None:
    r = readouts.parse(RETOLD, url=url)
    assert r.source is not None and r.calls
