"""Exact semantics of the dependency analyses, on small hand-made models."""
from __future__ import annotations

import pandas as pd
import pytest

from synergy.dependencies import (
    chain,
    critical_nodes,
    cycles,
    downstream,
    impact,
    longest_chains,
    program_graph,
    upstream,
)
from synergy.errors import UnknownNode
from synergy.model import CityModel


@pytest.fixture(scope="module")
def city():
    """CAPIL produces NIK; DINSOS builds DTKS from NIK; two agencies use DTKS.

    Flow: P-SIAK -> DS-NIK -> P-DTKS -> DS-DTKS -> P-PBI (DINKES), P-RTLH (PERKIM)
          P-RTLH also lists P-SURVEI (PERKIM) in depends_on.
          DS-PETA is published by BIG with no producing program; P-RTLH uses it.
          P-LONE uses nothing and nobody needs it.
    """
    return CityModel.from_records(
        agencies=[{"id": a, "name": f"Dinas {a}"} for a in ("CAPIL", "DINSOS", "DINKES", "PERKIM", "BIG")],
        programs=[
            {"id": "P-SIAK", "name": "SIAK", "agency": "CAPIL", "produces": ("DS-NIK",), "budget": 100},
            {"id": "P-DTKS", "name": "Pemutakhiran DTKS", "agency": "DINSOS", "uses": ("DS-NIK",),
             "produces": ("DS-DTKS",), "budget": 50},
            {"id": "P-PBI", "name": "Jaminan PBI", "agency": "DINKES", "uses": ("DS-DTKS",), "budget": 30},
            {"id": "P-SURVEI", "name": "Survei RTLH", "agency": "PERKIM", "budget": 5},
            {"id": "P-RTLH", "name": "Bedah RTLH", "agency": "PERKIM", "uses": ("DS-DTKS", "DS-PETA"),
             "depends_on": ("P-SURVEI",), "budget": 20},
            {"id": "P-LONE", "name": "Sendiri", "agency": "DINKES"},
        ],
        datasets=[
            {"id": "DS-NIK", "name": "Data Kependudukan", "producer": "CAPIL"},
            {"id": "DS-DTKS", "name": "DTKS", "producer": "DINSOS"},
            {"id": "DS-PETA", "name": "Peta Dasar", "producer": "BIG"},
        ],
    )


def rows(frame, *cols):
    return [tuple(r) for r in frame[list(cols)].itertuples(index=False)]


def test_downstream_of_dataset_goes_through_programs_and_their_datasets(city):
    got = downstream(city, "DS-NIK")
    assert list(got.columns[:3]) == ["id", "kind", "depth"]
    assert rows(got, "id", "kind", "depth") == [
        ("P-DTKS", "program", 1),
        ("DS-DTKS", "dataset", 2),
        ("P-PBI", "program", 3),
        ("P-RTLH", "program", 3),
    ]


def test_downstream_records_how_each_node_was_reached(city):
    got = downstream(city, "P-SIAK").set_index("id")
    assert got.loc["DS-NIK", "relation"] == "produces"
    assert got.loc["P-DTKS", ["via", "relation"]].tolist() == ["DS-NIK", "uses"]
    assert got.loc["P-PBI", "agency"] == "DINKES"


def test_depends_on_counts_one_hop(city):
    got = downstream(city, "P-SURVEI")
    assert rows(got, "id", "depth", "relation") == [("P-RTLH", 1, "depends_on")]


def test_upstream_lists_unproduced_dataset_as_a_root(city):
    got = upstream(city, "P-RTLH")
    assert rows(got, "id", "kind", "depth") == [
        ("DS-DTKS", "dataset", 1),
        ("DS-PETA", "dataset", 1),
        ("P-SURVEI", "program", 1),
        ("P-DTKS", "program", 2),
        ("DS-NIK", "dataset", 3),
        ("P-SIAK", "program", 4),
    ]


def test_shortest_depth_wins_when_two_paths_reach_a_node():
    m = CityModel.from_records(programs=[
        {"id": "A", "name": "a", "agency": "X", "produces": ("D",)},
        {"id": "B", "name": "b", "agency": "X", "uses": ("D",), "depends_on": ("A",)},
    ], datasets=[{"id": "D", "name": "d", "producer": "X"}])
    got = downstream(m, "A").set_index("id")
    assert got.loc["B", "depth"] == 1 and got.loc["B", "relation"] == "depends_on"


