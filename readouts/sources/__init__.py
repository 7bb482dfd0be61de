"""Source parsers: one module per family of publishers."""

from .base import SourceParser
from .official import OfficeParser
from .registry import ENTRY_POINT_GROUP, parsers, register, unregister

__all__ = ["ENTRY_POINT_GROUP", "OfficeParser", "SourceParser", "parsers", "register", "unregister"]
