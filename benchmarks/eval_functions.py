"""How well the function catalogue names what a record does, against blind labels.

    python benchmarks/eval_functions.py          # figures per source and pooled, per sample
    python benchmarks/eval_functions.py --show   # also where the first sample disagrees

Two samples of the development sources (sub-kegiatan of the national nomenclature, programs
of a regency's plan and applications of three SPBE inventories), each record labelled blind
with the functions of ``ontology/functions.ttl`` whose definition covers its core job (each
folder's ORIGIN.md says how): tests/data/real/functions-sample (300 records; its disagreements
were read and the catalogue's vocabulary extended from them, so its figure is in-sample) and
tests/data/real/functions-sample-2 (201 other records, never read while tuning).

The catalogue reads each record as the duplicate finder does
(``synergy.features.record_features``: the name without URLs and its owner's name, the
description, the hosts named, an agency's own website) and is scored on (record, function)
pairs: precision is the share of the functions it names that the labeller gave, recall the
share of the labeller's functions it names; a record neither gave a function to counts as
agreement.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_real import wilson  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "real" / "functions-sample"
SAMPLES = {"first sample (read while tuning)": SAMPLE,
           "second sample (never read while tuning)": ROOT / "tests" / "data" / "real" / "functions-sample-2"}


def load_sample(folder: Path = SAMPLE) -> pd.DataFrame:
    """records.csv joined with labels.csv: source, id, name, description, gold (a set of keys)."""
    records = pd.read_csv(folder / "records.csv", dtype=str, keep_default_na=False)
    labels = pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)
    frame = records.merge(labels[["source", "id", "functions", "confidence"]], on=["source", "id"], how="left",
                          validate="one_to_one")
    if frame["functions"].isna().any():
        raise SystemExit(f"unlabelled records in {folder}: {frame.loc[frame['functions'].isna(), 'id'].tolist()}")
    frame["gold"] = [frozenset(k for k in f.split(";") if k) for f in frame["functions"]]
    return frame


def predict(frame: pd.DataFrame, catalog=None) -> list[frozenset]:
    """The functions the duplicate finder reads in each record (``synergy.features.record_features``
    over the record's whole source: its name without URLs and its owner's name, its description,
    the hosts it names, an agency's own website); a nomenclature name is read alone."""
    import realdata
    from synergy.features import record_features
    from synergy.functions import FunctionCatalog
    from synergy.regions import region_names
    from synergy.text import Normalizer

    catalog = catalog or FunctionCatalog.load(ROOT / "ontology" / "functions.ttl")  # this checkout's
    found: dict[tuple, frozenset] = {}
    sources = {s.name: s for s in realdata.real_sources()}
    for source in sorted(set(frame["source"]) - {"nomenclature"}):
        model = sources[source].model
        records = model.applications if sources[source].records == "applications" else model.programs
        features = record_features(records.reset_index(drop=True), model.agencies, normalizer=Normalizer(),
                                   catalog=catalog, region_names=list(region_names(model).values()))
        for i, record in enumerate(records["id"].tolist()):
            found[(source, record)] = frozenset(features.functions[i] | features.own_functions[i])
    return [found[(source, record)] if source != "nomenclature" else frozenset(catalog.functions_of(name))
            for source, record, name in zip(frame["source"], frame["id"], frame["name"])]


def scores(gold: list, predicted: list) -> dict:
    right = sum(len(g & p) for g, p in zip(gold, predicted))
    named, labelled = sum(map(len, predicted)), sum(map(len, gold))
    return {"records": len(gold), "labelled": labelled, "named": named, "right": right,
            "agree": sum(g == p for g, p in zip(gold, predicted)),
            "extra": sum(bool(p) and not g for g, p in zip(gold, predicted))}


def line(name: str, s: dict) -> str:
    p = s["right"] / s["named"] if s["named"] else 0.0
    r = s["right"] / s["labelled"] if s["labelled"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    (plo, phi), (rlo, rhi) = wilson(s["right"], s["named"]), wilson(s["right"], s["labelled"])
    return (f"  {name:<22} records {s['records']:>3}  labelled {s['labelled']:>3}  named {s['named']:>3}  "
            f"right {s['right']:>3}  P {p:.2f} [{plo:.2f}-{phi:.2f}]  R {r:.2f} [{rlo:.2f}-{rhi:.2f}]  F1 {f1:.2f}  "
            f"same set {s['agree'] / s['records']:.2f}  named where the labeller gave none {s['extra']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every record of the first sample where the two disagree")
    args = parser.parse_args()
    print("Function catalogue against blind labels:")
    frames = {title: load_sample(folder) for title, folder in SAMPLES.items()}
    # every source is read once for both samples (record_features over a whole source)
    predicted = iter(predict(pd.concat(list(frames.values()), ignore_index=True)))
    for title, folder in SAMPLES.items():
        frame = frames[title]
        frame["predicted"] = [next(predicted) for _ in range(len(frame))]
        by_source = defaultdict(list)
        for i, source in enumerate(frame["source"]):
            by_source[source].append(i)
        print(f"{title}, {folder.relative_to(ROOT)}:")
        for source, rows in by_source.items():
            print(line(source, scores(frame["gold"].iloc[rows].tolist(), frame["predicted"].iloc[rows].tolist())))
        print(line("pooled", scores(frame["gold"].tolist(), frame["predicted"].tolist())))
        confident = frame["confidence"] == "high"
        print(line("labeller sure (high)", scores(frame.loc[confident, "gold"].tolist(),
                                                  frame.loc[confident, "predicted"].tolist())))
        if args.show and folder == SAMPLE:
            for row in frame.itertuples():
                if row.gold != row.predicted:
                    print(f"{row.source} {row.id}: labelled {sorted(row.gold)} named {sorted(row.predicted)} | "
                          f"{row.name[:70]} | {row.description[:80]}")


if __name__ == "__main__":
    main()
