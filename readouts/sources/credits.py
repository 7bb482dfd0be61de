"""Credit lines: what a page says about where its text comes from.

- ``office_header``: an office's masthead or press-office header on
  one of the page's first lines ("Office of the Press Secretary", "A
  Downing Street spokesperson said:"), a palace dateline ("Palais de
  l'Élysée, Paris, le ..."), or a source line naming an office ("(Source:
  kremlin.ru)", "Quelle: Bundesregierung"): the office's own readout,
  wherever it is posted.
- ``republished_from``: the signs that a page carries another outlet's
  copy: a source line naming an outlet ("Quelle: dpa"), an agency byline
  ("Anadolu Agency", "Xinhua | 06.07.2021", "AFP / le 19 septembre"), a
  bare wire credit closing a paragraph ("(IANS)", "–ANI", "EFE"), a
  copyright line, or a phrase such as "reports citing TASS" or "based on
  material from dpa".

Every scan is one pass of one compiled pattern over a bounded zone of the
page (its first and last lines), with names looked up in dictionaries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .._casing import folded
from .._edges import edge_lines
from .._document import Document
from .._patterns import literal_union, word_start_matches
from ..extract.tokens import tokenize
from ..lexicon.schema import SourceEntry
from . import catalogue, domains
from .named_cues import OUTLET, lower_kept, named_around
from .self_named import own_report

__all__ = ["by_any_name", "credited_by_phrase", "licensed_from", "may_hold_copyright", "office_header", "republished_from"]

_HEAD_LINES = 12
_TAIL_LINES = 12
_QUOTE_HEADER_LINES = 4
_MASTHEAD_OFFSET = 40
"""A masthead may follow this many characters of a line ("- Geschrieben von ")."""
_CREDIT_LINE = 120
_LEAD_CHARS = 1500
_CUE_REACH = 60
_NAME_WORDS = 4


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def _alternation(phrases: list[str], *, keep_case: bool = False) -> str:
    """One trie-factored pattern for ``phrases``, lower-cased unless
    ``keep_case`` (then matched against text as written)."""
    fold = (lambda p: " ".join(p.replace("’", "'").split())) if keep_case else _fold
    return literal_union({fold(p) for p in phrases if p.strip()}, flexible_space=True)


def _lower(text: str) -> str:
    """``text`` lower-cased with its offsets kept."""
    return lower_kept(text)


def _runs_on(masthead: str) -> bool:
    text = masthead.replace("’", "'").rstrip()
    return not text[-1:].isalnum() or text.endswith("'s")


@lru_cache(maxsize=1)
def _office_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, SourceEntry]]:
    owners: dict[str, SourceEntry] = {}
    mastheads: list[str] = []
    datelines: list[str] = []
    for s in lexicon.sources().sources:
        if s.kind != "official":
            continue
        for m in s.mastheads:
            owners.setdefault(_fold(m), s)
            mastheads.append(m)
        for m in s.datelines:
            owners.setdefault(_fold(m), s)
            datelines.append(m)
    # Written as the office writes them, case and all, and ending the line or
    # its phrase: "The White House said" in a lead is no masthead.
    # A masthead that ends in a word must end its line or phrase; one that
    # ends in punctuation or a possessive ("Readout of the Secretary-General's")
    # opens a headline and may run on.
    whole = [m for m in mastheads if not _runs_on(m)]
    opening = [m for m in mastheads if _runs_on(m)]
    alternatives = []
    if whole:
        alternatives.append(rf"(?:{_alternation(whole, keep_case=True)})(?=\s*(?:$|[:|\]\-–—(]))")
    if opening:
        alternatives.append(f"(?:{_alternation(opening, keep_case=True)})")
    mast = re.compile(rf"^(.{{0,{_MASTHEAD_OFFSET}}}?)({'|'.join(alternatives)})", re.M) if alternatives else None
    date = re.compile(f"({_alternation(datelines, keep_case=True)})") if datelines else None
    return mast, date, owners


@lru_cache(maxsize=1)
def _source_line() -> re.Pattern[str]:
    labels = _alternation(lexicon.sources().source_labels)
    # The credit may run into the text when a capture glued the lines together.
    return re.compile(rf"^[\s(\[\-–—•*]*(?:{labels})\s*[:：]\s*([^\n]{{1,{_CREDIT_LINE}}})", re.M)


@lru_cache(maxsize=1)
def _names() -> dict[str, SourceEntry]:
    """Folded name, citation form and domain -> publisher."""
    out: dict[str, SourceEntry] = {}
    for s in lexicon.sources().sources:
        for n in (s.name, *s.cited_as, *s.domains):
            out.setdefault(_fold(n), s)
    return out


def by_any_name(text: str) -> SourceEntry | None:
    """Return the publisher whose name, citation form or domain ``text`` is
    (case and spacing aside), or ``None``."""
    return _names().get(_fold(text))


_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b")
_SPLIT = re.compile(r"\s*(?:[/|,;()\[\]]|\s[-–—]\s|\band\b|\bund\b|\bet\b|\be\b|\by\b)\s*")


def _named(text: str) -> list[SourceEntry]:
    """The catalogued publishers a short credit names, in order: whole
    parts looked up by name, domains by host, then citation forms."""
    found: list[SourceEntry] = []
    folded = _fold(text).strip(" .")
    for part in _SPLIT.split(folded):
        entry = _names().get(part.strip(" .\"'«»“”"))
        if entry is not None and entry not in found:
            found.append(entry)
    for host in _DOMAIN.findall(folded):
        entry = domains.entry_for_host(host)
        if entry is not None and entry not in found:
            found.append(entry)
    if not found:
        by_id = catalogue.by_id()
        for sid in catalogue.cited_in(tokenize(text)):
            entry = by_id.get(sid)
            if entry is not None and entry not in found:
                found.append(entry)
    return found


def _zone(doc: Document) -> tuple[str, str]:
    lines = edge_lines(doc.full, max(_HEAD_LINES, _TAIL_LINES))  # not every line of a long page
    return "\n".join(lines[:_HEAD_LINES]), "\n".join(lines[-_TAIL_LINES:])


def _credits(doc: Document) -> list[SourceEntry | None]:
    """Publishers named on source lines (``doc.signals``' when the document
    has been read, else read now)."""
    return list(doc.signals.credits) if doc.signals is not None else read_credits(doc)


def read_credits(doc: Document) -> list[SourceEntry | None]:
    """Read the publishers named on source lines of the page's head and foot
    (``None`` for a line naming none of the catalogue)."""
    head, tail = _zone(doc)
    found: list[SourceEntry | None] = []
    pattern = _source_line()
    for zone in (head, tail) if tail != head else (head,):
        lowered = _lower(zone)
        for m in pattern.finditer(lowered):
            named = _named(zone[m.start(1) : m.end(1)])
            found.extend(named or [None])
    return found


def office_header(doc: Document) -> SourceEntry | None:
    """Return the office whose masthead, header, dateline or source line the
    page shows, or ``None`` (``doc.signals``' when the document has been
    read, else read now)."""
    return doc.signals.office if doc.signals is not None else read_office(doc, _credits(doc))


def read_office(doc: Document, credits: list[SourceEntry | None]) -> SourceEntry | None:
    """Read the office whose masthead, header or dateline the page's head
    shows, else the first office its source lines (``credits``) name, or ``None``."""
    mast, date, owners = _office_patterns()
    head, _ = _zone(doc)
    folded = head.replace("’", "'")
    hits: list[tuple[int, SourceEntry]] = []
    if mast is not None:
        for m in mast.finditer(folded):
            # "A Downing Street spokesperson said:" heads the text; further
            # down a page it is a quotation in a report.
            if m.group(2).rstrip().endswith(":") and folded.count("\n", 0, m.start()) >= _QUOTE_HEADER_LINES:
                continue
            hits.append((m.start(2), owners[_fold(m.group(2))]))
    if date is not None:
        for m in date.finditer(folded):
            hits.append((m.start(1), owners[_fold(m.group(1))]))
    if hits:
        return min(hits, key=lambda h: h[0])[1]
    for entry in credits:
        if entry is not None and entry.kind == "official":
            return entry
    return None


@lru_cache(maxsize=1)
def _wire_names() -> dict[str, SourceEntry]:
    return {k: s for k, s in _names().items() if s.kind == "wire" and "." not in k}


_BYLINE = re.compile(r"^[\s\-–—•*]*(?:by\s+|von\s+|par\s+|por\s+|di\s+)?(?:staff\s+)?([^\n|/,]{2,60}?)\s*(?:$|[|/,]|\s[-–—]\s)", re.M | re.I)
_BYLINE_WORDS = 4
_BYLINE_REST = 3
"""An agency byline is the agency's name, then at most this many words (a city, a date)."""


