"""Who the people a document mentions are: a descriptor ("the French
president") is the person of that office named elsewhere in the text, or
failing that whoever held it on the date; each with their country and role."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .gazetteer import ANY_ROLE, gazetteer
from .people import Mention, PersonKey

__all__ = ["LEADER_ROLES", "Resolver"]

# "The Russian leader" means the head of state or government, not a minister.
LEADER_ROLES = frozenset(
    "president prime-minister chancellor king queen emir sultan crown-prince supreme-leader grand-duke".split()
)

_ELECT = "-elect"


class Resolver:
    """Turns mentions into people, with what the whole document knows."""

    def __init__(self, named: list[Mention], host_country: str | None, when: date | None) -> None:
        self.gaz = gazetteer()
        self.when = when
        self.host_country = host_country
        # People named in the document, first mention first, with what their context says.
        self.named: dict[PersonKey, Mention] = {}
        for m in named:
            if m.key is not None and m.key not in self.named:
                self.named[m.key] = m
        # People the gazetteer does not know, named only as someone's counterpart.
        self.counterparts = {m.key for m in named if m.counterpart and m.kind == "unknown" and not m.role}
        # Extraction asks about the same descriptor several times (participants,
        # evidence, initiator); each is resolved once.
        self._resolved: dict[Mention, PersonKey | None] = {}
        self._by_descriptor: dict[tuple[str | None, str | None, bool], PersonKey | None] = {}

    def country_role(self, key: PersonKey, when: date | None = None) -> tuple[str | None, str | None]:
        m = self.named.get(key)
        if key in self.gaz.by_name:
            country, role = self.gaz.office(key, when or self.when, m.role if m else None, exact=when is not None)
            return country, role
        if m is None:
            return None, None
        return m.country, (m.role if m.role != ANY_ROLE else None)

    def resolve(self, mention: Mention) -> PersonKey | None:
        """The person ``mention`` refers to, or ``None``."""
        if mention.key is not None:
            return mention.key
        if mention not in self._resolved:
            self._resolved[mention] = self._resolve(mention)
        return self._resolved[mention]

    def pin_counterparts(self, mentions: Sequence[Mention]) -> None:
        """Resolve the unnamed counterparts of one sentence ("Erdogan spoke
        with his Russian counterpart"): the person of the counterpart's
        country named in the text, else whoever held the office of the person
        named before them in the sentence (a president's counterpart is a
        president, a foreign minister's a foreign minister) on the text's
        date, or, undated, the latest holder whose term meets that person's."""
        before: PersonKey | None = None
        for m in mentions:
            if m.key is None and m.counterpart and m.country and m not in self._resolved:
                found = self.resolve(m)
                if found is None and before is not None:
                    found = self._counterpart_of(before, m.country)
                self._resolved[m] = found
            key = self.resolve(m)
            if key is not None:
                before = key

    def _counterpart_of(self, other: PersonKey, country: str) -> PersonKey | None:
        if other not in self.gaz.by_name:
            _, role = self.country_role(other)
            return self.gaz.holder(country, role, self.when) if role else None
        home, role = self.country_role(other)
        if role is None or home == country:
            return None
        found = self.gaz.holder(country, role, self.when)
        if found is None or self.when is not None:
            return found
        # Undated: the two terms must meet ("his Russian counterpart" of a minister of 2010 is not today's).
        mine = [t for t in self.gaz.by_name[other].terms if t.role == role]
        theirs = [t for t in self.gaz.by_name[found].terms if t.role == role] if found in self.gaz.by_name else []
        meets = any(a.start <= (b.end or date.max) and b.start <= (a.end or date.max) for a in mine for b in theirs)
        return found if meets else None

    def _resolve(self, mention: Mention) -> PersonKey | None:
        # A home title ("der Bundeskanzler") belongs to the publishing office's
        # state when it is known (an Austrian chancellery), else to the language's.
        country = (self.host_country or mention.country) if mention.home else (mention.country or self.host_country)
        role = mention.role if mention.role != ANY_ROLE else None
        if mention.country and role in LEADER_ROLES and not self.gaz.has_office(mention.country, role):
            # "el mandatario canadiense": a president's title for a state that has
            # none names its leader, whatever their office.
            role = None
        # The answer depends on the descriptor, not on where it stands: each kind
        # is looked up once, so many descriptors among many names stay linear.
        kind = (country, role, mention.counterpart)
        if kind not in self._by_descriptor:
            self._by_descriptor[kind] = self._lookup(country, role, mention.counterpart)
        return self._by_descriptor[kind]

    def _lookup(self, country: str | None, role: str | None, counterpart: bool) -> PersonKey | None:
        # Holders of the office first; then one about to take it ("el presidente
        # electo de Argentina, Javier Milei" when the text names no sitting president).
        elect = []
        for key in self.named:
            c, r = self.country_role(key)
            if country and c != country:
                continue
            if r and r.endswith(_ELECT) and (role or "") + _ELECT == r:
                elect.append(key)
                continue
            if role and r != role:
                continue
            if role is None and r not in LEADER_ROLES and not counterpart:
                continue
            if country or role:
                return key
        if elect:
            return elect[0]
        if country and role:
            return self.gaz.holder(country, role, self.when)
        return None
