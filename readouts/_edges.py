"""The first and last non-blank lines of a long text, without splitting it all.

The publisher's signals read only a page's edges; ``text.split("\\n")`` of a
10 MB page makes a string per line, the size of the page again, for a moment.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["edge_lines", "iter_lines"]


def edge_lines(text: str, n: int) -> list[str]:
    """Return the non-blank lines of ``text`` (those ``line.strip()`` keeps),
    in order: all of them when there are at most ``2 * n``, else the first
    ``n`` and the last ``n``. So ``lines[:k]`` and ``lines[-k:]`` of the
    whole list, for ``k <= n``, are those of the result."""
    head: list[str] = []
    start = 0
    while len(head) < n and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            head.append(line)
        start = end + 1
    tail: list[str] = []
    end = len(text)
    # Back from the end, down to where the head stopped: no line is taken twice.
    while len(tail) < n and end >= start:
        found = text.rfind("\n", start, end)
        begin = found + 1 if found >= 0 else start
        line = text[begin:end]
        if line.strip():
            tail.append(line)
        end = begin - 1
    return head + tail[::-1]


def iter_lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` as ``text.split("\\n")`` gives them, one at a time."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1
