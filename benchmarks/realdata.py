"""The labelled sources the matching model is trained and judged on, read the same way everywhere.

Each source is a city model and its labels:

- the real public sources under ``tests/data/real/<slug>/`` (converted faithfully,
  labelled blind; see its README). Application inventories are read into the
  applications table (and compared with ``kind="applications"``); rows a plan marks
  as routine (Sukabumi's ``bidang_urusan`` = ``Rutin``) are left out, as the labels
  leave them out;
- the project's own development set ``tests/data/duplicates`` and the sample city's
  answer key: written here, so development figures only. The sample city's
  application inventory (``sample-city-apps``) is scored but never trained on: the
  applications model learns from real inventories only.

``HELD_OUT`` is read from ``tests/data/real/README.md``: those sources are never used
for training or tuning, and are reported apart.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
REAL = ROOT / "tests" / "data" / "real"


@dataclass
class Source:
    name: str
    kind: str                 # "real" or "own"
    model: object             # CityModel
    duplicates: set           # sorted id pairs labelled duplicate
    same_system: set          # sorted id pairs labelled same-system
    held_out: bool = False
    records: str = "programs"  # what the records are: programs or applications (inventories)
    train: bool = True         # used to train the shipped model (the sample city's inventory is not)
    teaches: str = ""          # the one comparison this source alone trains (TEACHES), nothing else
    groups: dict = field(default_factory=dict)  # labelled duplicate pair -> its group (labels.csv's "group")


#: Sources that train one comparison only. The nomenclature's overlaps: two readers' labellings
#: are shipped as knowledge (synergy/resources/nomenklatur-overlaps.csv), a third's (labels.csv,
#: from groups-training.csv) says how far that knowledge meets another reader; standard names
#: only, so it would otherwise pull the plans' weights towards one file.
TEACHES = {"nomenclature-overlaps": "overlap"}
#: A development source trains the model only with at least this many labelled duplicate pairs
#: (the fewest of the sources trained on before stop 38, Magetan's, has 8): two pairs say nothing
#: of how duplicates look, and a partial export with few of them pulls the expected number of
#: duplicates per record down for every city (Banyuwangi's Renstra, 9 of the kabupaten's
#: agencies, 2 pairs: scored, not trained on; tests/data/real/README.md, stop 38).
MIN_TRAINING_PAIRS = 8
#: Development sources scored, not trained on, whatever their labels. Kabupaten Mamberamo Raya's plan
#: (stop 41): a model trained on it too (code coefficient 0.76 -> 0.00) found 6 of the generated city's
#: 9 planted duplicates (tests/test_generate.py asks 7) and tied 13 of Sukabumi's agencies instead of
#: 20 (docs/duplicates.md, "A fresh held-out plan"); the fictional cities must keep their figures.
SCORED_ONLY = frozenset({"kabmamberamoraya-apbdp2023"})


def _readme_list(key: str) -> set[str]:
    """The slugs listed on the ``KEY: ...`` line of ``tests/data/real/README.md``."""
    text = (REAL / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^{key}:\s*(.*)$", text, flags=re.M)
    return set(match.group(1).split()) if match else set()


def held_out() -> set[str]:
    """The sources held out of every tuning decision (``HELD_OUT`` in ``tests/data/real/README.md``)."""
    return _readme_list("HELD_OUT")


def seen_held_out() -> set[str]:
    """Held-out sources that were looked at after their first blind run (``HELD_OUT_SEEN`` in
    ``tests/data/real/README.md``): their figures are reported as "after looking"."""
    return _readme_list("HELD_OUT_SEEN")


def rerun_held_out() -> set[str]:
    """Held-out sources scored again after a change, still not looked at (``HELD_OUT_RERUN``):
    reported as "rerun, not looked at", apart from the blind first runs."""
    return _readme_list("HELD_OUT_RERUN")


def _pairs(path: Path, label: str, column: str = "label") -> set:
    if not path.exists():
        return set()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = frame[frame[column] == label]
    return {tuple(sorted(p)) for p in frame[["a", "b"]].values.tolist()}


def _groups(path: Path) -> dict:
    """Each labelled duplicate pair's group, where the labels name one (real sources)."""
    frame = _read(path)
    if "group" not in frame:
        return {}
    frame = frame[frame["label"] == "duplicate"]
    return {tuple(sorted((a, b))): g for a, b, g in frame[["a", "b", "group"]].values.tolist() if g}


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def real_model(folder: Path):
    """A CityModel of a converted real source."""
    from synergy.model import CityModel, make_table

    agencies = _read(folder / "agencies.csv")
    records = []
    applications = []
    if (folder / "applications.csv").exists():
        apps = _read(folder / "applications.csv")
        for row in apps.to_dict(orient="records"):
            applications.append({"id": row["id"], "name": row["name"], "agency": row["agency"],
                                 "description": row.get("description", ""), "url": row.get("url", ""),
                                 "status": row.get("status", ""), "platform": row.get("platform", ""),
                                 "users": tuple(u for u in row.get("users", "").split(";") if u)})
    if (folder / "programs.csv").exists():
        progs = _read(folder / "programs.csv")
        if "bidang_urusan" in progs:
            progs = progs[progs["bidang_urusan"] != "Rutin"]
        for row in progs.to_dict(orient="records"):
            records.append({k: row.get(k, "") for k in ("id", "name", "agency", "description", "objective",
                                                        "target_group", "output", "code")})
    agency_rows = []
    for row in agencies.to_dict(orient="records"):
        agency_rows.append({"id": row["id"], "name": row["name"], "short_name": row.get("short_name", ""),
                            "region": row.get("region", "")})
    return CityModel(make_table("agencies", agency_rows), make_table("programs", records), make_table("datasets", []),
                     applications=make_table("applications", applications))


