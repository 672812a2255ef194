"""The second, independent labelling of real sources (``groups-second.csv``) is well formed, and
``benchmarks/label_agreement.py`` counts agreement as it says."""
from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"
SECONDS = sorted(REAL.glob("*/groups-second.csv")) + sorted(REAL.glob("*/groups-training.csv")) + sorted(
    REAL.glob("*/groups-reader2.csv"))


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_agreement_doctests():
    module = _load("label_agreement", ROOT / "benchmarks" / "label_agreement.py")
    assert doctest.testmod(module).failed == 0
    a = module.agreement({("a", "b")}, set())
    assert (a["both"], a["specific"], a["recall"]) == (0, 0.0, 0.0)


@pytest.mark.parametrize("groups", SECONDS, ids=lambda p: p.parent.name)
def test_second_labelling_is_well_formed(groups):
    sys.path.insert(0, str(REAL))
    try:
        derive = _load("derive_labels", REAL / "derive_labels.py").derive
    finally:
        sys.path.remove(str(REAL))
    pairs = derive(groups.parent, groups.name)  # exits naming the row on an unknown id or a record twice
    assert pairs and {kind for _, _, kind, _ in pairs} <= {"duplicate", "same-system"}
    assert all(a < b for a, b, _, _ in pairs)
    log = groups.name.replace("groups", "LABELS").replace(".csv", ".md")
    assert (groups.parent / log).exists(), "every judgement call is written down"


def test_the_nomenclatures_knowledge_is_counted_against_the_labels_that_teach_its_weight(capsys):
    sys.path.insert(0, str(REAL))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        module = _load("label_agreement", ROOT / "benchmarks" / "label_agreement.py")
        derive = _load("derive_labels", REAL / "derive_labels.py").derive
    finally:
        sys.path.remove(str(REAL))
        sys.path.remove(str(ROOT / "benchmarks"))
    module.knowledge_against_training()
    out = capsys.readouterr().out
    folder = REAL / "nomenclature-overlaps"
    first, second, third = ({(a, b) for a, b, kind, _ in derive(folder, name) if kind == "duplicate"}
                            for name in ("groups.csv", "groups-reader2.csv", "groups-training.csv"))
    assert f"readers 1 and 2: {len(first)} and {len(second)} pairs, {len(first & second)} in both" in out
    both = first & second
    assert f"({len(both & third)} of {len(both)})" in out
    one = (first | second) - both
    assert f"({len(one & third)} of {len(one)})" in out
