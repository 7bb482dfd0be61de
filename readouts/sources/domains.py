"""What a URL's host says about its publisher: the catalogue entry whose
domain it is, the slug of any other site (``www.algerie-eco.com`` is
``algerie-eco``), and whether it is a government's.

The rules (labels to skip, two-level suffixes, government labels and
domains) are data, in the ``domains`` section of ``data/sources.json``.
Every function here is linear in the length of the host.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from .. import lexicon
from ..lexicon.schema import DomainRules, SourceEntry

__all__ = ["entry_for_host", "host_of", "is_government", "name_slug", "site_slug", "syndicated_from"]

_LONGEST_HOST = 253
"""The longest host name DNS allows; a longer one names no site."""
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


def _rules() -> DomainRules:
    return lexicon.sources().domains


def host_of(url: str | None) -> str | None:
    """Return the lower-case host name of ``url`` (``None`` for no URL, an
    IP address, a host that is not a dotted name, or one longer than DNS allows)."""
    if not url:
        return None
    text = url.strip()
    if "//" not in text:
        text = "//" + text  # "www.example.com/page" still names a host
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    if len(host) > _LONGEST_HOST:
        return None
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(x) for x in labels) or labels[-1].isdigit():
        return None
    return host


def _split(host: str) -> tuple[list[str], list[str]]:
    """``(name labels, suffix labels)``: ``veja.abril.com.br`` is
    ``(["veja", "abril"], ["com", "br"])``."""
    rules = _rules()
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in rules.skip_labels:
        labels = labels[1:]
    cut = len(labels) - 1
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in rules.second_level:
        cut = len(labels) - 2
    return labels[:cut], labels[cut:]


def site_slug(host: str) -> str:
    """Return the slug of the site at ``host``: its registrable name
    (``news.dayfr.com`` is ``dayfr``, ``veja.abril.com.br`` is ``abril``),
    with its suffix when the name is too short to stand alone (``my.ua`` is
    ``my-ua``)."""
    names, suffix = _split(host)
    if not names:  # the host is a suffix itself ("gov.uk")
        return "-".join(suffix)
    name = names[-1]
    if len(name) <= _rules().short_name:
        return "-".join([name, *suffix])
    return name


def is_government(host: str) -> bool:
    """Whether ``host`` is a government's or an intergovernmental body's
    (``president.gov.ua``, ``diplomatie.gouv.fr``, ``kremlin.ru``, ``nato.int``)."""
    rules = _rules()
    names, suffix = _split(host)
    if any(label in rules.government_labels for label in suffix):
        return True
    if names and names[-1] in rules.government_names:
        return True
    return _within(host, frozenset(rules.government_domains))


def _within(host: str, domains: frozenset[str]) -> bool:
    labels = host.split(".")
    return any(".".join(labels[i:]) in domains for i in range(len(labels) - 1))


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, SourceEntry]:
    index: dict[str, SourceEntry] = {}
    for entry in lexicon.sources().sources:
        for domain in entry.domains:
            index.setdefault(domain.lower(), entry)
    return index


def entry_for_host(host: str | None) -> SourceEntry | None:
    """Return the catalogue's publisher whose domain ``host`` is or is under
    (the most specific domain wins: ``en.kremlin.ru`` before ``kremlin.ru``)."""
    if not host:
        return None
    index = _by_domain()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        found = index.get(".".join(labels[i:]))
        if found is not None:
            return found
    return None


def name_slug(name: str) -> str | None:
    """Return a slug for a publisher's display name (``Algérie Eco`` is
    ``algerie-eco``), or ``None`` when it has no letters or digits."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    slug = "-".join(re.findall(r"[a-z0-9]+", folded))
    return slug or None


@lru_cache(maxsize=1)
def _wire_segments() -> dict[str, SourceEntry]:
    out: dict[str, SourceEntry] = {}
    for entry in lexicon.sources().sources:
        if entry.kind == "wire":
            for name in (entry.id, *entry.cited_as):
                slug = name_slug(name)
                if slug:
                    out.setdefault(slug, entry)
    return out


_MAX_SEGMENTS = 8


def syndicated_from(url: str | None) -> list[SourceEntry | None]:
    """Return the agencies a URL's path files the page under
    (``/actualites/reuters/...``, ``/spa/1674022``), and ``None`` for a wire
    section of no named agency (``/wires/``): agency copy on that site."""
    if not url or "//" not in url:
        return []
    path = url.split("//", 1)[1].partition("/")[2].split("?", 1)[0].split("#", 1)[0]
    found: list[SourceEntry | None] = []
    sections = set(_rules().wire_sections)
    agencies = _wire_segments()
    for segment in path.lower().split("/")[:_MAX_SEGMENTS]:
        if segment in agencies:
            found.append(agencies[segment])
        elif segment in sections:
            found.append(None)
    return found