def test_agency_as_start_downstream(city):
    got = downstream(city, "DINSOS")
    assert rows(got, "id", "depth", "relation") == [
        ("DS-DTKS", 1, "publishes"),
        ("P-DTKS", 1, "runs"),
        ("P-PBI", 2, "uses"),
        ("P-RTLH", 2, "uses"),
    ]
    # a producer agency with no program still stands for its dataset
    assert rows(downstream(city, "BIG"), "id", "depth") == [("DS-PETA", 1), ("P-RTLH", 2)]


def test_agency_as_start_upstream_is_what_its_programs_need(city):
    got = upstream(city, "PERKIM")
    assert "P-RTLH" not in set(got["id"]) and "P-SURVEI" not in set(got["id"])
    assert rows(got, "id", "depth")[:2] == [("DS-DTKS", 1), ("DS-PETA", 1)]


def test_nothing_up_or_down_gives_an_empty_frame_with_the_contract_columns(city):
    for frame in (downstream(city, "P-LONE"), upstream(city, "P-LONE"), upstream(city, "P-SIAK")):
        assert frame.empty and list(frame.columns[:3]) == ["id", "kind", "depth"]


def test_unknown_node_suggests_close_ids(city):
    with pytest.raises(UnknownNode) as err:
        downstream(city, "DS-NIX")
    assert "DS-NIK" in err.value.suggestions
    assert str(err.value).startswith("id 'DS-NIX' tidak dikenal (mungkin maksudnya 'DS-NIK'")
    with pytest.raises(UnknownNode) as err:
        upstream(city, "ds-dtks")
    assert err.value.suggestions == ["DS-DTKS"]


def test_empty_model():
    m = CityModel.empty()
    with pytest.raises(UnknownNode) as err:
        downstream(m, "X")
    assert err.value.suggestions == []
    assert cycles(m).empty and list(cycles(m).columns[:1]) == ["cycle"]
    assert longest_chains(m).empty
    assert critical_nodes(m).empty
    assert program_graph(m).number_of_nodes() == 0


def test_chain_every_hop_with_reason(city):
    got = chain(city, "P-SIAK", "P-RTLH")
    assert rows(got, "from", "to", "relation") == [
        ("P-SIAK", "DS-NIK", "produces"),
        ("DS-NIK", "P-DTKS", "uses"),
        ("P-DTKS", "DS-DTKS", "produces"),
        ("DS-DTKS", "P-RTLH", "uses"),
    ]
    assert got["step"].tolist() == [1, 2, 3, 4]
    assert got.loc[1, "reason"] == "Pemutakhiran DTKS (P-DTKS) menggunakan data Data Kependudukan (DS-NIK)"
    en = chain(city, "P-SURVEI", "P-RTLH", lang="en")
    assert en["reason"].tolist() == ["Bedah RTLH (P-RTLH) depends on Survei RTLH (P-SURVEI)"]


def test_chain_found_in_either_order_and_written_in_flow_order(city):
    assert chain(city, "P-PBI", "DS-NIK")["from"].tolist() == ["DS-NIK", "P-DTKS", "DS-DTKS"]


def test_chain_from_and_to_an_agency(city):
    got = chain(city, "CAPIL", "DINKES")
    assert got["relation"].tolist()[0] in ("runs", "publishes")
    assert got["to"].tolist()[-1] == "DINKES"
    assert got["from"].tolist()[-1] == "P-PBI"


def test_no_chain_is_empty_not_an_error(city):
    got = chain(city, "P-LONE", "P-SIAK")
    assert got.empty and "reason" in got.columns
    with pytest.raises(UnknownNode):
        chain(city, "P-SIAK", "P-NOPE")


@pytest.fixture(scope="module")
def loops():
    """Three cycles: A<->B (via datasets), C->D->E->C (depends_on), B<->F; G hangs off."""
    return CityModel.from_records(
        programs=[
            {"id": "A", "name": "a", "agency": "X1", "uses": ("DB",), "produces": ("DA",)},
            {"id": "B", "name": "b", "agency": "X2", "uses": ("DA",), "produces": ("DB",), "depends_on": ("F",)},
            {"id": "F", "name": "f", "agency": "X3", "depends_on": ("B",)},
            {"id": "C", "name": "c", "agency": "X1", "depends_on": ("E",)},
            {"id": "D", "name": "d", "agency": "X2", "depends_on": ("C",)},
            {"id": "E", "name": "e", "agency": "X3", "depends_on": ("D",)},
            {"id": "G", "name": "g", "agency": "X3", "depends_on": ("E",)},
        ],
        datasets=[{"id": "DA", "name": "da", "producer": "X1"}, {"id": "DB", "name": "db", "producer": "X2"}],
    )


