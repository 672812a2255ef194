"""What the analyses read from the records, kept in a ``--store`` folder: a later run reads it back.

Reading the records' features (:func:`synergy.features.record_features`) is the largest serial
step of finding duplicates: 17-22 s of a run at a million programs (docs/scale.md). A run given
``--store DIR`` keeps them in ``DIR/features/``; the next run on the same records (another
threshold, ``metrics``, ``communities``, a report) reads them back instead. The shared-data
analysis keeps its own reading of the texts there the same way (:func:`kept_reading`: which
programs collect data, the TF-IDF rows of datasets, needs and programs, the registries each
dataset's title names), keyed by the columns it reads (:func:`reading_key`).

Nothing is unpickled. Numbers are ``.npy`` files read with ``allow_pickle=False``, sparse matrices
``.npz`` files (scipy, no pickle), texts and tuples of texts JSON; each distinct value is written
once, and read back as one object shared by every record that holds it.

A kept copy is used only when its key matches. The key is a digest of:
- every cell of the records and agencies tables as given;
- the region names;
- the package's own code and knowledge (every file of ``synergy`` and of its ontology);
- the versions of Python, numpy, pandas, scipy and PySastrawi;
- the words the normaliser had read before. Reading the features teaches it words, and which
  word a reason shows for a stem depends on them: the copy keeps those words and gives them back
  (:meth:`synergy.text.Normalizer.learn`) to a normaliser in the state of the one that read them.

Any change there reads the features afresh. So does a copy that cannot be read (a file cut short
or missing): the features are read again and the copy is written anew. A user's own lexicon or
function catalogue is never kept (the caller says so with ``keep=False``).
"""
from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
import hashlib
import itertools
import json
import os
import pathlib
import shutil
import sys
import tempfile
import time

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .coded import object_array
from .collector import paused
from .features import RecordFeatures, TermMatrices, record_features
from .progress import stages

__all__ = ["kept_in", "kept_features", "kept_reading", "features_key", "reading_key", "save_features",
           "load_features", "save_parts", "load_parts"]

#: The folder features are kept in during a run (``kept_in``), or None: nothing kept.
_FOLDER: contextvars.ContextVar = contextvars.ContextVar("synergy_features_folder", default=None)
#: How many sets of features a folder keeps (programs and applications, a subset or two).
KEEP_AT_MOST = 4
#: Bumped when the layout below changes.
FORMAT = 1
_MANIFEST = "manifest.json"


@contextlib.contextmanager
def kept_in(folder):
    """Within the block, :func:`kept_features` and :func:`kept_reading` keep and read back in ``folder``."""
    token = _FOLDER.set(pathlib.Path(folder))
    try:
        yield
    finally:
        _FOLDER.reset(token)


def kept_features(records: pd.DataFrame, agencies: pd.DataFrame, *, normalizer, catalog, region=None,
                  region_names=(), progress=None, keep: bool = True) -> RecordFeatures:
    """:func:`synergy.features.record_features`, read back from the folder of :func:`kept_in`
    when a copy of the same records' features is kept there, else read and then kept.

    Without a folder, or with ``keep=False`` (a user's own lexicon or catalogue), the
    features are simply read.
    """
    def read():
        return record_features(records, agencies, normalizer=normalizer, catalog=catalog, region=region,
                               region_names=region_names, progress=progress)

    folder = _FOLDER.get()
    if folder is None or not keep:
        return read()
    known = normalizer.words_read()
    key = features_key(records, agencies, region, region_names, known)
    return _kept_or_read(folder, key, lambda path: load_features(path, key, catalog), read, save_features,
                         normalizer, known, progress,
                         ("membaca fitur tersimpan / reading kept features", "menyimpan fitur / keeping features"))


