"""The trie-factored pattern of literal phrases that the source scans use
(kept here for the modules of this package; it lives in ``readouts._patterns``,
shared with the page-furniture stage)."""

from __future__ import annotations

from .._patterns import literal_union

__all__ = ["literal_union"]
