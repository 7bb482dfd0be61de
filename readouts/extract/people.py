"""Find the people a sentence mentions (``resolver`` tells who they are in
the whole document).

Three kinds of mention, all found with the same phrase matchers:

* a name of the gazetteer (``Vladimir Putin``, ``Макроном``), with the title
  and country words around it (``Russian President``, ``of Japan``);
* a title with a country and no name (``the French president``, ``le
  Président de la République``, ``il premier italiano``), resolved to a
  person named elsewhere in the text or, failing that, to whoever held that
  office on the date (the gazetteer's terms);
* a title followed by capitalised words that the gazetteer does not know
  (``Prime Minister Kristen Michal``): the title gives role and country.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from typing import Any

from .. import lexicon
from .gazetteer import ANY_ROLE, Gazetteer, Names, gazetteer
from .ordinal_titles import ordinal_positions
from .tokens import PhraseMatcher, Token, fold, morphology, phrase_tokens

__all__ = ["ANY_ROLE", "Mention", "PersonKey", "Vocabulary", "find_mentions", "gazetteer", "is_companion", "mentions_in", "vocabulary"]

_COMMAS = frozenset(",،")  # the Latin and the Arabic comma
_CLAUSE_MARKS = frozenset(",;:()،؛")  # what a title does not reach across to a name

PersonKey = str
"""Identity of a person within one document: the gazetteer name, or the
name as written for a person the gazetteer does not know."""

_MAX_TITLE_GAP = 6
_GENERIC_MINISTER = "minister"


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference to a person in a sentence (token indices are sentence-local)."""

    first: int
    last: int
    start: int
    end: int
    key: PersonKey | None
    """``None`` for an unresolved descriptor (resolved later, per document)."""
    role: str | None
    country: str | None
    kind: str
    """``name``, ``descriptor`` or ``unknown``."""
    home: bool = False
    """Named by a title of the publishing state ("le Président de la République",
    "der Bundeskanzler"): the state is the one whose office publishes the text."""
    counterpart: bool = False
    """Introduced as someone's counterpart ("his Polish counterpart, Radosław
    Sikorski"): of the same office as the other side, whatever that is."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    titles: PhraseMatcher[str]
    home_titles: PhraseMatcher[str]
    country_names: PhraseMatcher[str]
    country_adjectives: PhraseMatcher[str]
    counterparts: PhraseMatcher[bool]
    aides: PhraseMatcher[bool]
    home_country: str | None
    conjunctions: frozenset[str]
    names: Names
    fillers: frozenset[str]
    name_stops: frozenset[str]
    title_prefixes: frozenset[str]
    companions: frozenset[str]
    matchers: frozenset[PhraseMatcher[Any]]
    """The title, country, aide and name matchers: those a group tests on each sentence (see ``mentions_in``)."""
    ordinals: frozenset[str] = frozenset()
    plain_words: frozenset[str] = frozenset()
    """Words capitalised for other reasons than being a name: stop words,
    name stops, title prefixes, months, weekdays and relative days."""


def _words(language: str, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words(language, key))


@lexicon.derived
def _fillers() -> frozenset[str]:
    # Every language's: names carry their particles across languages ("von der Leyen").
    return frozenset(fold(w) for code in lexicon.LANGUAGES for w in lexicon.language(code).fillers)


@lexicon.derived
def vocabulary(language: str) -> Vocabulary:
    """The title, country and name matchers of ``language``, with its own and borrowed words."""
    titles = [(w, role) for d, mode in lexicon.layers(language, "titles") for role, words in d.titles.items() for w in words if lexicon.borrows(mode, w)]
    home = [(w, role) for w, role in lexicon.language(language).home_titles.items()]
    names: list[tuple[str, str]] = []
    adjectives: list[tuple[str, str]] = []
    layers = lexicon.layers(language, "countries")
    for country in lexicon.countries().countries:
        for d, mode in layers:
            names += [(n, country.code) for n in country.names.get(d.code, ()) if lexicon.borrows(mode, n)]
            adjectives += [(a, country.code) for a in country.adjectives.get(d.code, ()) if lexicon.borrows(mode, a)]
        names += [(m, country.code) for m in country.metonyms]
    counterparts = [(w, True) for w in _words(language, "counterpart_words")]
    morph = morphology(language)
    matchers: dict[str, PhraseMatcher[Any]] = dict(
        titles=PhraseMatcher(titles, morphology=morph),
        home_titles=PhraseMatcher(home, morphology=morph),
        country_names=PhraseMatcher(names, morphology=morph, capital=True),
        country_adjectives=PhraseMatcher(adjectives, morphology=morph),
        counterparts=PhraseMatcher(counterparts, morphology=morph),
        aides=PhraseMatcher([(w, True) for w in _words(language, "aide_words")], morphology=morph),
    )
    people = gazetteer().names(morph)
    return Vocabulary(
        **matchers,
        home_country=lexicon.language(language).home_country,
        conjunctions=_words(language, "conjunctions"),
        names=people,
        matchers=frozenset([*matchers.values(), people.matcher]),
        fillers=_fillers(),
        name_stops=_words(language, "name_stops"),
        # "vice-Premier ministre", "Deputy Prime Minister": parts of the title before it.
        title_prefixes=_words(language, "title_prefixes"),
        companions=frozenset(fold(w) for w in lexicon.language(language).companion_words),
        ordinals=frozenset(fold(w) for w in lexicon.language(language).ordinal_titles),
        plain_words=_plain_words(language),
    )


def _plain_words(language: str) -> frozenset[str]:
    data = lexicon.language(language)
    phrases = [*data.stopwords, *data.name_stops, *data.title_prefixes, *data.months, *data.weekdays, *data.relative_days]
    return frozenset(w for phrase in phrases for w in phrase_tokens(phrase))


_Live = set[PhraseMatcher[Any]] | None
"""The matchers of a vocabulary that may match in a sentence (``LexiconGroup.live``); ``None``: any."""


@dataclass(slots=True)
class _Slot:
    role: str | None = None
    country: str | None = None
    home: bool = False
    counterpart: bool = False


def _annotate(tokens: list[Token], vocab: Vocabulary, live: _Live = None) -> list[_Slot | None]:
    """Mark each token that is part of a title or a country word (of the
    matchers ``live`` holds: all for ``None``)."""
    slots: list[_Slot | None] = [None] * len(tokens)
    for matcher, field in (
        (vocab.home_titles, "home"),
        (vocab.titles, "role"),
        (vocab.country_names, "country"),
        (vocab.country_adjectives, "country"),
        (vocab.counterparts, "counterpart"),
    ):
        if live is not None and matcher not in live:
            continue
        free_from = 0
        for m in matcher.starts(tokens):
            # Every start is tried: a longer phrase overlapping a title ("Republic
            # of Turkiye" after "President of the Republic") must not hide a
            # shorter one inside it.
            if m.first < free_from or any(slots[k] is not None for k in range(m.first, m.last)):
                continue
            slot = _Slot()
            if field == "home":
                slot.role, slot.home = str(m.value), True
            elif field == "role":
                slot.role = str(m.value)
            elif field == "country":
                slot.country = str(m.value)
            else:
                slot.counterpart = True
            for k in range(m.first, m.last):
                slots[k] = slot
            free_from = m.last
    if vocab.ordinals:
        for i in ordinal_positions(tokens, slots, vocab.ordinals):
            slots[i] = None  # "leur premier échange": an ordinal, no title
    return slots


def _within_country(slots: list[_Slot | None], first: int, last: int) -> bool:
    """Whether tokens ``first..last`` are all one country phrase (or lie inside one)."""
    slot = slots[first]
    return slot is not None and bool(slot.country) and all(slots[k] is slot for k in range(first, last))


def _context(
    tokens: list[Token], slots: list[_Slot | None], first: int, last: int, text: str, offset: int, vocab: Vocabulary,
    initials: frozenset[str] = frozenset(),
) -> tuple[int, int, _Slot]:
    """Widen a name over the title and country words around it (and over a
    given name the gazetteer does not spell, beginning with one of ``initials``,
    between a title and the name: "Президентом Франції Еммануелем Макроном")."""
    ctx = _Slot()
    i = first
    gap = 0
    fillers, joins = vocab.fillers, vocab.conjunctions
    while i > 0 and gap < _MAX_TITLE_GAP:
        slot = slots[i - 1]
        between = text[tokens[i - 1].end - offset : tokens[i].start - offset]
        if not _CLAUSE_MARKS.isdisjoint(between) and not (slot is not None and slot.role):
            # "la parte francese, Vladimir Putin": across a comma only a title
            # ("the President of Ukraine, Volodymyr Zelensky") belongs to the name.
            break
        if slot is not None:
            ctx.role = ctx.role or slot.role
            ctx.country = ctx.country or slot.country
            ctx.home = ctx.home or slot.home
            i -= 1
            gap = 0
        elif tokens[i - 1].fold in fillers:
            i -= 1
            gap += 1
        elif tokens[i - 1].fold in joins and i >= 2 and slots[i - 2] is not None and slots[i - 2].country:  # type: ignore[union-attr]
            i -= 1  # "Presidents of Russia and Azerbaijan Vladimir Putin and Ilham Aliyev"
            gap += 1
        elif (
            i == first and i >= 2 and tokens[i - 1].capitalised and tokens[i - 1].fold[:1] in initials
            and slots[i - 2] is not None and text[tokens[i - 2].end - offset : tokens[i - 1].start - offset].strip() == ""
        ):
            i -= 1  # an inflected given name: "прем'єр-міністром Естонії Каєю Каллас"
            gap += 1
        else:
            break
    while i < first and (slots[i] is None):
        i += 1  # do not start a mention on a filler word
    j = last
    # "Shinzo Abe of Japan", "Donald Trump, President of the United States"
    k = last
    while k < len(tokens) and k - last <= 5 and (tokens[k].fold in fillers or slots[k] is not None):
        if k == last and _COMMAS & set(text[tokens[k - 1].end - offset : tokens[k].start - offset]) and _not_its_title(tokens, slots, k):
            # "Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron ile": a title after
            # a comma that runs into a name is that name's, not this one's.
            break
        if slots[k] is not None:
            s = slots[k]
            assert s is not None
            if s.country and not ctx.country:
                ctx.country = s.country
            if s.role and not ctx.role:
                ctx.role = s.role
            j = k + 1
        k += 1
    return i, j, ctx


def _not_its_title(tokens: list[Token], slots: list[_Slot | None], k: int) -> bool:
    """Whether the title and country words from token ``k``, after a comma, belong elsewhere:
    they name no role ("Erdoğan, İtalyan tarafının") or run into a name of their own."""
    role = False
    while k < len(tokens) and slots[k] is not None:
        role = role or bool(slots[k].role)  # type: ignore[union-attr]
        k += 1
    return not role or (k < len(tokens) and tokens[k].capitalised)


def _titled_surname(tokens: list[Token], j: int, ctx: _Slot, gaz: Gazetteer, names: Names) -> str | None:
    """The gazetteer person whose surname follows a title ("President Duda")."""
    token = tokens[j]
    if not token.capitalised:
        return None
    candidates = names.last_words.get(names.key(token.fold), [])
    if ctx.role and ctx.role != ANY_ROLE:
        held = [c for c in candidates if any(t.role == ctx.role for t in gaz.by_name[c].terms)]
        candidates = held or candidates
    return candidates[0] if len(candidates) == 1 else None


def _spelled_surname(tokens: list[Token], first: int, last: int, ctx: _Slot, gaz: Gazetteer, names: Names) -> str | None:
    """The gazetteer person a titled name the gazetteer does not spell this way
    stands for ("главою МЗС Польщі Збігнєвом Рау": Zbigniew Rau): its last word
    is one of their surnames under the language's endings, its first word begins
    as one of their given names does, and the title's country or office is theirs.
    ``None`` unless exactly one person fits."""
    candidates = names.last_words.get(names.key(tokens[last - 1].fold), [])
    if not candidates or not (ctx.country or ctx.role not in (None, ANY_ROLE)):
        return None
    initial = tokens[first].fold[:1]
    fits = []
    for name in candidates:
        person = gaz.by_name[name]
        if initial not in names.initials.get(name, ()):
            continue
        if ctx.country and ctx.country not in {person.country, *(t.country for t in person.terms)}:
            continue
        if ctx.role not in (None, ANY_ROLE, _GENERIC_MINISTER) and not any(t.role == ctx.role for t in person.terms):
            continue
        fits.append(name)
    return fits[0] if len(fits) == 1 else None


def _after_aide(tokens: list[Token], slots: list[_Slot | None], first: int, aide_ends: set[int], fillers: frozenset[str]) -> bool:
    """Whether the titles and country words before token ``first`` follow an aide word."""
    k = first
    while k > 0 and k not in aide_ends and (slots[k - 1] is not None or tokens[k - 1].fold in fillers):
        k -= 1
    return k in aide_ends


def _joined(text: str, offset: int, tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` follows its title directly or after one comma."""
    if j == 0:
        return True
    between = text[tokens[j - 1].end - offset : tokens[j].start - offset].strip()
    return between in ("", ",")


