"""Python's cyclic garbage collector paused while a bulk job builds millions of objects.

The collector runs a full pass over every live container (tuple, list, dict) each time
enough new ones have survived, so a job that builds a million records' worth of lasting
objects pays for walking all of them again and again: at a million programs reading the
tables took 52-55 s with it and 35 s without, building the flow graph 36 s against 17 s
(docs/scale.md, "Since stop 26"). Those jobs make hardly any reference cycles, so nothing is held
back that the collector would have freed (the peak memory was the same, measured); it
runs again, as it was, when the job ends, and what the job built joins its oldest generation
at once, so that its young passes do not walk it all again (stop 69).
"""
from __future__ import annotations

import contextlib
import gc

__all__ = ["paused"]


@contextlib.contextmanager
def paused(active: bool = True):
    """The collector off inside the block, back as it was after (also on an error).

    Nested blocks are fine: only the outermost one turns it back on. ``active=False``
    leaves it as it is (for a job that makes cyclic garbage: a workbook read by openpyxl
    left about 0.3 MB of it per form, 60 MB more at 204 forms when it was paused).

    >>> import gc
    >>> with paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    if not active:
        yield
        return
    was_on = gc.isenabled()
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            # what the block built joins the oldest generation at once: turned on as it was, the
            # collector's next young pass would otherwise walk every object the block made (about
            # 2.7 s of a million programs' read); the oldest generation is still collected, as it was.
            # Not where objects were frozen before the block: unfreezing would hand them to the
            # collector's full passes, and a worker process (synergy.pool) inherits its parent's
            # objects frozen, so that its collector never writes to them (each write copies a page)
            if not frozen:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
