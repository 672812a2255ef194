"""One city from many agency workbooks, written as a CSV folder or one workbook.

Merging is ingest's job (:func:`synergy.ingest.load_model` reads several
SOURCEs, keeps a row that two sources repeat exactly once, and refuses an id
defined twice with different content, naming both places). This module adds
what the walidata needs after that: writing the merged city back out as a
source, atomically, never over an existing result unless asked.

CSV folders are written as ``agencies.csv``, ``programs.csv`` and
``datasets.csv``: UTF-8, comma-separated, list cells joined by ``;`` inside
quoted cells where needed, so that ingest reads them back to the same tables.
Cells are written verbatim (no formula guard: the files are a source for
synergy; give an ``.xlsx`` target to open the result in Excel).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SynergyError
from .i18n import pick
from .csvtext import csv_cell, table_csv  # noqa: F401  (part of merge's API)
from .progress import no_progress
from .schema import SIDE_TABLES, TABLE_ORDER

__all__ = ["MergeResult", "merge_sources", "write_model", "write_csv_folder", "table_csv", "csv_cell", "unresolved_references"]

_TABLE_FILES = tuple(f"{name}.csv" for name in (*TABLE_ORDER, *SIDE_TABLES))


@dataclass(frozen=True)
class MergeResult:
    """The merged model, the warnings ingest reported, and the files written."""

    model: object
    warnings: tuple = ()
    written: tuple = ()
    sources: tuple = field(default_factory=tuple)
    #: ids the merged tables refer to but do not define: known only from a form's reference list
    unresolved: tuple = ()

    def unresolved_note(self) -> str:
        """One line when the merged city names ids it does not hold, else ``""``.

        >>> from synergy.model import CityModel
        >>> MergeResult(CityModel.empty(), unresolved=("DS-NIK",), written=("kota/",)).unresolved_note()[:60]
        'peringatan: kota/ menyebut 1 kode yang tidak ada di sumber y'
        """
        if not self.unresolved:
            return ""
        n = len(self.unresolved)
        listed = ", ".join(self.unresolved[:5]) + (", ..." if n > 5 else "")
        target = ", ".join(str(p) for p in self.written[:1])
        return (f"peringatan: {target} menyebut {n} kode yang tidak ada di sumber yang digabung ({listed}); "
                "kode itu hanya dikenal dari daftar referensi formulir: gabungkan bersama data kota atau formulir "
                f"OPD lainnya / warning: {target} names {n} ids that no merged source defines ({listed}); they are "
                "known only from the forms' reference lists: merge with the city's data or the other agencies' forms")

    def summary(self, lang: str = "id") -> str:
        """One line for the user.

        >>> from synergy.model import CityModel
        >>> MergeResult(CityModel.empty(), sources=("a.xlsx", "b.xlsx"), written=("kota/",)).summary("en")
        'merged 2 sources: 0 agencies, 0 programs, 0 datasets, 0 applications -> kota/'
        """
        m = self.model
        target = ", ".join(str(p) for p in self.written)
        return pick((f"{len(self.sources)} sumber digabung: {len(m.agencies)} perangkat daerah, "
                     f"{len(m.programs)} program, {len(m.datasets)} data, {len(m.applications)} aplikasi -> {target}",
                     f"merged {len(self.sources)} sources: {len(m.agencies)} agencies, "
                     f"{len(m.programs)} programs, {len(m.datasets)} datasets, "
                     f"{len(m.applications)} applications -> {target}"), lang)


def merge_sources(sources, output, *, overwrite: bool = False, progress=no_progress, columns=None) -> MergeResult:
    """Load SOURCEs as one city and write it to ``output``.

    Parameters
    ----------
    sources : list of paths
        Agency workbooks, CSV folders or RDF files (at least one).
    output : path
        A folder (CSV files) or a file ending in ``.xlsx``.
    overwrite : bool
        Replace an existing result. Without it an existing target is refused.
    columns : path, optional
        A column mapping file for sources with headers of their own (:mod:`synergy.columns`).

    Raises
    ------
    synergy.errors.InvalidData
        When the sources do not merge (conflicting ids, bad rows): every
        problem, with both places for a conflict.
    synergy.errors.SynergyError
        When ``output`` exists (and ``overwrite`` is false) or is one of the sources.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name, text in {"agencies.csv": "id,name\\nA,Dinas A\\n",
    ...                    "programs.csv": "id,name,agency,dimension\\nP1,Aplikasi,A,governance\\n",
    ...                    "datasets.csv": "id,name,producer\\n"}.items():
    ...     _ = (d / "a").mkdir(exist_ok=True), (d / "a" / name).write_text(text)
    >>> result = merge_sources([d / "a"], d / "kota")
    >>> sorted(p.name for p in (d / "kota").iterdir())
    ['agencies.csv', 'applications.csv', 'datasets.csv', 'programs.csv']
    """
    from .ingest import load_model

    sources = [Path(s) for s in sources]
    if not sources:
        raise SynergyError("beri minimal satu SOURCE / give at least one SOURCE to merge")
    target = Path(output)
    _refuse_source_as_target(sources, target)
    model, warnings = load_model([str(s) for s in sources], columns=columns)
    written = write_model(model, target, overwrite=overwrite, progress=progress)
    return MergeResult(model, tuple(warnings), tuple(written), tuple(str(s) for s in sources),
                       tuple(unresolved_references(model)))


def unresolved_references(model) -> list[str]:
    """Ids the model's tables refer to without defining them, sorted.

    A loaded model has none unless a form's reference list (:mod:`synergy.template`) vouched
    for them: the form validates alone, but a city merged from it alone would not.

    >>> from synergy.model import CityModel
    >>> unresolved_references(CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}],
    ...     programs=[{"id": "P", "name": "Posyandu", "agency": "A", "uses": ("DS-NIK",)}]))
    ['DS-NIK']
    """
    from .schema import TABLES

    defined = set()
    for name in TABLE_ORDER:
        defined.update(model.table(name)["id"])
    missing = set()
    for name in TABLE_ORDER:
        frame = model.table(name)
        for column in TABLES[name].columns:
            if column.kind not in ("ref", "reflist") or column.name not in frame:
                continue
            for value in frame[column.name]:
                items = (value,) if column.kind == "ref" else value
                missing.update(item for item in items if item and item not in defined)
    return sorted(missing)


def _refuse_source_as_target(sources, target: Path) -> None:
    resolved = target.resolve()
    for source in sources:
        s = source.resolve()
        if s == resolved or (resolved.suffix.lower() != ".xlsx" and s.parent == resolved and s.suffix.lower() == ".csv"):
            raise SynergyError(
                f"{target}: tujuan adalah salah satu sumber; pilih folder/file lain / "
                "the output is one of the sources; choose another folder or file"
            )


def write_model(model, target, *, overwrite: bool = False, progress=no_progress) -> list[Path]:
    """Write a CityModel to a CSV folder or an ``.xlsx`` workbook, atomically.

    A folder is first written beside the target and renamed into place, so a
    crash leaves either the old result or the new one, never half of it.
    """
    target = Path(target)
    if target.suffix.lower() == ".xlsm":
        # an .xlsm name promises a macro-enabled workbook; ours has no macros, and Excel
        # refuses a plain workbook under that name: say so instead of writing a misnamed file
        raise SynergyError(
            f"{target}: synergy menulis buku kerja tanpa makro; beri nama berakhiran .xlsx / "
            "synergy writes workbooks without macros; give a name ending in .xlsx"
        )
    if target.suffix.lower() == ".xlsx":
        return [_write_xlsx(model, target, overwrite)]
    if target.suffix.lower() in (".csv", ".xls", ".json", ".ttl"):
        raise SynergyError(
            f"{target}: tujuan harus folder atau .xlsx / the output must be a folder or an .xlsx file"
        )
    return write_csv_folder(model, target, overwrite=overwrite, progress=progress)


def _refuse_existing(path: Path, overwrite: bool) -> None:
    if path.exists() and not overwrite:
        raise SynergyError(
            f"{path}: sudah ada; pakai --force untuk menimpa / already exists; use --force to replace it"
        )


def _write_xlsx(model, target: Path, overwrite: bool) -> Path:
    from .workbook import write_workbook

    _refuse_existing(target, overwrite)
    write_workbook(model, target)  # atomic itself: temporary file, then rename
    return target


def write_csv_folder(model, folder, *, overwrite: bool = False, progress=no_progress) -> list[Path]:
    """Write ``agencies.csv``, ``programs.csv``, ``datasets.csv``, ``applications.csv``
    (and ``regions.csv`` when the model names regions) into ``folder``.

    Refuses a folder that already holds any of them unless ``overwrite``.
    Other files in the folder are left alone.
    """
    from .output import current_umask, write_text_atomic

    folder = Path(folder)
    existing = [folder / n for n in _TABLE_FILES if (folder / n).exists()]
    if existing and not overwrite:
        _refuse_existing(existing[0], False)
    names = [*TABLE_ORDER, *(name for name in SIDE_TABLES if len(model.table(name)))]
    texts = {f"{name}.csv": table_csv(model.table(name)) for name in names}
    if not folder.exists():
        # Build the whole folder beside the target, then rename it into place.
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        os.chmod(tmp, 0o777 & ~current_umask())  # mkdtemp makes it private; the result is to be shared
        try:
            for name in progress(list(texts), label="menulis / writing", total=len(texts)):
                (tmp / name).write_text(texts[name], encoding="utf-8", newline="")
            os.replace(tmp, folder)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    else:
        for name in progress(list(texts), label="menulis / writing", total=len(texts)):
            write_text_atomic(folder / name, texts[name])
    return [folder / name for name in texts]
