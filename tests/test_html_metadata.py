"""An HTML page's own address and publisher, read from its metadata."""

import readouts
from readouts.pipeline.html import html_to_text

BODY = "<p>Chancellor Olaf Scholz spoke by telephone with President Emmanuel Macron on Tuesday.</p>"


def page(head: str) -> str:
    return f"<!doctype html><html><head>{head}</head><body>{BODY}</body></html>"


def test_canonical_link_is_the_page_url() -> None:
    found = html_to_text(page('<link rel="canonical" href="https://www.example-news.de/politik/a1">'))
    assert found.url == "https://www.example-news.de/politik/a1"


def test_og_url_stands_in_for_a_missing_canonical_link() -> None:
    found = html_to_text(page('<meta property="og:url" content="https://news.example.org/x">'))
    assert found.url == "https://news.example.org/x"


def test_canonical_link_wins_over_og_url() -> None:
    found = html_to_text(page('<meta property="og:url" content="https://b.example.org/x"><link rel="alternate canonical" href="https://a.example.org/y">'))
    assert found.url == "https://a.example.org/y"


def test_relative_addresses_are_not_urls() -> None:
    found = html_to_text(page('<link rel="canonical" href="/politik/a1"><meta property="og:url" content="www.example.org">'))
    assert found.url is None


def test_site_name_is_read() -> None:
    found = html_to_text(page('<meta property="og:site_name" content="  Example   Zeitung ">'))
    assert found.site_name == "Example Zeitung"
    assert html_to_text(page("")).site_name is None


def test_parse_uses_the_page_url_when_none_is_given() -> None:
    html = page('<link rel="canonical" href="https://www.bundesregierung.de/breg-de/aktuelles/telefonat-1">')
    r = readouts.parse(html)
    assert r.source is not None and r.source.id == "bundesregierung"


def test_a_given_url_wins_over_the_page_url() -> None:
    html = page('<link rel="canonical" href="https://www.bundesregierung.de/breg-de/aktuelles/telefonat-1">')
    r = readouts.parse(html, url="https://www.elysee.fr/emmanuel-macron/entretien")
    assert r.source is not None and r.source.id == "elysee"