def kept_reading(what: str, frames, texts, read, names, *, normalizer, progress=None, keep: bool = True,
                 fits=None) -> dict:
    """``read()``, a dict of the parts ``names`` (as :func:`save_parts` keeps them), read back from
    the folder of :func:`kept_in` when a copy made from the same ``frames`` and ``texts`` is kept
    there (:func:`reading_key`) and ``fits(parts)`` (when given) says its parts fit together, else
    read and then kept; the words ``read`` taught ``normalizer`` are kept with it and given back.
    Without a folder, or with ``keep=False``, simply ``read()``."""
    folder = _FOLDER.get()
    if folder is None or not keep:
        return read()
    known = normalizer.words_read()
    key = reading_key(what, frames, texts, known)
    return _kept_or_read(folder, key, lambda path: load_parts(path, key, names, fits), read, save_parts,
                         normalizer, known, progress,
                         ("membaca bacaan teks tersimpan / reading the kept reading of texts",
                          "menyimpan bacaan teks / keeping the reading of texts"))


def _kept_or_read(folder, key, load, read, save, normalizer, known, progress, bars):
    """What ``load(folder/key)`` finds, its words taught to ``normalizer``; else ``read()``, then
    ``save``d with the words it taught beyond ``known``.

    The words the normaliser had read before (``known``) are part of the key: reading teaches it
    words (which word a reason shows for a stem), and a kept copy teaches the same ones only to a
    normaliser in the same state as the one that read them."""
    with stages(progress, bars[0], 1):
        found = load(folder / key)
    if found is not None:
        value, words = found
        normalizer.learn(words)
        return value
    value = read()
    with stages(progress, bars[1], 1):
        try:
            save(value, folder, key, words=normalizer.words_read(len(known)))
        except (OSError, ValueError, TypeError):
            pass  # a full disk, a read-only folder, a text JSON cannot hold: the next run reads again
    return value


# ----------------------------------------------------------------------------- the key
def reading_key(what: str, frames, texts=(), known=()) -> str:
    """A digest of what a reading other than the features is made from: ``what`` (its name), every
    cell of ``frames`` (the table columns it reads), ``texts`` (say, the region names), the package's
    knowledge (as :func:`features_key`) and ``known``, the words the normaliser had read before."""
    digest = hashlib.sha256(_knowledge_digest().encode())
    digest.update(repr((what, list(texts), list(known))).encode("utf-8", "surrogatepass"))
    for frame in frames:
        _frame_digest(digest, frame)
    return digest.hexdigest()[:32]


