"""``benchmarks/eval_datasets.py``: the duplicate-dataset finding judged on a real Satu Data
catalogue (Kabupaten Keerom, labelled blind) reads its labels and scores what it says."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_datasets as bench  # noqa: E402


def test_keerom_labels_and_figures():
    truth = bench.labelled_pairs(bench.KEEROM / "labels.csv", "duplicate", "label")
    assert len(truth) == 18 and all(a < b for a, b in truth)
    found = bench.scored_pairs(bench.catalogue_model(), 0.4)
    assert all(0.4 <= s <= 1.0 + 1e-9 for s in found.values())
    # an identical indicator listed by two producers is found on titles alone
    assert ("km-588", "km-627") in found
    line = bench.figures(set(found), truth)
    right = len(set(found) & truth)
    assert f"right {right:>3}" in line and f"reported {len(found):>4}" in line
    # the breakdown as the description changes what is compared, not the labels
    with_breakdown = bench.catalogue_model(with_breakdown=True)
    assert (with_breakdown.datasets["description"] != "").sum() > 100


def test_script_runs(capsys):
    sys.argv = ["eval_datasets.py"]
    bench.main()
    out = capsys.readouterr().out
    assert "kabkeerom-satudata, as converted" in out and "each breakdown" in out and "sample city" in out
    # held-out catalogues are scored only when asked for, at the end of the work they judge
    assert bench.held_out_data() and not any(name in out for name in bench.held_out_data())
    assert {p.name for p in bench.catalogues(held_out=True)} <= bench.held_out_data()