def _byline_agency(part: str) -> SourceEntry | None:
    """The agency a head line's first part names ("Associated Press Pékin",
    "EFE", "Anadolu Agency"), or ``None``."""
    words = part.split()
    wires = _wire_names()
    for n in range(min(len(words), _BYLINE_WORDS), 0, -1):
        if len(words) - n > _BYLINE_REST:
            break
        entry = wires.get(_fold(" ".join(words[:n])))
        if entry is not None:
            return entry
    return None
_PAREN = re.compile(r"[(\[]([^()\[\]\n]{2,30})[)\]]")
_CREDIT_CHARS = 32
_LEAD_CREDIT_CHARS = 150
_SENTENCE_END = ".!?»”\"'"


def _ends_with(line: str, name: str) -> bool:
    return line.rstrip().rstrip(".").rstrip().rstrip(")]").rstrip().endswith(name)


def _credit_names(line: str, *, lead: bool) -> list[str]:
    """Names a line may end with as a bare credit ("... (IANS)", "–ANI",
    "... rusa. EFE"), and in a lead line the parenthesised names of its
    dateline ("New Delhi, May 5 (IANS)")."""
    text = line.rstrip().rstrip(".").rstrip()
    out: list[str] = []
    if text.endswith((")", "]")):
        i = max(text.rfind("("), text.rfind("["))
        if i >= 0 and len(text) - i <= _CREDIT_CHARS:
            out.append(text[i + 1 : -1])
    for dash in ("--", "–", "—", "-", "|"):
        i = text.rfind(dash)
        if i >= 0 and len(text) - i <= _CREDIT_CHARS and (i == 0 or text[i - 1].isspace() or dash != "-"):
            out.append(text[i + len(dash) :])
    j = text.rfind(" ")
    if j < 0 or (j > 0 and text[j - 1] in _SENTENCE_END):
        out.append(text[j + 1 :])
    if lead:
        out.extend(m.group(1) for m in _PAREN.finditer(text[:_LEAD_CREDIT_CHARS]))
    return out
