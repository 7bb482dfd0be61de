"""Exceptions raised by readouts.

The tree::

    ReadoutsError
    ├── InputError                 the text cannot be parsed at all
    │   ├── EmptyTextError         empty, white space, or no letters at all
    │   ├── InputTooLargeError     longer than ``max_chars``
    │   └── DecodingError          bytes that decode to no text
    ├── UnknownSourceError         ``source=`` names no registered parser
    ├── ParserError                every source parser failed on the text
    ├── ParseTimeoutError          a text took longer than its time budget (``timeout=``)
    ├── WorkerError                the process parsing a text died
    ├── PluginError                a third-party parser failed to load
    └── DataError                  a data file shipped with the package is invalid

Every exception carries the pipeline ``stage`` it was raised in, so a caller
processing thousands of documents can count failures by cause.
"""

from __future__ import annotations

__all__ = [
    "DataError",
    "DecodingError",
    "EmptyTextError",
    "InputError",
    "InputTooLargeError",
    "ParseTimeoutError",
    "ParserError",
    "PluginError",
    "ReadoutsError",
    "UnknownSourceError",
    "WorkerError",
]


class ReadoutsError(Exception):
    """Root of every error readouts raises on purpose."""

    stage: str = "parse"

    def __init__(self, message: str, *, stage: str | None = None) -> None:
        super().__init__(message)
        if stage is not None:
            self.stage = stage

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries in parse_many(); keep their attributes.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[ReadoutsError], args: tuple[object, ...], state: dict[str, object]) -> ReadoutsError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc.__dict__.update(state)
    return exc


class InputError(ReadoutsError):
    """Raised when the input cannot be parsed at all."""

    stage = "input"


class EmptyTextError(InputError):
    """Raised when the text is empty, only white space, or has no letters."""


class InputTooLargeError(InputError):
    """Raised when the text is longer than the ``max_chars`` limit."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"text has {length:,} characters, more than the limit of {limit:,}; "
            "pass max_chars= to raise it"
        )
        self.length = length
        self.limit = limit

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.length, self.limit))


class DecodingError(InputError):
    """Raised when bytes given to ``parse`` cannot be decoded to text."""

    def __init__(self, message: str, *, encoding: str | None = None) -> None:
        super().__init__(message)
        self.encoding = encoding


class UnknownSourceError(ReadoutsError):
    """Raised when ``source=`` names a parser that is not registered."""

    stage = "select"

    def __init__(self, source: str, known: list[str]) -> None:
        super().__init__(f"no source parser with id {source!r}; known: {', '.join(known)}")
        self.source = source
        self.known = known

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.source, self.known))


class ParserError(ReadoutsError):
    """Raised when every source parser that could handle a text failed on it."""

    stage = "extract"


class ParseTimeoutError(ReadoutsError):
    """Raised when parsing one text takes longer than its time budget: the
    ``timeout=`` of ``readouts.parse``, ``readouts.parse_many`` or
    ``readouts parse --timeout``.

    ``seconds`` is the budget; ``stage`` names the stage that was running when
    it ran out (``"html"``, ``"normalise"``, ``"boilerplate"``, ``"sentences"``,
    ``"extract"``, ...), or ``"parse"`` when that is not known.
    """

    stage = "parse"

    def __init__(self, seconds: float, *, stage: str | None = None) -> None:
        where = f" (in stage {stage!r})" if stage else ""
        super().__init__(f"parsing took longer than the time budget of {seconds:g} s{where}", stage=stage)
        self.seconds = seconds


class WorkerError(ReadoutsError):
    """Raised in place of a result when the worker process parsing the text
    died (killed, out of memory) before it returned."""

    stage = "parse"


class PluginError(ReadoutsError):
    """Raised when a parser cannot be registered (bad metadata, duplicate id)."""

    stage = "register"

    def __init__(self, message: str, *, plugin: str | None = None) -> None:
        super().__init__(message)
        self.plugin = plugin


class DataError(ReadoutsError):
    """Raised when a data file shipped with the package fails validation."""

    stage = "data"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path
