"""Which agencies sent their form back, what they changed, which forms are still invalid.

The walidata's yearly round: ``synergy template CITY --all -o formulir/`` writes one
form per agency; the forms come back one by one. :func:`form_status` compares what
came back with the city: one row per agency of the city (``missing`` while no form
came back), one per form returned (``returned``, or ``invalid`` while it does not
validate on its own), with how many of the agency's rows are new, changed or gone
against the city; ``changes`` lists every changed field (:func:`synergy.diff.diff_models`).

A form belongs to the agency whose row it holds (the one row of its ``agencies``
sheet), else to the agency most of its rows belong to, else to the agency its file
is named after (``formulir-DINKES.xlsx``, ``dinkes.xlsx``).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

from .errors import InvalidData, SynergyError
from .i18n import pick

__all__ = ["STATUS_COLUMNS", "CHANGE_COLUMNS", "FormStatus", "form_status", "form_paths", "rows_of"]

STATUS_COLUMNS = ["agency", "name", "state", "form", "errors", "added", "changed", "removed", "first_problem"]
CHANGE_COLUMNS = ["agency", "form", "change", "table", "id", "field", "old", "new"]
_OWNER = {"agencies": "id", "programs": "agency", "datasets": "producer", "applications": "agency"}
_FORM_SUFFIXES = (".xlsx", ".xlsm")


@dataclasses.dataclass(frozen=True)
class FormStatus:
    """One row per agency and form (:data:`STATUS_COLUMNS`), and every changed field (:data:`CHANGE_COLUMNS`)."""

    agencies: pd.DataFrame
    changes: pd.DataFrame

    def summary(self, lang: str = "id") -> str:
        """One line for people.

        >>> s = FormStatus(pd.DataFrame({"agency": ["A", "B", "C"], "state": ["returned", "invalid", "missing"]}),
        ...                pd.DataFrame())
        >>> s.summary("en")
        '3 agencies: 2 returned a form (1 still invalid), 1 not yet'
        """
        frame = self.agencies
        returned = frame[frame["state"] != "missing"]["agency"].nunique()
        invalid = int((frame["state"] == "invalid").sum())
        missing = int((frame["state"] == "missing").sum())
        total = frame["agency"].nunique()
        return pick((f"{total} perangkat daerah: {returned} mengembalikan formulir ({invalid} belum sah), "
                     f"{missing} belum",
                     f"{total} agencies: {returned} returned a form ({invalid} still invalid), "
                     f"{missing} not yet"), lang)


def form_paths(paths) -> list[Path]:
    """The forms in ``paths``: workbooks as given, every workbook of a folder, a CSV folder as one form.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "b.xlsx").write_bytes(b""); _ = (d / "a.xlsx").write_bytes(b"")
    >>> [p.name for p in form_paths([d])]
    ['a.xlsx', 'b.xlsx']
    """
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            books = sorted(p for p in path.iterdir() if p.suffix.lower() in _FORM_SUFFIXES
                           and not p.name.startswith((".", "~$")))
            found.extend(books or [path])
        else:
            found.append(path)
    return found


def rows_of(model, agency: str):
    """The part of ``model`` an agency answers for: its row, its programs, datasets and applications."""
    tables = {name: model.table(name)[model.table(name)[key] == agency].reset_index(drop=True)
              for name, key in _OWNER.items()}
    return dataclasses.replace(model, **tables)


def _agency_of(model, path: Path, city_ids) -> str:
    rows = model.agencies["id"].tolist()
    if len(rows) == 1:
        return rows[0]
    counts: dict[str, int] = {}
    for name, key in _OWNER.items():
        if name == "agencies":
            continue
        for owner in model.table(name)[key]:
            counts[owner] = counts.get(owner, 0) + 1
    if counts:
        return max(sorted(counts), key=counts.get)
    return _agency_by_file(path, city_ids)


def _agency_in_rows(path: Path, city_ids) -> str:
    """The agency of a form that does not load: the one id its agencies sheet holds, else its file name."""
    from .readers import Unit, is_note_cell, read_unit, resolve_header

    if path.is_file() and path.suffix.lower() in _FORM_SUFFIXES:
        raws, _ = read_unit(Unit("xlsx", path), path.name)
        for raw in raws:
            if raw.table != "agencies":
                continue
            column = next((j for j, h in enumerate(raw.header) if resolve_header(h, "agencies") == "id"), None)
            ids = {row[column] for row in raw.rows
                   if column is not None and column < len(row) and row[column] and not is_note_cell(row[column])}
            if len(ids) == 1:
                return ids.pop()
    return _agency_by_file(path, city_ids)


def _agency_by_file(path: Path, city_ids) -> str:
    stem = path.stem if path.suffix else path.name
    for prefix in ("formulir-", "formulir_", "form-"):
        if stem.lower().startswith(prefix):
            stem = stem[len(prefix):]
    by_fold = {i.casefold(): i for i in city_ids}
    return by_fold.get(stem.casefold(), "")


def form_status(city, forms, *, columns=None) -> FormStatus:
    """Compare the forms that came back with the city.

    Parameters
    ----------
    city : CityModel
        The city the forms were made from.
    forms : list of paths
        Returned forms: workbooks, folders of workbooks (each one a form) or CSV folders.
    columns : path, optional
        A column mapping for forms with headers of their own.

    Returns
    -------
    FormStatus
        ``agencies``: :data:`STATUS_COLUMNS`, the city's agencies in its order (each
        form of an agency on its own row), then forms of agencies the city does not
        have; ``state`` is ``returned``, ``invalid`` or ``missing``; ``errors`` counts
        the problems that keep a form from validating alone, ``first_problem`` names
        the first; ``added``, ``changed`` and ``removed`` count the agency's rows
        (its own row, programs, datasets, applications) against the city.
        ``changes``: :data:`CHANGE_COLUMNS`, one row per changed field.

    Raises
    ------
    SynergyError
        When a form path does not exist.

    Examples
    --------
    >>> import tempfile
    >>> from synergy.model import CityModel
    >>> from synergy.template import write_forms
    >>> city = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas A"}, {"id": "B", "name": "Dinas B"}],
    ...     programs=[{"id": "P1", "name": "Posyandu", "agency": "A"}])
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_forms(folder, city, ["A"])
    >>> form_status(city, [folder]).agencies[["agency", "state", "changed"]].values.tolist()
    [['A', 'returned', 0], ['B', 'missing', 0]]
    """
    from .diff import diff_models
    from .ingest import load_model

    city_ids = list(city.agencies["id"])
    names = dict(zip(city.agencies["id"], city.agencies["name"]))
    rows, changes = [], []
    for path in form_paths(forms):
        if not path.exists():
            raise SynergyError(f"{path}: tidak ada / does not exist")
        try:
            model, _warnings = load_model([path], columns=columns)
        except InvalidData as exc:
            errors = [p for p in exc.problems if p.is_error]
            agency = _agency_in_rows(path, city_ids)
            rows.append([agency, names.get(agency, ""), "invalid", str(path), len(errors), 0, 0, 0, str(errors[0])])
            continue
        agency = _agency_of(model, path, city_ids)
        diff = diff_models(rows_of(city, agency), rows_of(model, agency), duplicates=False)
        counted = {kind: diff[diff["change"] == kind]["id"].nunique() for kind in ("added", "removed")}
        edited = diff[~diff["change"].isin(["added", "removed"])]
        name = names.get(agency) or (model.agencies.set_index("id")["name"].get(agency, "") if agency else "")
        rows.append([agency, name, "returned", str(path), 0, counted["added"],
                     edited[["table", "id"]].drop_duplicates().shape[0], counted["removed"], ""])
        if len(diff):
            changes.append(diff.assign(agency=agency, form=str(path))[CHANGE_COLUMNS])
    seen = {r[0] for r in rows}
    rows += [[a, names.get(a, ""), "missing", "", 0, 0, 0, 0, ""] for a in city_ids if a not in seen]
    order = {a: k for k, a in enumerate(city_ids)}
    rows.sort(key=lambda r: (order.get(r[0], len(order)), r[0], r[3]))
    frame = pd.DataFrame(rows, columns=STATUS_COLUMNS)
    for column in ("errors", "added", "changed", "removed"):
        frame[column] = frame[column].astype("int64")
    changed = pd.concat(changes, ignore_index=True) if changes else pd.DataFrame(columns=CHANGE_COLUMNS)
    return FormStatus(frame, changed)