def _name_before(tokens: list[Token], first: int, known: set[int], text: str, offset: int, stops: frozenset[str]) -> int:
    """Where a run of 2-4 capitalised unknown words ends right before ``, <title>``; else ``first``."""
    if first < 2 or text[tokens[first - 1].end - offset : tokens[first].start - offset].strip() != ",":
        return first
    k = first
    while k > 0 and first - k < 4 and tokens[k - 1].upper and k - 1 not in known and tokens[k - 1].fold not in stops:
        if k < first and text[tokens[k - 1].end - offset : tokens[k].start - offset].strip() not in ("", "-"):
            break
        k -= 1
    return k if first - k >= 2 else first


def _unknown_name(tokens: list[Token], start: int, known: set[int], stops: frozenset[str]) -> int:
    """Return the end of a run of 2-4 capitalised unknown words at ``start``."""
    j = start
    # Only a script with capitals shows where an unknown name starts and ends.
    while j < len(tokens) and j - start < 4 and tokens[j].upper and j not in known:
        if tokens[j].fold in stops or tokens[j].text.isupper() and len(tokens[j].text) > 3:
            break
        j += 1
    # Initials alone ("S. V." before a known surname) are no name.
    if j - start < 2 or all(len(t.text) < 3 for t in tokens[start:j]):
        return start
    return j


