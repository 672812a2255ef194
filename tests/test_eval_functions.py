"""``benchmarks/eval_functions.py``: the function catalogue judged on blind labelled samples reads
its labels and counts what it says."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("eval_functions", ROOT / "benchmarks" / "eval_functions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_samples_are_labelled_with_known_functions_and_held_out_sources_are_absent():
    from synergy.functions import default_catalog

    module = _load()
    known = set(default_catalog().functions)
    for folder in module.SAMPLES.values():
        frame = module.load_sample(folder)
        assert len(frame) > 200 and not frame[["source", "id"]].duplicated().any()
        assert set().union(*frame["gold"]) <= known
        assert not set(frame["source"]) & {"madiun-kab-apps", "denpasar-apps"}


def test_scores_count_record_function_pairs():
    module = _load()
    gold = [frozenset({"queue"}), frozenset(), frozenset({"roads", "waste"})]
    named = [frozenset({"queue", "hospital"}), frozenset({"website"}), frozenset({"roads"})]
    s = module.scores(gold, named)
    assert (s["labelled"], s["named"], s["right"], s["agree"], s["extra"]) == (3, 4, 2, 0, 1)
    assert "P 0.50" in module.line("x", s) and "R 0.67" in module.line("x", s)


def test_records_are_read_as_the_duplicate_finder_reads_them():
    # an agency's official site names the agency ("Badan Penanggulangan Bencana Daerah"), which is
    # no function of the site: the finder strips the owner's name before it reads functions
    module = _load()
    frame = module.load_sample(module.SAMPLE)
    site = frame[frame["id"] == "BTN-T1-009"]
    assert "Bencana" in site["description"].iloc[0]
    assert module.predict(site) == [frozenset({"website"})]
