"""Source parsers: one module per family of publishers."""

from .base import SourceParser
from .registry import ENTRY_POINT_GROUP, parsers, register, unregister

__all__ = ["ENTRY_POINT_GROUP", "SourceParser", "parsers", "register", "unregister"]
