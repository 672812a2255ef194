"""Work shared out among worker processes, one per core, with the same result as one process.

The duplicate finder scores a roll-up's regions (blocks) and writes its findings' reasons
in worker processes; shared data searches region by region and writes its reasons there,
and :meth:`synergy.text.Normalizer.tokens_many` reads many texts there. Output written as it
is made (the pairs and the shared-data findings as CSV or JSON) is made there a piece at a
time (:func:`pieces_in_workers`). They are started with ``fork`` (not ``spawn``): they inherit the
records' features (hundreds of MB at a million records) as they are in memory, without
pickling them; only each item's small result travels back, and the results come back
in the items' order.

A result can also come back through a file (``through_files``): a piece of CSV of tens of
megabytes, or a region's arrays, sent through the pool's pipe travels 64 KB at a time and is
copied four times on the way, which cost the parent process seconds of a core at a dense
roll-up's 1.4 GB. Written to a file in a temporary folder of the run (removed at its end),
it is read back with one call.
"""
from __future__ import annotations

from .errors import SynergyError
from .progress import no_progress

__all__ = ["PARALLEL_MIN_RECORDS", "PARALLEL_MIN_PAIRS", "workers", "map_in_workers", "imap_in_workers",
           "pieces_in_workers", "map_slices", "spans"]

#: Fewest records (in all blocks together) for which scoring the blocks in worker processes
#: pays for starting them (measured: see docs/duplicates.md, "Speed and memory").
PARALLEL_MIN_RECORDS = 20_000
#: Fewest findings for which writing their reasons in worker processes pays (docs/scale.md).
PARALLEL_MIN_PAIRS = 5_000
_WORK = None  # (function, items, folder) for the worker processes, inherited through fork


class _InFile:
    """A worker's result left in a file: ``raw`` bytes as they are, else pickled."""

    def __init__(self, path: str, raw: bool):
        self.path, self.raw = path, raw


def _work_on(index):
    work, items, folder = _WORK
    result = work(items[index])
    return result if folder is None else _to_file(result, folder)


def _to_file(result, folder: str):
    """``result`` written to a new file in ``folder``; ``result`` itself if the file cannot be
    written (a full disk: the pipe is slower, not wrong)."""
    import os
    import pickle
    import tempfile

    raw = isinstance(result, bytes)
    try:
        fd, path = tempfile.mkstemp(dir=folder)
    except OSError:
        return result
    try:
        with os.fdopen(fd, "wb") as out:
            if raw:
                out.write(result)
            else:
                pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        os.unlink(path)
        return result
    return _InFile(path, raw)


def _from_file(result):
    """A worker's result, read back (and its file removed) if it came through a file."""
    if not isinstance(result, _InFile):
        return result
    import os
    import pickle

    with open(result.path, "rb") as found:
        value = found.read() if result.raw else pickle.load(found)
    os.unlink(result.path)
    return value


def workers(items: int, size: int, environ=None, minimum: int = PARALLEL_MIN_RECORDS) -> int:
    """How many processes share ``items`` pieces of work of ``size`` in all (1: here, no pool).

    ``SYNERGY_WORKERS`` (in ``environ``, default ``os.environ``) decides when set: 1 turns
    the pool off, N >= 2 starts N processes whatever the size (tests use it). Otherwise
    every available core, when there are several items, ``size`` is at least ``minimum``
    (default :data:`PARALLEL_MIN_RECORDS` records) and no other thread runs. Always 1
    where the ``fork`` start method is missing, or inside a daemonic process (which cannot
    start any).

    >>> workers(500, 10**6, environ={"SYNERGY_WORKERS": "1"}), workers(1, 10**6, environ={})
    (1, 1)
    >>> workers(1, 10, environ={"SYNERGY_WORKERS": "2"}) in (1, 2)  # 2 where fork exists
    True
    """
    import multiprocessing
    import os
    import threading

    environ = os.environ if environ is None else environ
    setting = environ.get("SYNERGY_WORKERS", "").strip()
    if setting and (not setting.isdigit() or int(setting) < 1):
        raise SynergyError(f"SYNERGY_WORKERS must be a whole number of processes (1 or more), got {setting!r}")
    if not items or "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return 1
    if setting:
        return int(setting)
    if items < 2 or size < minimum or threading.active_count() > 1:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, items))


def map_in_workers(work, items, progress=None, *, size=None, minimum: int = PARALLEL_MIN_RECORDS,
                   label: str = "duplikasi / duplicates", through_files: bool = False) -> list:
    """``[work(item) for item in items]``: here, or in worker processes (:func:`workers`).

    ``size`` (default: the items' lengths added up) and ``minimum`` decide whether workers
    pay. ``progress`` (like :func:`synergy.progress.track`) sees each item's result as it is
    ready, in order, under ``label``. Every item is sent at once (:func:`imap_in_workers`
    with no bound): a slow item holds no other back.
    """
    return list(imap_in_workers(work, items, progress, size=size, minimum=minimum, label=label,
                                ahead=max(len(items), 1), through_files=through_files))


