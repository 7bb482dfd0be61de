"""The gazetteer of leaders: their names as each language's matchers read
them, and who held which office when."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

from .. import lexicon
from ..lexicon.schema import Leader
from .tokens import Morphology, PhraseMatcher, phrase_tokens

__all__ = ["ANY_ROLE", "Gazetteer", "Names", "gazetteer"]

ANY_ROLE = "leader"
"""The role of a title that names a head of state or government without saying which ("the Russian leader")."""
ELECT_DAYS = 130
"""How long before a first term a winner is elect: the longest wait from a
vote to the inauguration among the states readouts sees (Mexico's, June to
October). Between those terms a re-elected leader stays in office."""


class Names:
    """The gazetteer's names matched under one language's word-ending rules."""

    def __init__(self, leaders: list[Leader], morph: Morphology | None) -> None:
        phrases: list[tuple[str, str]] = []
        for person in leaders:
            for alias in (person.name, *person.aliases, *person.surnames):
                phrases.append((alias, person.name))
        self.morphology = morph
        self.matcher: PhraseMatcher[str] = PhraseMatcher(phrases, morphology=morph, capital=True)
        # Last words of full names, for a title right before one ("President Duda",
        # "Prime Minister May"): safe there even when the word alone is not.
        last: dict[str, set[str]] = {}
        initials: dict[str, set[str]] = {}
        for person in leaders:
            for alias in (person.name, *person.aliases):
                words = phrase_tokens(alias)
                if len(words) > 1:
                    last.setdefault(self.key(words[-1]), set()).add(person.name)
                    initials.setdefault(person.name, set()).add(words[0][:1])
        self.last_words = {k: sorted(v) for k, v in last.items()}
        # The first letters of every given name of each person, in every spelling
        # ("Recep Tayyip Erdoğan": r, t): a surname after another given name
        # ("Lyndon Johnson") is someone else's.
        given: dict[str, set[str]] = {}
        for person in leaders:
            for alias in (person.name, *person.aliases):
                given.setdefault(person.name, set()).update(w[:1] for w in phrase_tokens(alias)[:-1])
        self.given_initials = {k: frozenset(v) for k, v in given.items()}
        # The first letters of each person's given names in every spelling, which an
        # inflected or transliterated given name keeps ("Збігнєвом" for "Збигнев").
        self.initials = {k: frozenset(v) for k, v in initials.items()}

    def key(self, folded: str) -> str:
        """The form a folded word is looked up by: its stem, if the language stems."""
        return self.morphology.stem(folded) if self.morphology is not None else folded


class Gazetteer:
    """The leaders file, indexed for matching and for lookups by office."""

    def __init__(self) -> None:
        data = lexicon.leaders()
        self.leaders: list[Leader] = list(data.leaders)
        self.by_name: dict[str, Leader] = {p.name: p for p in self.leaders}
        self._names: dict[Morphology | None, Names] = {}
        self._offices: dict[tuple[str, str], list[tuple[date, date | None, str]]] = {}
        for person in self.leaders:
            for term in person.terms:
                key = (term.country or person.country, term.role)
                self._offices.setdefault(key, []).append((term.start, term.end, person.name))
        for terms in self._offices.values():
            terms.sort(key=lambda t: (t[0], t[1] or date.max, t[2]))

    def names(self, morph: Morphology | None) -> Names:
        """The name matcher under ``morph`` (built once per set of rules)."""
        found = self._names.get(morph)
        if found is None:
            found = self._names[morph] = Names(self.leaders, morph)
        return found

    def has_office(self, country: str, role: str) -> bool:
        """Whether anyone of the gazetteer ever held ``role`` in ``country``."""
        return (country, role) in self._offices

    def holder(self, country: str, role: str, when: date | None) -> str | None:
        """Return who held ``role`` in ``country`` on ``when`` (latest if no date)."""
        terms = self._offices.get((country, role))
        if not terms:
            return None
        if when is None:
            return terms[-1][2]
        i = bisect_right([t[0] for t in terms], when)
        for start, end, name in reversed(terms[:i]):
            if end is None or when <= end:
                return name
        return None

    def office(
        self, name: str, when: date | None, hint: str | None = None, *, exact: bool = True
    ) -> tuple[str, str | None]:
        """Return ``(country, role)`` of ``name`` on ``when``: the hinted role if
        they held it, else the office held on ``when`` (their own country's
        first, for a monarch of several realms). Outside every term the role is
        the hint, or ``None``: the text must say what they were (Erdoğan was no
        president in 2002); but a first term that begins within ``ELECT_DAYS``
        makes them elect of it ("president-elect"). With ``exact=False`` (``when`` is only the day the
        text was published, not the day of the call) the last office held before
        ``when`` serves too: a text may recall a call of a former president.
        With no date, their latest office."""
        person = self.by_name[name]
        terms = person.terms
        if hint == ANY_ROLE:
            hint = None
        if hint:
            hinted = [t for t in terms if t.role == hint]
            if hinted:
                terms = hinted
        if when is None:
            return terms[-1].country or person.country, terms[-1].role
        current = [t for t in terms if t.start <= when and (t.end is None or when <= t.end)]
        if not current:
            incoming = self._incoming(person, when)
            if incoming is not None:
                return incoming
        if not current and not exact:
            before = [t for t in terms if t.start <= when]
            current = before[-1:]
        if not current:
            held = [t for t in terms if t.role == hint]
            return (held[-1].country or person.country) if held else person.country, hint
        home = [t for t in current if (t.country or person.country) == person.country]
        chosen = (home or current)[0]
        return chosen.country or person.country, chosen.role

    def _incoming(self, person: Leader, when: date) -> tuple[str, str] | None:
        """``(country, "<role>-elect")`` when ``person`` holds no office on
        ``when`` and takes one with an elect form (``roles.json``) within
        ``ELECT_DAYS``: the winner of a vote not yet sworn in; else ``None``."""
        if any(t.start <= when and (t.end is None or when <= t.end) for t in person.terms):
            return None
        for t in person.terms:
            if when < t.start <= when + timedelta(days=ELECT_DAYS) and f"{t.role}-elect" in _elect_roles():
                return t.country or person.country, f"{t.role}-elect"
        return None


@lru_cache(maxsize=1)
def _elect_roles() -> frozenset[str]:
    return frozenset(r for r in lexicon.roles().roles if r.endswith("-elect"))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
