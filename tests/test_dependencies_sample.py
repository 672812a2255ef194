"""Every planted dependency chain and cycle of the sample city's answer key is found."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.dependencies import chain, cycles, downstream, impact, longest_chains
from synergy.ingest import load_model
from synergy.roadmap import roadmap

KEY = Path(__file__).resolve().parent.parent / "data" / "pasuruan" / "answer_key.csv"


def rows(kind):
    with open(KEY, encoding="utf-8") as handle:
        return [pytest.param(r["a"], r["b"], r["note"], id=f"{r['a']}-{r['b']}"[:40])
                for r in csv.DictReader(handle) if r["kind"] == kind]


@pytest.fixture(scope="module")
def model():
    return load_model(None)[0]


@pytest.mark.parametrize("a,b,note", rows("chain"))
def test_planted_chain_found(model, a, b, note):
    hops = chain(model, a, b)
    assert len(hops), f"no chain between {a} and {b}"
    ends = {hops.iloc[0]["from"], hops.iloc[-1]["to"]}
    assert ends == {a, b}
    # consecutive hops connect, and the chain is no longer than the planted one
    assert (hops["to"].iloc[:-1].to_numpy() == hops["from"].iloc[1:].to_numpy()).all()
    planted = int(re.match(r"(\d+) hops", note).group(1))
    assert len(hops) <= planted
    # the same node is downstream at exactly that depth
    start, end = hops.iloc[0]["from"], hops.iloc[-1]["to"]
    down = downstream(model, start).set_index("id")
    assert down.loc[end, "depth"] == len(hops)


@pytest.mark.parametrize("cycle,_,note", rows("cycle"))
def test_planted_cycle_found(model, cycle, _, note):
    found = cycles(model)
    assert cycle in set(found["cycle"])
    path = note.split(":", 1)[1].strip()
    assert path in set(found["path"])


def test_cycle_members_are_set_aside_in_the_roadmap(model):
    plan = roadmap(model).set_index("program")
    for cycle in cycles(model)["programs"]:
        for p in cycle:
            assert plan.loc[p, "cycle"] != "" and pd.isna(plan.loc[p, "phase"])


def test_population_data_stops_much_of_the_city(model):
    hit = impact(model, "DS-NIK")
    assert hit.programs >= 15 and hit.agencies >= 10 and hit.budget > 0


def test_longest_chain_is_at_least_the_planted_one(model):
    planted = max(int(re.match(r"(\d+) hops", r.values[2]).group(1)) for r in rows("chain"))
    # the planted 13-hop chain through datasets passes 7 programs
    assert longest_chains(model, 1).loc[0, "length"] >= (planted + 1) // 2


def test_cli_deps_on_the_sample_with_and_without_source():
    runner = CliRunner()
    sample = str(KEY.parent)
    a = runner.invoke(main, ["deps", "DS-NIK"], catch_exceptions=False)
    b = runner.invoke(main, ["deps", sample, "DS-NIK"], catch_exceptions=False)
    assert a.exit_code == b.exit_code == 0
    assert a.stdout == b.stdout
    assert a.stdout.splitlines()[0] == "id,kind,depth,name,agency,via,relation"
    assert "P-004,program,1," in a.stdout