def find_mentions(tokens: list[Token], language: str, text: str = "", offset: int = 0) -> list[Mention]:
    """Return the person mentions among ``tokens``, in order.

    ``text`` is the text the tokens were cut from (starting at ``offset``);
    its punctuation tells which title words go with which name. Two passes:
    the names of the gazetteer, then the titles that head no such name.
    """
    return mentions_in(tokens, vocabulary(language), text, offset)


def mentions_in(tokens: list[Token], vocab: Vocabulary, text: str = "", offset: int = 0, live: _Live = None) -> list[Mention]:
    """``find_mentions`` with the ``vocabulary`` of the language; ``live``,
    when given, holds (at least) those of its matchers that may match in
    ``tokens`` (``LexiconGroup.live`` of a group holding these very
    matchers); ``None``: all may."""
    if not text and tokens:
        offset = 0
        text = " " * tokens[-1].end
    if live is not None and live.isdisjoint(vocab.matchers):
        return []  # no title, country or name word: most sentences of a page
    slots = _annotate(tokens, vocab, live)
    mentions, taken = _name_pass(tokens, slots, text, offset, vocab, live)
    known = taken.union(compress(range(len(slots)), slots))  # the indexes of the slots set
    mentions += _title_pass(tokens, slots, taken, known, text, offset, vocab, live)
    mentions.sort(key=lambda m: m.first)
    return mentions


