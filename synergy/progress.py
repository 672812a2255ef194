"""Progress bars and verbosity: the small habits of a command-line tool.

Standard library only, so that the CLI can import it before anything heavy.

Library functions never draw anything themselves: a long one takes a
``progress`` keyword (a callable with the signature of :func:`track`) and the
CLI passes :func:`track`. :func:`track` draws on standard error only when that
is a terminal and the user did not ask for ``--quiet``; piped into a file or
run by a test it yields the items and draws nothing.

Verbosity is one process-wide level, set once by the CLI's main group:
``-1`` quiet, ``0`` normal, ``1`` verbose.
"""
from __future__ import annotations

import contextlib
import sys
import time
from typing import Callable, Iterable, Iterator, TextIO, TypeVar

__all__ = [
    "QUIET", "NORMAL", "VERBOSE",
    "set_verbosity", "verbosity", "is_quiet", "track", "no_progress", "stages",
]

T = TypeVar("T")

QUIET, NORMAL, VERBOSE = -1, 0, 1
_level = NORMAL


def set_verbosity(level: int) -> int:
    """Set the process-wide verbosity (clamped to -1..1); returns the new level.

    >>> set_verbosity(5), set_verbosity(0)
    (1, 0)
    """
    global _level
    _level = max(QUIET, min(VERBOSE, int(level)))
    return _level


def verbosity() -> int:
    """The current verbosity level (-1 quiet, 0 normal, 1 verbose)."""
    return _level


def is_quiet() -> bool:
    return _level <= QUIET


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def no_progress(iterable: Iterable[T], *, label: str = "", total: int | None = None) -> Iterable[T]:
    """The do-nothing progress callable: the library's default.

    >>> list(no_progress([1, 2], label="x"))
    [1, 2]
    """
    return iterable


def track(
    iterable: Iterable[T],
    *,
    label: str = "",
    total: int | None = None,
    stream: TextIO | None = None,
    min_interval: float = 0.1,
) -> Iterator[T]:
    """Yield the items of ``iterable``, drawing a progress bar on standard error.

    Draws nothing (and costs nothing but the loop) when the stream is not a
    terminal or the verbosity is quiet. The bar is cleared at the end, so a
    finished command leaves only its real output.

    >>> import io
    >>> out = io.StringIO()
    >>> list(track(range(3), label="membaca", stream=out))
    [0, 1, 2]
    >>> out.getvalue()
    ''
    """
    stream = stream if stream is not None else sys.stderr
    if is_quiet() or not _isatty(stream):
        yield from iterable
        return
    if total is None:
        try:
            total = len(iterable)  # type: ignore[arg-type]
        except TypeError:
            total = None
    last = time.monotonic()
    done = 0
    try:
        # drawn before the first step too: a long first step shows what is being done
        stream.write("\r" + _bar(label, done, total))
        stream.flush()
        for item in iterable:
            yield item
            done += 1
            now = time.monotonic()
            if now - last >= min_interval:
                last = now
                stream.write("\r" + _bar(label, done, total))
                stream.flush()
    finally:
        # Clear the line: the bar is a visual aid, not output.
        stream.write("\r" + " " * 79 + "\r")
        stream.flush()


@contextlib.contextmanager
def stages(progress, label: str, total: int) -> Iterator[Callable[[], None]]:
    """A bar over the ``total`` steps of one long job that is not a loop: call the function
    it gives after each step. ``progress`` is a callable like :func:`track` (``None`` draws
    nothing); the bar is cleared when the block ends, however it ends.

    >>> seen = []
    >>> def progress(items, *, label, total):
    ...     for item in items:
    ...         seen.append(item)
    ...         yield item
    >>> with stages(progress, "memeriksa / checking", 3) as step:
    ...     step(); step()
    >>> seen
    [0, 1, 2]
    """
    steps = iter((progress or no_progress)(range(total), label=label, total=total))
    next(steps, None)  # the bar shows step 0 while the first step runs

    def step() -> None:
        next(steps, None)

    try:
        yield step
    finally:
        close = getattr(steps, "close", None)
        if close is not None:
            close()


def _bar(label: str, done: int, total: int | None, width: int = 30) -> str:
    """One line of a progress bar.

    >>> _bar("gabung", 5, 10, width=10)
    'gabung [#####.....] 5/10'
    >>> _bar("baca", 7, None)
    'baca 7'
    """
    prefix = f"{label} " if label else ""
    if not total:
        return f"{prefix}{done}"
    filled = int(width * min(done, total) / total)
    return f"{prefix}[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