def real_sources(include_held_out: bool = False) -> list[Source]:
    out = []
    hidden = held_out()
    for folder in sorted(p for p in REAL.iterdir() if p.is_dir()):
        if not (folder / "labels.csv").exists():
            continue
        if not ((folder / "applications.csv").exists() or (folder / "programs.csv").exists()):
            continue
        is_held = folder.name in hidden
        if is_held and not include_held_out:
            continue
        records = "applications" if (folder / "applications.csv").exists() else "programs"
        teaches = TEACHES.get(folder.name, "")
        duplicates = _pairs(folder / "labels.csv", "duplicate")
        out.append(Source(folder.name, "real", real_model(folder), duplicates,
                          _pairs(folder / "labels.csv", "same-system"), held_out=is_held, records=records,
                          train=not teaches and len(duplicates) >= MIN_TRAINING_PAIRS and folder.name not in SCORED_ONLY,
                          teaches=teaches, groups=_groups(folder / "labels.csv")))
    return out


def own_sources() -> list[Source]:
    from synergy.ingest import load_model

    devset, _ = load_model(ROOT / "tests" / "data" / "duplicates")
    sample, _ = load_model(None)
    key = ROOT / "data" / "pasuruan" / "answer_key.csv"
    duplicates = _pairs(key, "duplicate", "kind")
    apps = set(sample.applications["id"])
    sources = [
        Source("devset", "own", devset, _pairs(ROOT / "tests" / "data" / "duplicates" / "labels.csv", "duplicate", "kind"), set()),
        Source("sample-city", "own", sample, {p for p in duplicates if not set(p) & apps}, set()),
    ]
    if apps:  # the sample city's application inventory, with its own answer key rows
        app_duplicates = {p for p in duplicates if set(p) <= apps} | _rebuild_pairs(sample, key)
        sources.append(Source("sample-city-apps", "own", sample, app_duplicates,
                              _pairs(key, "same-system", "kind"), records="applications", train=False))
    return sources


def _rebuild_pairs(model, key: Path) -> set:
    """A local system and another agency's listing of the national application it rebuilds.

    The real labels count such a pair as a duplicate (two systems doing one job); the
    answer key states the rebuild once (``national-rebuild``, a = application, b = the
    national application's name), so its pairs are derived here in the same sense.
    """
    from synergy.functions import default_catalog

    catalog = default_catalog()
    hosts = {app.label.casefold(): app.hosts for app in catalog.national.values()}
    apps = model.applications
    frame = pd.read_csv(key, dtype=str, keep_default_na=False)
    out = set()
    for local, national in frame.loc[frame["kind"] == "national-rebuild", ["a", "b"]].values.tolist():
        owner = apps.loc[apps["id"] == local, "agency"].iloc[0]
        wanted = hosts.get(national.casefold(), ())
        for other, name, url, agency in zip(apps["id"], apps["name"], apps["url"], apps["agency"]):
            listed = name.casefold() == national.casefold() or any(h in url.casefold() for h in wanted)
            if listed and agency != owner:
                out.add(tuple(sorted((local, other))))
    return out


def pair_keys(pairs) -> list[tuple]:
    """Each reported pair of a result's ``pairs`` frame as its sorted id pair (how labels are keyed)."""
    return [tuple(sorted(p)) for p in pairs.iloc[:, :2].values.tolist()]


def score(source: Source, result) -> dict:
    """Closed-world precision, recall and F1 of a DuplicateResult on a source's labels.

    A reported pair labelled same-system is a false positive (one system, not two).
    """
    predicted = pair_keys(result.pairs)
    tp = sum(p in source.duplicates for p in predicted)
    same = sum(p in source.same_system for p in predicted)
    precision = tp / len(predicted) if predicted else (1.0 if not source.duplicates else 0.0)
    recall = tp / len(source.duplicates) if source.duplicates else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    records = source.model.applications if source.records == "applications" else source.model.programs
    # a group of labelled duplicates counts as found when one of its pairs is reported: a reader
    # shown one pair of a group looks at the rest; pair recall alone is ruled by the largest
    # groups (Jakarta's one group of land purchases, 3 of one agency against 71 of another, is 213 of
    # its 252 labelled pairs)
    groups = set(source.groups.get(p) for p in source.duplicates) - {None}
    groups_found = {source.groups.get(p) for p in predicted if p in source.duplicates} - {None}
    return {"source": source.name, "records": len(records), "labelled": len(source.duplicates),
            "reported": len(predicted), "tp": tp, "same_system_reported": same,
            "precision": precision, "recall": recall, "f1": f1,
            "groups": len(groups), "groups_found": len(groups_found)}