def imap_in_workers(work, items, progress=None, *, size=None, minimum: int = PARALLEL_MIN_RECORDS,
                    label: str = "duplikasi / duplicates", ahead: int = 2, through_files: bool = False):
    """``(work(item) for item in items)``: here, or in worker processes (:func:`workers`), one
    result at a time, in order.

    For output written as it is made: at most ``ahead`` items per worker are in flight, so
    the results waiting for the reader stay few however many items there are (the reader
    may be slower than the workers). The pool lives while the generator does; closing the
    generator early stops it. ``gc.freeze`` while the workers are forked keeps their garbage
    collector from touching (and so copying) the inherited objects. With ``through_files``
    each worker's result comes back through a file (for results of megabytes: see above).

    >>> list(imap_in_workers(lambda x: x * 2, [1, 2, 3], size=0))
    [2, 4, 6]
    """
    track = progress or no_progress
    size = sum(len(item) for item in items) if size is None else size
    count = workers(len(items), size, minimum=minimum)
    if count < 2:
        for item in track(items, label=label, total=len(items)):
            yield work(item)
        return
    import collections
    import gc
    import multiprocessing
    import shutil
    import tempfile

    global _WORK
    folder = tempfile.mkdtemp(prefix="synergy-") if through_files else None
    _WORK = (work, items, folder)
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(min(count, len(items))) as pool:
            _WORK = None  # the workers have their copy; a later pool in this process sets its own
            gc.unfreeze()

            def results():
                waiting = collections.deque()
                sent = 0
                while sent < len(items) or waiting:
                    while sent < len(items) and len(waiting) < ahead * count:
                        waiting.append(pool.apply_async(_work_on, (sent,)))
                        sent += 1
                    yield _from_file(waiting.popleft().get())

            yield from track(results(), label=label, total=len(items))
    finally:
        _WORK = None
        gc.unfreeze()
        if folder is not None:  # the files of results never read (a run stopped early) go too
            shutil.rmtree(folder, ignore_errors=True)


def pieces_in_workers(work, pieces, progress=None, *, minimum: int = PARALLEL_MIN_PAIRS,
                      label: str = "alasan / reasons"):
    """Output made a piece at a time: each piece is ``(length, [(item, places), ...])`` and comes
    out as a list of ``length`` with ``work(item)``'s results put at ``places`` (offsets in the
    piece; None where no item puts anything), the items run by :func:`imap_in_workers`.

    The items of a piece may be cut and ordered as the work reads best (a region's records lie
    together in memory); the pieces come out in order, one at a time.

    >>> [p for p in pieces_in_workers(lambda xs: [x * 10 for x in xs],
    ...                               [(3, [([1, 2], [2, 0])]), (2, [([5], [1])])])]
    [[20, None, 10], [None, 50]]
    """
    from .collector import paused

    items = [item for _, piece in pieces for item, _ in piece]
    size = sum(len(places) for _, piece in pieces for _, places in piece)
    done = imap_in_workers(work, items, progress, size=size, minimum=minimum, label=label)
    try:
        for length, piece in pieces:
            with paused():  # a piece's hundred thousand objects (synergy.collector)
                out = [None] * length
                for _, places in piece:
                    for place, result in zip(places.tolist() if hasattr(places, "tolist") else places, next(done)):
                        out[place] = result
            yield out
            del out
    finally:
        done.close()  # the worker processes stop here, read to the end or not


def spans(total: int, pieces: int, least: int = 1) -> list[range]:
    """``range(total)`` cut into about ``pieces`` consecutive ranges of at least ``least`` each.

    >>> spans(10, 3)
    [range(0, 4), range(4, 8), range(8, 10)]
    >>> spans(10, 3, least=6), spans(0, 3)
    ([range(0, 6), range(6, 10)], [])
    """
    step = max(least, -(-total // max(pieces, 1)), 1)
    return [range(lo, min(lo + step, total)) for lo in range(0, total, step)]


def map_slices(work, total: int, progress=None, *, pieces: int = 16, least: int = 500,
               minimum: int = PARALLEL_MIN_PAIRS, label: str = "alasan / reasons") -> list:
    """``work(span)`` (a list per span) over consecutive slices of ``range(total)``, joined in order:
    here, or in worker processes when ``total`` is at least ``minimum`` (:func:`map_in_workers`).

    >>> map_slices(lambda span: [i * i for i in span], 5, pieces=2, least=1)
    [0, 1, 4, 9, 16]
    """
    out: list = []
    for part in map_in_workers(work, spans(total, pieces, least), progress, size=total, minimum=minimum,
                               label=label):
        out.extend(part)
    return out