def _name_pass(
    tokens: list[Token], slots: list[_Slot | None], text: str, offset: int, vocab: Vocabulary, live: _Live = None
) -> tuple[list[Mention], set[int]]:
    """The names of the gazetteer ("Vladimir Putin", "Макроном"), each with
    the title and country words around it, and the token indexes they take."""
    mentions: list[Mention] = []
    taken: set[int] = set()
    if live is not None and vocab.names.matcher not in live:
        return mentions, taken
    end = 0
    for m in vocab.names.matcher.finditer(tokens):
        if _within_country(slots, m.first, m.last):
            continue  # "Georgia", "Jordan": a country, not a person
        if m.last - m.first == 1 and m.first > end and _other_given_name(tokens, slots, m.first, m.value, text, offset, vocab):
            continue  # "Lyndon Johnson", "Diane Abbott": another person of that surname
        end = m.last
        for k in range(m.first, m.last):
            slots[k] = None  # "Kim Jong Un": "Un" is part of the name, not the United Nations
        given = vocab.names.initials.get(m.value, frozenset())
        first, last, ctx = _context(tokens, slots, m.first, m.last, text, offset, vocab, given)
        taken.update(range(first, last))
        mentions.append(
            Mention(first, last, tokens[first].start, tokens[last - 1].end, m.value, ctx.role, ctx.country, "name")
        )
    return mentions, taken


