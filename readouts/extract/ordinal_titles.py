"""One-word titles that are also ordinals (French ``premier``): a title
only where it names someone, not in "leur premier échange"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from .tokens import Token

__all__ = ["ordinal_positions"]


class _Marked(Protocol):
    @property
    def role(self) -> str | None: ...

    @property
    def country(self) -> str | None: ...


def ordinal_positions(tokens: list[Token], slots: Sequence[_Marked | None], ordinals: frozenset[str]) -> list[int]:
    """Return the indexes of the one-word titles of ``ordinals`` (marked in
    ``slots``) that stand as ordinals: such a word is a title only when
    capitalised inside the sentence ("le Premier britannique"), or before a
    country word or a name ("le premier indien")."""
    out: list[int] = []
    for i, t in enumerate(tokens):
        slot = slots[i]
        if slot is None or not slot.role or t.fold not in ordinals:
            continue
        if (i > 0 and slots[i - 1] is slot) or (i + 1 < len(tokens) and slots[i + 1] is slot):
            continue  # part of a longer title ("premier ministre")
        following = slots[i + 1] if i + 1 < len(tokens) else None
        before_country = following is not None and bool(following.country)
        before_name = i + 1 < len(tokens) and tokens[i + 1].upper
        if (t.upper and i > 0) or before_country or before_name:
            continue
        out.append(i)
    return out
