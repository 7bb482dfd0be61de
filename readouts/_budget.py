"""A per-call time budget, checked cooperatively by the pipeline.

``parse(..., timeout=...)`` sets a deadline for the current thread (or
asyncio task) in a context variable; stages call ``check`` between
their steps and every so many iterations of their long loops. Checking is a
context-variable read and a clock read, so it is cheap enough to do per
sentence. Code that runs outside ``parse`` (a plugin called directly) sees no
deadline and is never interrupted.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ._exceptions import ParseTimeoutError

__all__ = ["check", "deadline"]

_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("readouts_deadline", default=None)
"""(monotonic time at which the budget runs out, the budget in seconds)."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Run the body with a budget of ``seconds`` (``None``: no budget).

    Raises:
        ValueError: ``seconds`` is not a positive finite number.
    """
    if seconds is None:
        yield
        return
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {seconds!r}")
    token = _DEADLINE.set((time.monotonic() + seconds, float(seconds)))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check(stage: str) -> None:
    """Raise ``ParseTimeoutError`` for ``stage`` if the budget has run out."""
    limit = _DEADLINE.get()
    if limit is not None and time.monotonic() > limit[0]:
        raise ParseTimeoutError(limit[1], stage=stage)