def _other_given_name(
    tokens: list[Token], slots: list[_Slot | None], at: int, name: str, text: str, offset: int, vocab: Vocabulary
) -> bool:
    """Whether the word right before the one-word name at ``at`` is a given
    name not of ``name`` (a capitalised word of a cased script, mid-sentence,
    with nothing between, that is no title, country, filler, stop word or date
    word, and whose first letter none of their given names has)."""
    if at < 2:
        return False  # the sentence's first word is capitalised whatever it is
    prev = tokens[at - 1]
    first = prev.text[:1]
    if not (first.isupper() and prev.fold.isalpha() and len(prev.fold) > 1) or slots[at - 1] is not None:
        return False
    if text[prev.end - offset : tokens[at].start - offset].strip():
        return False
    if prev.fold in vocab.fillers or prev.fold in vocab.plain_words:
        return False
    given = vocab.names.given_initials.get(name)
    return given is not None and bool(given) and prev.fold[:1] not in given


def _title_pass(
    tokens: list[Token],
    slots: list[_Slot | None],
    taken: set[int],
    known: set[int],
    text: str,
    offset: int,
    vocab: Vocabulary,
    live: _Live = None,
) -> list[Mention]:
    """Titles that head no known name: each is a gazetteer surname after it
    ("President Duda"), a name in apposition (``_apposition``), or else a
    descriptor ("the French president"). Adds what they take to ``taken``."""
    mentions: list[Mention] = []
    # Only a token with a slot can head a title: the others are not visited.
    heads = [i for i in compress(range(len(slots)), slots) if i not in taken]
    if not heads:
        return mentions
    gaz = gazetteer()
    aide_ends = {m.last for m in vocab.aides.finditer(tokens)} if live is None or vocab.aides in live else set()
    resume = 0
    for i in heads:
        slot = slots[i]
        if i < resume or i in taken or slot is None or (slot.role is None and not slot.counterpart):
            continue
        first, j, ctx = _title_run(tokens, slots, i, taken, vocab)
        titled = _titled_surname(tokens, j, ctx, gaz, vocab.names) if j < len(tokens) and j not in taken else None
        if titled is not None:
            mentions.append(Mention(first, j + 1, tokens[first].start, tokens[j].end, titled, ctx.role, ctx.country, "name"))
            taken.update(range(first, j + 1))
            resume = j + 1
            continue
        found = _apposition(tokens, slots, first, j, ctx, known, aide_ends, text, offset, vocab) or _descriptor(tokens, first, j, ctx, vocab)
        if found is not None:
            mentions.append(found)
            taken.update(range(found.first, found.last))
        resume = max(j, i + 1)
    return mentions


