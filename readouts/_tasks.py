"""What the command line's workers do with one input: read its file, parse
it, and (for ``readouts parse``) render its record.

The command's own process only names the files and writes the records it
gets back, so that on N cores the work that does not divide by N stays
small: its inputs are not read, nor its readouts pickled, in that process.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._batch import Options, Result, parse_one
from ._inputs import Input, InputOptions, load
from ._output import Layout, Rendered

__all__ = ["Parse", "Render"]


def _read_and_parse(item: Input, url: str | None, reading: InputOptions, options: Options) -> tuple[Input, Result | None]:
    item = load(item, reading)
    return item, (None if item.data is None else parse_one(item.data, url, options))


@dataclass(frozen=True)
class Parse:
    """Read an input (an ``Input`` with a ``path``, or with its text) and
    parse it: the result, or for an input that could not be read, why
    (``"Kind: message"``)."""

    reading: InputOptions
    options: Options

    def __call__(self, item: Input, url: str | None) -> Result | str:
        read, result = _read_and_parse(item, url, self.reading, self.options)
        return result if result is not None else read.error or "Error: unknown"


@dataclass(frozen=True)
class Render:
    """Read and parse an input, and render its record as ``layout`` writes it."""

    reading: InputOptions
    options: Options
    layout: Layout

    def __call__(self, item: Input, url: str | None) -> Rendered:
        return self.layout.render(*_read_and_parse(item, url, self.reading, self.options))
