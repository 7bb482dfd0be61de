"""The score scale of source parsers: what a score in ``[0, 1]`` says.

``parse`` picks the parser with the best score, so the levels rank the
kinds of evidence against one another: a page's own furniture over the
signature of the wire it carries, an office's signature over a readout's
style. A parser of your own can take a level from here to rank as the
built-ins do (``return scores.FAMILY_SIGNATURE if ... else scores.NONE``).
"""

from __future__ import annotations

__all__ = [
    "AGGREGATOR_PAGE",
    "ANY_LEADER",
    "CERTAIN",
    "FALLBACK",
    "FAMILY_SIGNATURE",
    "NONE",
    "OWN_LEADER",
    "OWN_SIGNATURE",
    "REPUBLISHED",
    "WIRE_DATELINE",
]

CERTAIN = 1.0
"""Nothing else could have published it (a plugin's own unmistakable mark)."""
AGGREGATOR_PAGE = 0.95
"""An aggregator's own furniture ("Devdiscourse News Desk"): the page is the
aggregator's whatever wire copy it carries."""
OWN_SIGNATURE = 0.9
"""The signature or masthead of the one office a parser is for (kremlin.ru's)."""
REPUBLISHED = 0.9
"""A page that sends its readers to the original story on another site ("Leggi su...")."""
FAMILY_SIGNATURE = 0.85
"""The signature of one of a family's publishers (a government office, a news outlet)."""
WIRE_DATELINE = 0.8
"""An agency's dateline ("(Reuters) -", "/TASS/"): below the page of the
outlet that reposts the copy."""
OWN_LEADER = 0.6
"""A self-standing readout opening with the call of the leader an office speaks for."""
ANY_LEADER = 0.5
"""A self-standing readout opening with any leader's call."""
FALLBACK = 0.05
"""A parser that reads anything (``news``): the last resort but one."""
NONE = 0.0
"""Not this parser's document."""