def test_every_cycle_is_reported_once_from_its_smallest_id(loops):
    got = cycles(loops)
    assert got["cycle"].tolist() == ["A -> B -> A", "B -> F -> B", "C -> D -> E -> C"]
    assert got["length"].tolist() == [2, 2, 3]
    assert got.loc[0, "path"] == "A -> DA -> B -> DB -> A"
    assert got.loc[2, "agencies"] == ("X1", "X2", "X3")


def test_cycles_bounded_by_length(loops):
    assert cycles(loops, max_length=2)["cycle"].tolist() == ["A -> B -> A", "B -> F -> B"]
    assert len(cycles(loops, limit=1)) == 1


def test_cycle_reason_names_the_links(loops):
    reason = cycles(loops, lang="en").loc[0, "reason"]
    assert reason == "b (B) uses dataset da (DA); a (A) uses dataset db (DB)"


def test_a_program_using_its_own_data_is_no_cycle():
    m = CityModel.from_records(programs=[
        {"id": "P", "name": "p", "agency": "X", "uses": ("D",), "produces": ("D",)}],
        datasets=[{"id": "D", "name": "d", "producer": "X"}])
    assert cycles(m).empty


def test_impact_of_dataset_program_and_agency(city):
    i = impact(city, "DS-DTKS")
    assert (i.programs, i.agencies, i.budget) == (2, 2, 50)
    assert i.affected["id"].tolist() == ["DS-DTKS", "P-PBI", "P-RTLH"]
    i = impact(city, "P-SIAK")
    assert (i.programs, i.agencies, i.budget) == (4, 4, 200)
    i = impact(city, "PERKIM")
    assert sorted(i.affected["id"]) == ["P-RTLH", "P-SURVEI"]
    assert (i.programs, i.agencies, i.budget) == (2, 1, 25)
    assert "2 program dari 1 perangkat daerah" in i.summary()


def test_impact_counts_missing_budget_as_zero(city):
    i = impact(city, "P-LONE")
    assert (i.programs, i.budget) == (1, 0)
    assert i.affected["budget"].isna().all()


def test_critical_nodes_rank_by_impact_and_flag_articulation(city):
    got = critical_nodes(city)
    assert got.loc[0, "id"] == "P-SIAK"
    top = got.set_index("id")
    assert top.loc["DS-NIK", "programs"] == 3
    # P-DTKS links P-SIAK with the DTKS users: removing it splits the graph
    assert bool(top.loc["P-DTKS", "articulation"])
    assert top.loc["P-DTKS", "betweenness"] > 0
    assert pd.isna(top.loc["DS-NIK", "betweenness"])
    assert "P-LONE" not in top.index


def test_critical_nodes_sampled_betweenness_is_reproducible(city):
    a = critical_nodes(city, k=2, seed=7)
    b = critical_nodes(city, k=2, seed=7)
    pd.testing.assert_frame_equal(a, b)


def test_longest_chains(city):
    got = longest_chains(city, 5)
    assert got.loc[0, "chain"] == "P-SIAK -> P-DTKS -> P-PBI"
    assert got["length"].tolist() == [3, 3]
    assert got["end"].tolist() == ["P-PBI", "P-RTLH"]


def test_longest_chains_collapse_cycles(loops):
    got = longest_chains(loops, 5)
    assert "{C|D|E} -> G" in got["chain"].tolist()


def test_flow_graph_is_built_once_per_model_and_forgotten_with_it():
    import gc
    import weakref

    from synergy import dependencies

    a = CityModel.from_records(programs=[{"id": "P1", "name": "a", "agency": "X"}])
    b = CityModel.from_records(programs=[{"id": "P2", "name": "b", "agency": "X"}])
    fa = dependencies.flow_graph(a)
    assert dependencies.flow_graph(a) is fa
    assert dependencies.flow_graph(b) is not fa and "P2" in dependencies.flow_graph(b).kind
    gone = weakref.ref(a)
    del a
    gc.collect()
    assert gone() is None  # the cache does not keep the model alive


