"""The labelled sources the matching model is trained and judged on, read the same way everywhere.

Each source is a city model and its labels:

- the real public sources under ``tests/data/real/<slug>/`` (converted faithfully,
  labelled blind; see its README). Application inventories are read as records of
  the programs table (name, agency, description; ``url`` as an extra column) until
  applications are a table of their own; rows a plan marks as routine (Sukabumi's
  ``bidang_urusan`` = ``Rutin``) are left out, as the labels leave them out;
- the project's own development set ``tests/data/duplicates`` and the sample city's
  answer key: written here, so development figures only.

``HELD_OUT`` is read from ``tests/data/real/README.md``: those sources are never used
for training or tuning, and are reported apart.
"""
from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
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


def held_out() -> set[str]:
    text = (REAL / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^HELD_OUT:\s*(.*)$", text, flags=re.M)
    return set(match.group(1).split()) if match else set()


def _pairs(path: Path, label: str, column: str = "label") -> set:
    if not path.exists():
        return set()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = frame[frame[column] == label]
    return {tuple(sorted(p)) for p in frame[["a", "b"]].values.tolist()}


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def real_model(folder: Path):
    """A CityModel of a converted real source (applications read as programs)."""
    from synergy.model import CityModel, make_table

    agencies = _read(folder / "agencies.csv")
    records = []
    extra = []
    if (folder / "applications.csv").exists():
        apps = _read(folder / "applications.csv")
        extra = ["url"]
        for row in apps.to_dict(orient="records"):
            records.append({"id": row["id"], "name": row["name"], "agency": row["agency"],
                            "description": row.get("description", ""), "url": row.get("url", "")})
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
    programs = make_table("programs", records, tuple(extra))
    return CityModel(make_table("agencies", agency_rows), programs, make_table("datasets", []))


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
        out.append(Source(folder.name, "real", real_model(folder), _pairs(folder / "labels.csv", "duplicate"),
                          _pairs(folder / "labels.csv", "same-system"), held_out=is_held, records=records))
    return out


def own_sources() -> list[Source]:
    from synergy.ingest import load_model

    devset, _ = load_model(ROOT / "tests" / "data" / "duplicates")
    sample, _ = load_model(None)
    return [
        Source("devset", "own", devset, _pairs(ROOT / "tests" / "data" / "duplicates" / "labels.csv", "duplicate", "kind"), set()),
        Source("sample-city", "own", sample, _pairs(ROOT / "data" / "pasuruan" / "answer_key.csv", "duplicate", "kind"), set()),
    ]


def score(source: Source, result) -> dict:
    """Closed-world precision, recall and F1 of a DuplicateResult on a source's labels.

    A reported pair labelled same-system is a false positive (one system, not two).
    """
    predicted = [tuple(sorted(p)) for p in result.pairs[["program_a", "program_b"]].values.tolist()]
    tp = sum(p in source.duplicates for p in predicted)
    same = sum(p in source.same_system for p in predicted)
    precision = tp / len(predicted) if predicted else (1.0 if not source.duplicates else 0.0)
    recall = tp / len(source.duplicates) if source.duplicates else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"source": source.name, "records": len(source.model.programs), "labelled": len(source.duplicates),
            "reported": len(predicted), "tp": tp, "same_system_reported": same,
            "precision": precision, "recall": recall, "f1": f1}