_CLIENT_NOTICE = re.compile(r"may\s+not\s+be\s+(?:published|reproduced|redistributed)|rewritten\s+or\s+redistributed", re.I)
_COPYRIGHT = re.compile(r"(?:^|\s)(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?([^\n.]{2,60})", re.I)


def may_hold_copyright(page: str) -> bool:
    """Whether ``page``, folded (``_casing.folded``), may hold a copyright
    line ("©", "(c)", "Copyright" in any case): where it does not, no scan for one is needed."""
    return "©" in page or "(C)" in page or "COPYRIGHT" in page


@lexicon.derived
def _cues(language: str) -> re.Pattern[str] | None:
    # Phrases that name their outlet before or inside them are named_cues'.
    phrases = [w for data, mode in lexicon.layers(language, "republished_cues") for w in data.republished_cues if lexicon.borrows(mode, w) and OUTLET not in w]
    if not phrases:
        return None
    # Matched at word starts by word_start_matches.
    return re.compile(rf"(?:{_alternation(phrases)})(?!\w)\s*[:«\"“']?\s*([^\n]{{1,{_CUE_REACH}}})")


def republished_from(doc: Document) -> list[str] | None:
    """Return the ids of the outlets whose copy the page carries (nearest
    first; empty when the URL's wire section names no catalogued agency), or
    ``None`` when the page shows no sign of republishing (``doc.signals``'
    when the document has been read, else read now)."""
    if doc.signals is not None:
        return list(doc.signals.republished) if doc.signals.republished is not None else None
    return read_republished(doc, _credits(doc))[0]


def licensed_from(doc: Document) -> list[str]:
    """Return the ids of the agencies whose copyright notice to clients the
    page's foot carries ("Copyright 2014 The Associated Press. All rights
    reserved. This material may not be published...")."""
    if doc.signals is not None:
        return list(doc.signals.licensed)
    return read_republished(doc, _credits(doc))[1]