def _title_run(tokens: list[Token], slots: list[_Slot | None], i: int, taken: set[int], vocab: Vocabulary) -> tuple[int, int, _Slot]:
    """The title words from ``i`` on (fillers between them), with the country
    words before them ("the French president"): where the run starts and
    ends, and the role, country and kind of title it gives."""
    j = i
    ctx = _Slot()
    while j < len(tokens) and (slots[j] is not None or tokens[j].fold in vocab.fillers) and j not in taken:
        s = slots[j]
        if s is not None and s.role and ctx.role and s is not slots[j - 1]:
            if ctx.role != _GENERIC_MINISTER:
                break  # a second title starts a second person ("the President and the Chancellor")
            ctx.role = s.role  # "ministro español de Asuntos Exteriores": the portfolio names the office
        if s is not None:
            ctx.role = ctx.role or s.role
            ctx.country = ctx.country or s.country
            ctx.home = ctx.home or s.home
            ctx.counterpart = ctx.counterpart or s.counterpart
        j += 1
    first = i
    while first > 0 and first - 1 not in taken:
        left = slots[first - 1]
        if left is not None and left.country:
            ctx.country = ctx.country or left.country
        elif tokens[first - 1].fold not in vocab.title_prefixes:
            break
        first -= 1
    while j > i and slots[j - 1] is None:
        j -= 1  # no trailing fillers
    return first, j, ctx


def _apposition(
    tokens: list[Token],
    slots: list[_Slot | None],
    first: int,
    j: int,
    ctx: _Slot,
    known: set[int],
    aide_ends: set[int],
    text: str,
    offset: int,
    vocab: Vocabulary,
) -> Mention | None:
    """A name beside the title ``tokens[first:j]`` that the gazetteer does
    not know as written: after it ("Prime Minister Kristen Michal", "su
    homólogo brasileño, Mauro Vieira") or before it ("Radosław Sikorski,
    Minister of Foreign Affairs of Poland"); ``None`` when there is none."""
    gaz = gazetteer()
    end = _unknown_name(tokens, j, known, vocab.name_stops) if j < len(tokens) and _joined(text, offset, tokens, j) else j
    before = _name_before(tokens, first, known, text, offset, vocab.name_stops) if end == j else first
    if aide_ends and _after_aide(tokens, slots, first, aide_ends, vocab.fillers):
        return None  # "doradca prezydenta Jan Nowak": the title is the leader's, the name an aide's.
    if before < first and ctx.role not in (None, ANY_ROLE):
        # The title follows the name.
        known_as = _spelled_surname(tokens, before, first, ctx, gaz, vocab.names)
        name = known_as or " ".join(t.text for t in tokens[before : first])
        return Mention(
            before, j, tokens[before].start, tokens[j - 1].end, name, ctx.role, ctx.country,
            "name" if known_as else "unknown", counterpart=ctx.counterpart,
        )
    if end > j and ctx.role != ANY_ROLE:
        known_as = _spelled_surname(tokens, j, end, ctx, gaz, vocab.names)
        name = known_as or " ".join(t.text for t in tokens[j:end])
        return Mention(
            first, end, tokens[first].start, tokens[end - 1].end, name, ctx.role, ctx.country,
            "name" if known_as else "unknown", counterpart=ctx.counterpart,
        )
    return None


def _descriptor(tokens: list[Token], first: int, j: int, ctx: _Slot, vocab: Vocabulary) -> Mention | None:
    """A title with a country and no name ("the French president", "le
    Président de la République"), resolved per document; ``None`` for a bare
    title that says neither ("the minister")."""
    if not (ctx.country or ctx.home or ctx.counterpart or ctx.role not in (None, ANY_ROLE)):
        return None
    country = ctx.country or (vocab.home_country if ctx.home else None)
    return Mention(
        first, j, tokens[first].start, tokens[j - 1].end, None, ctx.role, country, "descriptor",
        home=ctx.home and not ctx.country, counterpart=ctx.counterpart,
    )


def is_companion(tokens: list[Token], mention: Mention, language: str) -> bool:
    """Whether ``mention`` follows a "with" word ("a call with Putin"): the
    receiving side of the sentence, not its subject."""
    vocab = vocabulary(language)
    i = mention.first - 1
    while i >= 0 and tokens[i].fold in vocab.fillers and tokens[i].fold not in vocab.companions:
        i -= 1  # "with the President", "avec le Président"
    return i >= 0 and tokens[i].fold in vocab.companions