def test_flow_graph_of_a_new_model_at_a_dead_models_address():
    """CPython gives a new object the address (the id) of one just freed: a cache keyed on
    id(model) alone handed the new model the dead one's graph (measured: 66 wrong graphs in
    200 rounds with a gc.collect() between, a reuse on the first round without). Models are
    made until one lands on a dead model's id, and its graph must be its own."""
    from synergy import dependencies

    def city(pid):
        return CityModel.from_records(programs=[{"id": pid, "name": pid, "agency": "X"}])

    dead: set[int] = set()
    for i in range(200):
        old = city(f"OLD{i}")
        assert f"OLD{i}" in dependencies.flow_graph(old).kind
        dead.add(id(old))
        del old
        new = city(f"NEW{i}")
        assert set(dependencies.flow_graph(new).kind) == {f"NEW{i}"}
        if id(new) in dead:
            break  # the situation arose, and the graph was the new model's
        del new
    else:
        pytest.skip("no address was reused in 200 rounds: the situation did not arise")


# --------------------------------------------------------------------------- applications
@pytest.fixture(scope="module")
def app_city():
    """SIAK (an application of CAPIL) produces NIK; the DTKS program runs on its own
    application, which reads NIK and writes DTKS; PBI uses DTKS. DINKES and PERKIM use SIAK."""
    return CityModel.from_records(
        agencies=[{"id": a, "name": f"Dinas {a}"} for a in ("CAPIL", "DINSOS", "DINKES", "PERKIM")],
        programs=[
            {"id": "P-DTKS", "name": "Pemutakhiran DTKS", "agency": "DINSOS", "budget": 50},
            {"id": "P-PBI", "name": "Jaminan PBI", "agency": "DINKES", "uses": ("DS-DTKS",), "budget": 30},
        ],
        datasets=[{"id": "DS-NIK", "name": "NIK", "producer": "CAPIL"},
                  {"id": "DS-DTKS", "name": "DTKS", "producer": "DINSOS"}],
        applications=[
            {"id": "APP-SIAK", "name": "SIAK", "agency": "CAPIL", "produces": ("DS-NIK",),
             "users": ("DINKES", "PERKIM")},
            {"id": "APP-SIKS", "name": "SIKS", "agency": "DINSOS", "programs": ("P-DTKS",),
             "uses": ("DS-NIK",), "produces": ("DS-DTKS",)},
        ],
    )


def test_an_application_down_stops_the_programs_and_data_that_rely_on_it(app_city):
    result = impact(app_city, "APP-SIAK")
    assert result.affected["id"].tolist() == ["APP-SIAK", "DS-NIK", "APP-SIKS", "DS-DTKS", "P-DTKS", "P-PBI"]
    assert (result.programs, result.agencies, result.budget) == (2, 2, 80)
    assert result.users == ("DINKES", "PERKIM")
    assert result.summary("en").endswith("; 2 other agencies use it: DINKES, PERKIM")
    rel = dict(zip(result.affected["id"], result.affected["relation"]))
    assert rel["P-DTKS"] == "runs_on" and rel["APP-SIKS"] == "uses"


def test_an_agency_stands_for_its_applications_too(app_city):
    down = downstream(app_city, "CAPIL")
    assert down.loc[down["id"] == "APP-SIAK", ["depth", "relation"]].values.tolist() == [[1, "owns"]]
    hops = chain(app_city, "APP-SIAK", "P-PBI", lang="en")
    assert hops["reason"].tolist() == [
        "SIAK (APP-SIAK) produces dataset NIK (DS-NIK)",
        "SIKS (APP-SIKS) uses dataset NIK (DS-NIK)",
        "SIKS (APP-SIKS) produces dataset DTKS (DS-DTKS)",
        "Jaminan PBI (P-PBI) uses dataset DTKS (DS-DTKS)",
    ]
    assert upstream(app_city, "P-DTKS")["id"].tolist() == ["APP-SIKS", "DS-NIK", "APP-SIAK"]


def test_applications_are_no_programs_in_program_dependencies(app_city):
    assert list(program_graph(app_city).nodes) == ["P-DTKS", "P-PBI"]
    critical = critical_nodes(app_city)
    assert set(critical["kind"]) <= {"program", "dataset", "application"}
    assert critical.iloc[0]["id"] == "APP-SIAK"