def read_republished(doc: Document, credits: list[SourceEntry | None]) -> tuple[list[str] | None, list[str]]:
    """Read the outlets whose copy the page carries (see ``republished_from``;
    ``credits``: its source lines'), and the agencies whose copyright notice
    to clients it carries (see ``licensed_from``)."""
    ids: list[str] = []
    signal = False

    def add(entries: list[SourceEntry]) -> None:
        for e in entries:
            if e.kind != "official" and e.id not in ids:
                ids.append(e.id)

    # A source line naming no catalogued outlet is as often a photo credit
    # ("Źródło: Twitter") as a wire's: it proves nothing.
    for entry in credits:
        if entry is not None and entry.kind != "official":
            signal = True
            add([entry])
    for entry in domains.syndicated_from(doc.url):
        signal = True
        add([entry] if entry is not None else [])
    head, tail = _zone(doc)
    wires = _wire_names()
    for m in _BYLINE.finditer(head):
        entry = _byline_agency(m.group(1))
        if entry is not None:
            signal = True
            add([entry])
    lines = edge_lines(doc.text, 4)  # the first two and the last four after them, of a long page too
    body_lines = [(line, True) for line in lines[:2]] + [(line, False) for line in lines[2:][-4:]]
    for line, opening in body_lines:
        for name in _credit_names(line, lead=opening):
            # "(dpa-AFX/cw)": the agency, then its editor's initials.
            entry = wires.get(_fold(name.split("/")[0]).strip(" .\"'"))
            # A dateline credit of an agency with a signature of its own
            # ("(Xinhua) --") is that signature's business, not a credit.
            if entry is not None and not (opening and entry.signatures and not _ends_with(line, name)):
                signal = True
                add([entry])
    licensed: list[str] = []
    for m in _COPYRIGHT.finditer(tail) if may_hold_copyright(folded(tail)) else ():
        named = [e for e in _named(m.group(1)) if e.kind == "wire"]
        if named:
            signal = True
            add(named)
            if _CLIENT_NOTICE.search(tail, m.end()):
                licensed.extend(e.id for e in named)
    if own_report(doc) is None:
        # An outlet that names itself as the author ("as we reported") cites
        # others for what it tells; it does not carry their copy.
        credited = credited_by_phrase(doc)
        signal = signal or bool(credited)
        add(credited)
    return (ids if signal else None), licensed


def credited_by_phrase(doc: Document) -> list[SourceEntry]:
    """Return the outlets the lead or the foot of ``doc`` names with a
    phrase of ``republished_cues`` ("based on material from dpa", "передає
    УНН", "据新华社报道"), in order: an agency credited so is not the
    page's author, even where its name opens the text."""
    lead = doc.text[:_LEAD_CHARS] + "\n" + doc.text[-_LEAD_CHARS // 3 :]
    lowered = _lower(lead)
    found: list[SourceEntry] = []
    cues = _cues(doc.language)
    for m in word_start_matches(cues, lowered) if cues is not None else ():
        rest = lead[m.start(1) : m.end(1)]
        # The phrase's last word may begin the name ("segundo a agência" + "Brasil").
        last = lowered.rfind(" ", m.start(), m.start(1) - 1) + 1
        named = _named_in(rest) or (_named_in(lead[last : m.end(1)]) if last > m.start() else [])
        found.extend(e for e in named[:1] if e.kind in _OUTLET_KINDS)
    found.extend(entry for _, entry in named_around(lowered, doc.language, "republished_cues") if entry.kind in _OUTLET_KINDS)
    return found


_OUTLET_KINDS = ("wire", "news", "aggregator")


_WORD = re.compile(r"[^\W_][\w.-]*")


def _named_in(text: str) -> list[SourceEntry]:
    """The first publisher named at the start of ``text`` ("dpa erstellt",
    "the Deutsche Presse-Agentur (dpa)"), by name or by citation form."""
    words = _WORD.findall(text)[:_NAME_WORDS]
    names = _names()
    for n in range(len(words), 0, -1):
        entry = names.get(_fold(" ".join(words[:n])).rstrip("."))
        if entry is not None:
            return [entry]
    by_id = catalogue.by_id()
    out: list[SourceEntry] = []
    for sid in catalogue.cited_in(tokenize(text)):
        entry = by_id.get(sid)
        if entry is not None:
            out.append(entry)
    return out[:1]
