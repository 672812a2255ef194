"""Agency pair counts, coverage of the dimension scheme, working-group communities."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from synergy.duplicates import find_duplicates
from synergy.metrics import agency_matrix, agency_pairs, communities, coverage
from synergy.model import CityModel
from synergy.schema import ELEMENTS


@pytest.fixture(scope="module")
def city():
    return CityModel.from_records(
        agencies=[{"id": a, "name": f"Dinas {a}"} for a in ("CAPIL", "DINSOS", "DINKES", "PERKIM", "DLH", "DISHUB")],
        programs=[
            {"id": "P1", "name": "SIAK", "agency": "CAPIL", "produces": ("NIK",), "dimension": ("governance",),
             "element": "public-service", "budget": 10},
            {"id": "P2", "name": "DTKS", "agency": "DINSOS", "uses": ("NIK",), "produces": ("DTKS",),
             "dimension": ("economy",), "element": "welfare", "budget": 5},
            {"id": "P3", "name": "PBI", "agency": "DINKES", "uses": ("DTKS", "NIK"), "dimension": ("living",),
             "element": "health"},
            {"id": "P4", "name": "RTLH", "agency": "PERKIM", "uses": ("DTKS",), "dimension": ("living", "economy"),
             "element": "welfare", "budget": 7},
            {"id": "P5", "name": "Sampah", "agency": "DLH", "produces": ("TPS",), "dimension": ("environment",),
             "element": "waste"},
            {"id": "P6", "name": "Angkut", "agency": "DISHUB", "uses": ("TPS",), "dimension": ("environment",),
             "element": "waste", "depends_on": ("P5",)},
        ],
        datasets=[{"id": "NIK", "name": "NIK", "producer": "CAPIL"},
                  {"id": "DTKS", "name": "DTKS", "producer": "DINSOS"},
                  {"id": "TPS", "name": "TPS", "producer": "DLH"}],
    )


def test_pairs_count_shared_datasets_and_dependencies(city):
    got = agency_pairs(city, duplicates=False).set_index(["agency_a", "agency_b"])
    assert got.loc[("CAPIL", "DINKES"), "shared_datasets"] == 1
    assert got.loc[("CAPIL", "DINKES"), "dependencies"] == 1
    assert got.loc[("DINKES", "DINSOS"), "datasets"] == ("DTKS",)
    # explicit depends_on and the dataset link between the same two programs are one dependency
    assert got.loc[("DISHUB", "DLH"), "dependencies"] == 1
    assert got.loc[("DISHUB", "DLH"), "weight"] == 2
    assert got["duplicates"].isna().all()
    assert ("DINKES", "PERKIM") not in got.index  # two users of one dataset: no pair by itself


def test_matrix_is_symmetric_with_every_agency(city):
    m = agency_matrix(city, "shared_datasets", duplicates=False)
    assert list(m.index) == sorted(city.agencies["id"]) == list(m.columns)
    assert (m.values == m.values.T).all()
    assert m.loc["DINSOS", "PERKIM"] == 1 and m.loc["DLH", "DLH"] == 0
    with pytest.raises(ValueError):
        agency_matrix(city, "friendship")


def test_duplicates_column_is_counted_by_default(city):
    assert agency_pairs(city)["duplicates"].notna().all()


def test_duplicates_column_counts_the_cross_agency_duplicate_pairs():
    m = CityModel.from_records(
        agencies=[{"id": a, "name": f"Dinas {a}"} for a in ("DISKOMINFO", "DPMPTSP", "DLH")],
        programs=[{"id": "P1", "name": "Pengembangan Aplikasi Pengaduan Masyarakat", "agency": "DISKOMINFO"},
                  {"id": "P2", "name": "Pengembangan Aplikasi Pengaduan Masyarakat", "agency": "DPMPTSP"},
                  {"id": "P3", "name": "Pengelolaan Sampah Rumah Tangga", "agency": "DLH"}])
    agency = dict(zip(m.programs["id"], m.programs["agency"]))
    found = find_duplicates(m).pairs
    expected = Counter(tuple(sorted((agency[a], agency[b]))) for a, b in zip(found["program_a"], found["program_b"]))
    assert expected, "the fixture must hold a duplicate pair"
    got = agency_pairs(m)
    assert {(r.agency_a, r.agency_b): r.duplicates for r in got.itertuples()} == dict(expected)


def test_coverage_has_every_dimension_and_element(city):
    c = coverage(city)
    assert len(c) == 6 + 18
    assert set(c.loc[c["level"] == "element", "element"]) == set(ELEMENTS)
    el = c[c["level"] == "element"].set_index("element")
    assert el.loc["welfare", "programs"] == 2 and el.loc["welfare", "agency_list"] == ("DINSOS", "PERKIM")
    assert el.loc["welfare", "budget"] == 12
    assert bool(el.loc["tourism", "gap"]) and el.loc["tourism", "programs"] == 0
    dim = c[c["level"] == "dimension"].set_index("dimension")
    assert dim.loc["living", "programs"] == 2 and dim.loc["economy", "programs"] == 2
    assert dim.loc["branding", "gap"]
    assert el.loc["health", "label"] == "Kesehatan"
    assert coverage(city, lang="en").set_index("element").loc["health", "label"] == "Health"


def test_communities_are_reproducible_and_separate_unrelated_groups(city):
    a = communities(city, seed=3, duplicates=False)
    b = communities(city, seed=3, duplicates=False)
    pd.testing.assert_frame_equal(a, b)
    group = dict(zip(a["agency"], a["community"]))
    assert group["DLH"] == group["DISHUB"]
    assert group["DLH"] != group["CAPIL"]
    assert group["DINSOS"] == group["PERKIM"]
    assert a.groupby("community")["size"].first().min() >= 2


def test_each_group_weighs_and_names_what_its_own_edges_hold():
    """A group's weight and datasets are those of the edges between its members, as the induced
    subgraph of the agencies' graph holds them (checked on a generated roll-up of four regions,
    whose groups have many edges, and on the sample city with its duplicates)."""
    import importlib.util
    from pathlib import Path

    import networkx as nx

    from synergy.ingest import load_model

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("bench_analyses", root / "benchmarks" / "bench_analyses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for model, duplicates in ((module.generate(3000, 4, seed=2), False), (load_model()[0], True)):
        pairs = agency_pairs(model, duplicates=duplicates)
        graph = nx.Graph()
        for a, b, w, ds in zip(pairs["agency_a"], pairs["agency_b"], pairs["weight"], pairs["datasets"]):
            if int(w) > 0:
                graph.add_edge(a, b, weight=int(w), datasets=ds)
        found = communities(model, seed=1, duplicates=duplicates)
        assert found["community"].nunique() >= 2
        for _, group in found.groupby("community"):
            inside = graph.subgraph(group["agency"].tolist())
            counts = Counter(d for _, _, ds in inside.edges(data="datasets") for d in ds)
            top = tuple(d for d, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:5])
            assert set(group["weight"]) == {int(inside.size(weight="weight"))} and inside.number_of_edges() > 0
            assert set(group["datasets"]) == {top}


def test_empty_model_metrics():
    m = CityModel.empty()
    assert agency_pairs(m, duplicates=False).empty
    assert communities(m, duplicates=False).empty
    assert coverage(m)["gap"].all()


# ---------------------------------------------------------------------------- the command
CITY = str(__import__("pathlib").Path(__file__).parent / "data" / "deps" / "city")


def run(*args):
    from click.testing import CliRunner

    from cli import main

    return CliRunner().invoke(main, ["metrics", CITY, *args], catch_exceptions=False)


def test_cli_matrix_lines():
    result = run("--no-duplicates")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "agency_a,agency_b,shared_datasets,dependencies,duplicates,weight,datasets",
        "CAPIL,DINSOS,1,1,,2,DS-NIK",
        "DINKES,DINSOS,1,1,,2,DS-DTKS",
        "DINSOS,PERKIM,1,1,,2,DS-DTKS",
        "BIG,PERKIM,1,0,,1,DS-PETA",
    ]


def test_cli_coverage_and_chains():
    lines = run("--what", "coverage", "--lang", "en").stdout.splitlines()
    assert lines[0] == "level,dimension,element,label,programs,agencies,budget,gap,agency_list"
    assert lines[1] == "dimension,governance,,Smart Governance,3,2,100000000,False,CAPIL;KOMINFO"
    assert len(lines) == 1 + 24
    assert run("--what", "chains").stdout.splitlines()[1] == "1,3,P-SIAK -> P-DTKS -> P-PBI,P-SIAK,P-PBI,3"


def test_cli_communities_same_seed_same_output_json():
    import json

    a = run("--what", "communities", "--seed", "5", "--format", "json", "--no-duplicates")
    b = run("--what", "communities", "--seed", "5", "--format", "json", "--no-duplicates")
    assert a.exit_code == 0 and a.stdout == b.stdout
    rows = json.loads(a.stdout)
    assert list(rows[0])[:2] == ["community", "agency"]
    assert {r["agency"] for r in rows} >= {"CAPIL", "DINSOS"}


def test_cli_critical_header_and_bad_choice():
    assert run("--what", "critical").stdout.splitlines()[0] == (
        "id,kind,name,agency,programs,agencies,budget,articulation,betweenness")
    assert run("--what", "everything").exit_code == 2


def _ties_by_walking_the_flow_graph(model):
    """The agency ties read from synergy.dependencies.flow_graph, as agency_pairs read them before stop 53."""
    from collections import defaultdict

    from synergy.dependencies import flow_graph

    flow = flow_graph(model)
    shared = defaultdict(set)
    for did, producer in zip(model.datasets["id"], model.datasets["producer"]):
        for p, rel in flow.succ.get(did, ()):
            user = flow.agency.get(p, "")
            if rel == "uses" and user and user != producer:
                shared[tuple(sorted((producer, user)))].add(did)
    deps = Counter()
    for q, p in flow.program_edges():
        x, y = flow.agency.get(q, ""), flow.agency.get(p, "")
        if x and y and x != y:
            deps[tuple(sorted((x, y)))] += 1
    return shared, deps


def _random_city(seed):
    """Agencies tied every way agency_pairs counts, and some ways it must not (same agency, self-use)."""
    import random

    rng = random.Random(seed)
    agencies = [f"A{i:02d}" for i in range(30)]
    datasets = [{"id": f"D{i}", "name": f"Data {i}", "producer": rng.choice(agencies)} for i in range(60)]
    programs = []
    for i in range(150):
        programs.append({"id": f"P{i}", "name": f"Program {i}", "agency": rng.choice(agencies),
                         "uses": tuple(rng.sample([d["id"] for d in datasets], rng.randint(0, 2))),
                         "produces": tuple(rng.sample([d["id"] for d in datasets], rng.randint(0, 1))),
                         "depends_on": tuple(f"P{j}" for j in rng.sample(range(150), rng.randint(0, 1)) if j != i)})
    applications = [{"id": f"APP{i}", "name": f"Aplikasi {i}", "agency": rng.choice(agencies),
                     "uses": tuple(rng.sample([d["id"] for d in datasets], rng.randint(0, 3)))} for i in range(10)]
    # for certain: a program using what it produces, and depends_on beside a dataset link
    datasets.append({"id": "DX", "name": "Data X", "producer": "A02"})
    programs += [{"id": "PS", "name": "Self", "agency": "A00", "produces": ("D0",), "uses": ("D0",)},
                 {"id": "PX", "name": "Source", "agency": "A02", "produces": ("DX",)},
                 {"id": "PY", "name": "Sink", "agency": "A03", "uses": ("DX",), "depends_on": ("PX",)}]
    return CityModel.from_records(agencies=[{"id": a, "name": a} for a in agencies], programs=programs,
                                  datasets=datasets, applications=applications)


def _city(which):
    from pathlib import Path

    from synergy.ingest import load_model

    if which == "sample":
        return load_model(Path(__file__).resolve().parents[1] / "data" / "pasuruan")[0]
    return _random_city(which)


@pytest.mark.parametrize("which", ["sample", 1, 2])
def test_pairs_are_the_ties_of_the_flow_graph(which):
    """Whole-table joins count exactly what walking the flow graph counts: every pair, its
    datasets in order, its dependencies (datasets used by applications, a program that uses
    what it produces, depends_on beside a dataset link, cross-agency only)."""
    model = _city(which)
    shared, deps = _ties_by_walking_the_flow_graph(model)
    assert shared and deps, "the city must hold both kinds of tie"
    got = agency_pairs(model, duplicates=False)
    keys = set(shared) | set(deps)
    assert set(zip(got["agency_a"], got["agency_b"])) == keys
    for row in got.itertuples():
        key = (row.agency_a, row.agency_b)
        assert row.datasets == tuple(sorted(shared.get(key, ())))
        assert row.shared_datasets == len(shared.get(key, ()))
        assert row.dependencies == deps.get(key, 0)

