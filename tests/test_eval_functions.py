"""``benchmarks/eval_functions.py``: the function catalogue judged on blind labelled samples reads
its labels and counts what it says."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_functions as bench  # noqa: E402


def test_samples_are_labelled_with_known_functions_and_held_out_sources_are_absent():
    from synergy.functions import default_catalog

    known = set(default_catalog().functions)
    for folder in bench.SAMPLES.values():
        frame = bench.load_sample(folder)
        assert len(frame) > 200 and not frame[["source", "id"]].duplicated().any()
        assert set().union(*frame["gold"]) <= known
        assert not set(frame["source"]) & {"madiun-kab-apps", "denpasar-apps"}


def test_scores_count_record_function_pairs():
    gold = [frozenset({"queue"}), frozenset(), frozenset({"roads", "waste"})]
    named = [frozenset({"queue", "hospital"}), frozenset({"website"}), frozenset({"roads"})]
    s = bench.scores(gold, named)
    assert (s["labelled"], s["named"], s["right"], s["agree"], s["extra"]) == (3, 4, 2, 0, 1)
    assert "P 0.50" in bench.line("x", s) and "R 0.67" in bench.line("x", s)


def test_records_are_read_as_the_duplicate_finder_reads_them():
    # an agency's official site names the agency ("Badan Penanggulangan Bencana Daerah"), which is
    # no function of the site: the finder strips the owner's name before it reads functions
    frame = bench.load_sample(bench.SAMPLE)
    site = frame[frame["id"] == "BTN-T1-009"]
    assert "Bencana" in site["description"].iloc[0]
    assert bench.predict(site) == [frozenset({"website"})]
