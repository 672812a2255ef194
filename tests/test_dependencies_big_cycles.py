"""Cycles in a big tangled plan: every program in a circle is named, without enumerating them all."""
from __future__ import annotations

from synergy.dependencies import EXHAUSTIVE_CYCLE_NODES, cycles
from synergy.model import CityModel


def ring_city(n_agencies: int, per_agency: int) -> CityModel:
    """Each agency's programs use every dataset of the next agency: one big circle."""
    agencies = [{"id": f"A{i}", "name": f"Dinas {i}"} for i in range(n_agencies)]
    programs, datasets = [], []
    for i in range(n_agencies):
        nxt = (i + 1) % n_agencies
        for k in range(per_agency):
            programs.append({
                "id": f"P{i}-{k}", "name": f"Program {i}-{k}", "agency": f"A{i}",
                "dimension": ("governance",), "produces": (f"D{i}-{k}",),
                "uses": tuple(f"D{nxt}-{j}" for j in range(per_agency)),
            })
            datasets.append({"id": f"D{i}-{k}", "name": f"Data {i}-{k}", "producer": f"A{i}"})
    return CityModel.from_records(agencies, programs, datasets)


def test_every_program_of_a_big_ring_is_in_a_reported_cycle():
    model = ring_city(16, 10)
    assert len(model.programs) > EXHAUSTIVE_CYCLE_NODES
    found = cycles(model)
    covered = {p for loop in found["programs"] for p in loop}
    assert covered == set(model.programs["id"])
    # each reported cycle is real: consecutive programs are linked through the ring
    for loop in found["programs"]:
        assert len(loop) == 16
        agencies = [int(p[1:].split("-")[0]) for p in loop]
        assert all((a - b) % 16 == 1 for a, b in zip(agencies, agencies[1:] + agencies[:1]))


def test_small_tangle_is_still_enumerated_exactly():
    import networkx as nx

    model = ring_city(3, 2)  # 6 programs, small enough to list every simple cycle
    expected = nx.DiGraph()
    for i in range(3):
        for k in range(2):
            expected.add_edges_from((f"P{(i + 1) % 3}-{j}", f"P{i}-{k}") for j in range(2))
    def canonical(loop):
        i = loop.index(min(loop))
        return tuple(loop[i:] + loop[:i])

    want = {canonical(list(c)) for c in nx.simple_cycles(expected)}
    found = cycles(model)
    assert {canonical(list(c)) for c in found["programs"]} == want
    assert len(found) == len(want) == 12  # 8 around once, 4 around twice