def features_key(records: pd.DataFrame, agencies: pd.DataFrame, region=None, region_names=(), known=()) -> str:
    """A digest of everything the features are read from (see the module's docstring); ``known``:
    the (word, stem) pairs the normaliser had read before (:meth:`synergy.text.Normalizer.words_read`)."""
    digest = hashlib.sha256(_knowledge_digest().encode())
    digest.update(repr(list(known)).encode("utf-8", "surrogatepass"))
    for frame in (records, agencies):
        _frame_digest(digest, frame)
    digest.update(repr(None if region is None else len(region)).encode())
    if region is not None:
        _values_digest(digest, np.asarray(region, dtype=object))
    digest.update(repr(list(region_names)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _frame_digest(digest, frame: pd.DataFrame) -> None:
    digest.update(repr((len(frame), [str(c) for c in frame.columns])).encode("utf-8", "surrogatepass"))
    for name in frame.columns:
        column = frame[name]
        digest.update(str(column.dtype).encode())
        _values_digest(digest, column.to_numpy(dtype=object))


def _values_digest(digest, values: np.ndarray) -> None:
    """Each distinct value once (its ``repr``), and which rows hold it."""
    try:
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
    except TypeError:  # unhashable cells (lists): their text stands for them
        codes, uniques = pd.factorize(np.array([repr(v) for v in values], dtype=object), use_na_sentinel=False)
    digest.update(np.asarray(codes, dtype=np.int64).tobytes())
    digest.update(repr(list(uniques)).encode("utf-8", "surrogatepass"))  # a text is quoted, a number is not


@functools.lru_cache(maxsize=1)
def _knowledge_digest() -> str:
    """The package's code, resources and ontology, and the libraries whose results it keeps."""
    from importlib import metadata
    from importlib.resources import files

    digest = hashlib.sha256(repr((FORMAT, sys.version)).encode())
    for dist in ("numpy", "pandas", "scipy", "PySastrawi"):
        try:
            digest.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}=?".encode())
    roots = (pathlib.Path(__file__).resolve().parent, pathlib.Path(str(files("synergy.ontology"))))
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


# ----------------------------------------------------------------------------- writing
def save_features(features: RecordFeatures, folder, key: str, words=()) -> pathlib.Path:
    """Write ``features`` to ``folder/key`` (:func:`save_parts`), with ``words``, the (word, stem)
    pairs the normaliser learnt reading them."""
    return save_parts({f.name: getattr(features, f.name) for f in dataclasses.fields(RecordFeatures)
                       if f.name != "catalog"},  # the caller's catalogue (the key says it is the shipped one)
                      folder, key, words)


def save_parts(parts: dict, folder, key: str, words=()) -> pathlib.Path:
    """Write ``parts`` (name -> arrays, sparse matrices, texts or tuples of texts) to ``folder/key``,
    all at once (a new folder renamed into place), with ``words`` (see :func:`save_features`), and
    let go of the oldest copies beyond :data:`KEEP_AT_MOST`."""
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix=".writing-", dir=folder))
    try:
        written = {name: _write(value, work, name) for name, value in parts.items()}
        _dump_list(work / "words.json", [list(pair) for pair in words])
        manifest = {"format": FORMAT, "key": key, "parts": written}
        (work / _MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        target = folder / key
        shutil.rmtree(target, ignore_errors=True)
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    kept = sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    # and what a run stopped half-way (killed while writing) left, an hour later
    stale = [p for p in folder.glob(".writing-*") if p.stat().st_mtime < time.time() - 3600]
    for old in kept[KEEP_AT_MOST:] + stale:
        shutil.rmtree(old, ignore_errors=True)
    return target


def _write(value, folder: pathlib.Path, name: str) -> dict:
    """``value`` written as file(s) named after ``name``; what was written, to read it back."""
    if value is None:
        return {"kind": "none"}
    if isinstance(value, np.ndarray) and value.dtype != object:
        np.save(folder / f"{name}.npy", value, allow_pickle=False)
        return {"kind": "array"}
    if sp.issparse(value):
        sp.save_npz(folder / f"{name}.npz", value.tocsr(), compressed=False)
        return {"kind": "sparse"}
    if isinstance(value, TermMatrices):
        return {"kind": "matrices",
                "parts": {attr: _write(part, folder, f"{name}.{attr}") for attr, part in vars(value).items()}}
    if isinstance(value, dict):
        _dump(folder / f"{name}.json", value)
        return {"kind": "dict"}
    if isinstance(value, (list, tuple, np.ndarray)):
        container = "array" if isinstance(value, np.ndarray) else type(value).__name__
        values = value.tolist() if isinstance(value, np.ndarray) else value
        codes, distinct = _factorize(values)
        of = _kind_of(distinct)
        np.save(folder / f"{name}.codes.npy", codes, allow_pickle=False)
        _dump_list(folder / f"{name}.values.json", distinct if of == "str" else
                   [sorted(v) if of == "frozenset" else list(v) for v in distinct])
        return {"kind": "values", "container": container, "of": of}
    raise TypeError(f"cannot keep the feature {name} ({type(value).__name__})")


def _factorize(values: list) -> tuple[np.ndarray, list]:
    """Each value's number among the distinct values, and the distinct values.

    The records share their objects (a million records, sixteen thousand name tuples), so the
    objects are told apart by identity first, in numpy, and only the distinct objects are
    compared by value."""
    identity = np.fromiter(map(id, values), dtype=np.int64, count=len(values))
    _, first, inverse = np.unique(identity, return_index=True, return_inverse=True)
    index: dict = {}
    by_value = np.fromiter((index.setdefault(values[i], len(index)) for i in first.tolist()),
                           dtype=np.int64, count=len(first))
    return by_value[inverse.reshape(-1)], list(index)


def _kind_of(values: list) -> str:
    """What every value is: texts, or tuples or frozensets of texts (what the features hold)."""
    kinds = set(map(type, values))
    if kinds <= {str}:
        return "str"
    inner = set(map(type, itertools.chain.from_iterable(values))) if kinds <= {tuple, frozenset} else {None}
    if inner <= {str} and len(kinds) == 1:
        return "tuple" if kinds == {tuple} else "frozenset"
    raise TypeError("values of mixed kinds")


def _dump(path: pathlib.Path, value) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(value, out, ensure_ascii=False)


def _dump_list(path: pathlib.Path, values: list, piece: int = 50_000) -> None:
    """A JSON list written a piece at a time: hundreds of thousands of texts never become one string."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("[")
        for start in range(0, len(values), piece):
            text = json.dumps(values[start:start + piece], ensure_ascii=False)
            out.write(("," if start else "") + text[1:-1] + "\n")
        out.write("]")


# ----------------------------------------------------------------------------- reading
def load_features(path, key: str, catalog) -> tuple[RecordFeatures, list] | None:
    """The features kept in ``path`` under ``key``, with ``catalog`` as theirs, and the (word, stem)
    pairs their reading taught the normaliser; None when there is no such copy or it cannot be
    read whole."""
    names = [f.name for f in dataclasses.fields(RecordFeatures) if f.name != "catalog"]

    def fits(values):
        return all(len(values[name]) == len(values["ids"]) for name in ("agency", "region", "name_terms", "datasets"))

    found = load_parts(path, key, names, fits)
    if found is None:
        return None
    values, words = found
    return RecordFeatures(catalog=catalog, **values), words


def load_parts(path, key: str, names, fits=None) -> tuple[dict, list] | None:
    """The parts ``names`` kept in ``path`` under ``key`` (:func:`save_parts`), and the words kept
    with them; None when there is no such copy, or it holds other parts, or it cannot be read whole,
    or ``fits(parts)`` (when given) says they do not fit together."""
    path = pathlib.Path(path)
    try:
        manifest = json.loads((path / _MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT or manifest.get("key") != key:
            return None
        parts = manifest["parts"]
        if sorted(parts) != sorted(names):
            return None
        with paused():  # a million records' tuples become lasting objects (synergy.collector)
            values = {name: _read(parts[name], path, name) for name in names}
        with open(path / "words.json", encoding="utf-8") as found:
            words = [(word, stem) for word, stem in json.load(found)]
        if fits is not None and not fits(values):
            return None
        os.utime(path)  # recently used: kept longest
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
    return values, words


def _read(part: dict, folder: pathlib.Path, name: str):
    kind = part["kind"]
    if kind == "none":
        return None
    if kind == "array":
        return np.load(folder / f"{name}.npy", allow_pickle=False)
    if kind == "sparse":
        return sp.load_npz(folder / f"{name}.npz")
    if kind == "matrices":
        matrices = TermMatrices.__new__(TermMatrices)  # its parts as they were made, not made again
        for attr, sub in part["parts"].items():
            setattr(matrices, attr, _read(sub, folder, f"{name}.{attr}"))
        return matrices
    if kind == "dict":
        with open(folder / f"{name}.json", encoding="utf-8") as found:
            return json.load(found)
    if kind == "values":
        codes = np.load(folder / f"{name}.codes.npy", allow_pickle=False)
        with open(folder / f"{name}.values.json", encoding="utf-8") as found:
            distinct = json.load(found)
        of = part["of"]
        if of == "tuple":
            distinct = [tuple(v) for v in distinct]
        elif of == "frozenset":
            distinct = [frozenset(v) for v in distinct]
        shared = object_array(distinct)[codes]  # one object per value
        container = part["container"]
        if container == "array":
            return shared
        return shared.tolist() if container == "list" else tuple(shared.tolist())
    raise ValueError(f"unknown part kind {kind!r}")
