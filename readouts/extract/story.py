"""What the whole text tells before its calls are grouped: each sentence's
facts, the people and who they are, the date sections, the dateline, the
headline's people and medium, and the hub (the leader most calls are about)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import chain

from dateutil.relativedelta import relativedelta

from .._document import Document
from .._models import Span
from .dates import find_dates, plausible, resolve
from .elect import elect_words, marks_elect
from ..pipeline.reading import read_title
from .facts import Facts, read_facts
from .people import Mention, PersonKey, find_mentions, is_companion
from .resolver import Resolver
from .tokens import tokenize

__all__ = ["DATELINE_REACH", "Story"]

# "BERLIN, March 4, 2022 (Reuters) -", "МОСКВА, 3 марта. /ТАСС/.", "Roma, 5 apr. (ANSA) -":
# how many sentences open a text with a dateline, and how many after it it dates.
DATELINE_REACH = 3


class Story:
    """A document read as a whole, once, for grouping and for the field builders."""

    def __init__(self, doc: Document, host_country: str | None, official: bool) -> None:
        self.doc = doc
        self.official = official
        self.host_country = host_country
        self.anchor: date | None = doc.anchor
        # A capture header with only a month ("date 2022-12") still gives the year.
        self.year_hint = doc.stamp.year if doc.stamp is not None else None
        self.facts = [read_facts(doc, s) for s in doc.sentences]
        quote, paragraph = False, -1
        for f in self.facts:
            if f.sentence.paragraph != paragraph:
                quote, paragraph = False, f.sentence.paragraph
            f.quoted = quote
            quote ^= f.sentence.text.count('"') % 2 == 1
        if self.year_hint is None:
            # "le 2 juin dernier" takes its year from the text's other dates.
            years = [r.year for f in self.facts for r in f.dates if r.year is not None]
            self.year_hint = max(years) if years else None
        self._local_surnames()
        title = read_title(doc)
        # The headline's people first: "the chancellor" below "Merkel telefoniert
        # mit Obama" is Merkel, whoever else the text names.
        heads = [m for m in title.mentions if m.key is not None] if title is not None else []
        named = [*heads, *(m for f in self.facts for m in f.mentions if m.key is not None)]
        self.resolver = Resolver(named, host_country, self.anchor or self._text_day())
        for f in self.facts:
            self.resolver.pin_counterparts(f.mentions)
        self.elect = self._elect()
        segment = 0
        self.segment_dates: dict[int, date | None] = {0: None}
        self.segment_spans: dict[int, Span] = {}
        told = False  # whether the current segment has reported a call yet
        for f in self.facts:
            f.persons = self._persons(f) or ()  # no list for no one: a long text has a Facts per sentence
            if f.heading:
                ref = next((r for r in f.dates if r.explicit), None)
                # A date line above the first call dates the text; one between
                # calls opens a new section ("7 November 2024 ... 27 November 2024 ...").
                if told:
                    segment += 1
                    told = False
                self.segment_dates[segment] = resolve(ref, self.anchor) if ref else None
                if ref is not None:
                    self.segment_spans[segment] = Span(start=ref.start, end=ref.end)
            told = told or f.cues.call
            f.segment = segment
        self.posts = self._posts()
        self.title_persons = self._title_persons()
        self.dateline, self.dateline_at, self.dateline_span = self._dateline()
        self.title_medium = self._title_medium()
        self.hub, self.partner = self._hub_and_partner()
        # What the field builders read from a sentence whatever the call: read
        # once per sentence, however many calls share it.
        self.durations: dict[int, tuple[int, int, int] | None] = {}
        self.topics: dict[int, list[tuple[str, int, int]]] = {}
        self.callers: dict[int, list[tuple[str, object, tuple[int, int]]]] = {}

    def _text_day(self) -> date | None:
        """The day an undated text speaks of, for who held an office then: a
        capture's month ("date 2015-03": its last day), else the latest full date the text
        writes (a date of an event, "the elections of 9 May 2010", is not its
        day); ``None`` when it writes none. Without it "the German chancellor"
        of a text about a call "on 3 March 2015" would be today's."""
        stamp = self.doc.stamp
        if stamp is not None:
            return plausible(date(stamp.year, stamp.month, stamp.day) if stamp.day else date(stamp.year, stamp.month, 1) + relativedelta(months=1, days=-1))
        days = [resolve(r, None) for f in self.facts for r in f.dates if r.year is not None and r.explicit and r.event is None]
        return max((d for d in days if d is not None), default=None)

    def _posts(self) -> dict[int, tuple[PersonKey | None, date | None]]:
        """For each body line an embedded post ends on: the leader who signed
        it (a name of the gazetteer, else ``None``) and the day it was posted.
        A leader's own post ("Just had a very good call with President X")
        tells of the author's call, on that day unless it says otherwise."""
        out: dict[int, tuple[PersonKey | None, date | None]] = {}
        for post in self.doc.posts:
            tokens = tokenize(post.author, 0, self.doc.language)
            author = next((m.key for m in find_mentions(tokens, self.doc.language, post.author, 0) if m.kind == "name"), None)
            day = _posted_day(post.posted, self.doc.language)
            out.setdefault(post.paragraph, (author, day))
        return out

    def _title_medium(self) -> str | None:
        title = read_title(self.doc)
        if title is None:
            return None
        cues = title.cues
        if cues.planned:
            return None
        return "video" if cues.video else "phone" if cues.phone else None

    def _local_surnames(self) -> None:
        """Once a person the gazetteer lacks is named in full ("José Manuel
        Albares"), their surname alone ("Albares") names them in later sentences."""
        local: dict[str, str] = {}
        for f in self.facts:
            for m in f.mentions:
                if m.kind == "unknown" and m.key and " " in m.key:
                    local.setdefault(f.tokens[m.last - 1].fold, m.key)
        if not local:
            return
        for f in self.facts:
            inside = {k for m in f.mentions for k in range(m.first, m.last)}
            extra = [
                Mention(i, i + 1, t.start, t.end, local[t.fold], None, None, "name")
                for i, t in enumerate(f.tokens)
                if i not in inside and t.capitalised and t.fold in local
            ]
            if extra:
                f.mentions = sorted([*f.mentions, *extra], key=lambda m: m.first)

    def _dateline(self) -> tuple[date | None, int, Span | None]:
        """The date of a dateline among the first sentences, where it stands, and its words."""
        for f in self.facts[:DATELINE_REACH + 1]:
            if f.dateline_end >= 0:
                ref = next((r for r in f.dates if r.explicit and r.start < f.dateline_end), None)
                if ref is not None:
                    return resolve(ref, self.anchor), f.sentence.index, Span(start=ref.start, end=ref.end)
        return None, -1, None

    def _title_persons(self) -> list[PersonKey]:
        title = read_title(self.doc)
        if title is None:
            return []
        return [k for k in (self.resolver.resolve(m) for m in title.mentions) if k is not None]

    def _persons(self, f: Facts) -> list[PersonKey]:
        out: list[PersonKey] = []
        for m in f.mentions:
            key = self.resolver.resolve(m)
            if key is None:
                continue
            if f.centre is None and not is_companion(f.tokens, m, self.doc.language):
                f.centre = key
            if key not in out:
                out.append(key)
        return out

    def _hub_and_partner(self) -> tuple[PersonKey | None, PersonKey | None]:
        if self.host_country:
            for f in self.facts:
                for p in f.persons:
                    if self.resolver.country_role(p)[0] == self.host_country:
                        hub: PersonKey | None = p
                        break
                else:
                    continue
                break
            else:
                hub = None
        else:
            hub = None
        counts: Counter[PersonKey] = Counter()
        order: dict[PersonKey, int] = {}
        for f in self.facts:
            for p in f.persons:
                order.setdefault(p, len(order))
                if f.cues.call:
                    counts[p] += 2 if p == f.centre else 1
        if hub is None and counts:
            hub = max(counts, key=lambda p: (counts[p], -order[p]))
        everywhere: Counter[PersonKey] = Counter(p for f in self.facts for p in f.persons)
        others = [p for p in everywhere if p != hub]
        partner = max(others, key=lambda p: (everywhere[p], -order[p])) if others else None
        return hub, partner

    def _elect(self) -> set[PersonKey]:
        """The people the text calls elect ("the president-elect", "le président élu")."""
        words = elect_words(self.doc.language)
        title = read_title(self.doc)
        heads = [(title.tokens, list(title.mentions))] if title is not None else []
        # One sentence's tokens at a time, only where someone is named: a large text rebuilds them.
        read = chain(((f.tokens, f.mentions) for f in self.facts if f.mentions), heads)
        out: set[PersonKey] = set()
        for tokens, mentions in read:
            if not mentions or not words.elect.any(tokens):  # no one to mark: the scan is skipped
                continue
            for m in mentions:
                key = self.resolver.resolve(m)
                if key is not None and key not in out and marks_elect(tokens, m, words):
                    out.add(key)
        return out


# Embedded posts print their date in the viewer's locale, which for pages
# captured by crawlers is mostly the platforms' default ("June 6, 2025").
_EMBED_LOCALE = "en"


def _posted_day(posted: str, language: str | None) -> date | None:
    """The day of a post's credit line, read in the page's language first and
    then in the embed's default locale; ``None`` when neither reads a date."""
    for lang in dict.fromkeys((language or _EMBED_LOCALE, _EMBED_LOCALE)):
        refs = find_dates(posted, tokenize(posted, 0, lang), lang)
        if refs:
            return resolve(refs[0], None)
    return None
