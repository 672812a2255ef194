"""Roadmap phases, circles set aside, horizon warnings."""
from __future__ import annotations

import pandas as pd

from synergy.model import CityModel
from synergy.roadmap import ROADMAP_COLUMNS, roadmap


def model():
    return CityModel.from_records(
        programs=[
            {"id": "P-PLAT", "name": "Platform Integrasi", "agency": "KOMINFO", "horizon": "long",
             "produces": ("DS-API",)},
            {"id": "P-NIK", "name": "Layanan NIK", "agency": "CAPIL", "horizon": "short", "produces": ("DS-NIK",)},
            {"id": "P-APP", "name": "Aplikasi Layanan", "agency": "DINKES", "horizon": "short",
             "uses": ("DS-API",)},
            {"id": "P-QW", "name": "Quick Win Dashboard", "agency": "BAPPEDA", "horizon": "quick-win",
             "depends_on": ("P-APP",), "uses": ("DS-NIK",)},
            {"id": "P-X", "name": "X", "agency": "DISHUB", "horizon": "medium", "depends_on": ("P-Y",)},
            {"id": "P-Y", "name": "Y", "agency": "DISHUB", "horizon": "quick-win", "depends_on": ("P-X",)},
            {"id": "P-AFTER", "name": "Setelah siklus", "agency": "DISHUB", "depends_on": ("P-Y",)},
            {"id": "P-FREE", "name": "Bebas", "agency": "DLH", "horizon": "quick-win"},
        ],
        datasets=[{"id": "DS-API", "name": "API", "producer": "KOMINFO"},
                  {"id": "DS-NIK", "name": "NIK", "producer": "CAPIL"}],
    )


def test_phases_follow_dependency_order():
    r = roadmap(model()).set_index("program")
    assert list(roadmap(model()).columns) == ROADMAP_COLUMNS
    assert r.loc["P-PLAT", "phase"] == 1 and r.loc["P-NIK", "phase"] == 1 and r.loc["P-FREE", "phase"] == 1
    assert r.loc["P-APP", "phase"] == 2
    assert r.loc["P-QW", "phase"] == 3
    assert r.loc["P-QW", "needs"] == ("P-APP", "P-NIK")


def test_every_program_once_and_sorted():
    r = roadmap(model())
    assert sorted(r["program"]) == sorted(model().programs["id"])
    phases = r["phase"].dropna().tolist()
    assert phases == sorted(phases)


def test_circle_is_named_and_set_aside_and_its_dependants_wait():
    r = roadmap(model()).set_index("program")
    assert pd.isna(r.loc["P-X", "phase"]) and pd.isna(r.loc["P-Y", "phase"])
    assert r.loc["P-X", "cycle"] == "P-X | P-Y"
    assert "ketergantungan melingkar P-X | P-Y" in r.loc["P-Y", "warning"]
    assert r.loc["P-AFTER", "phase"] == 2
    assert "menunggu kelompok melingkar P-X | P-Y" in r.loc["P-AFTER", "warning"]


def test_quick_win_waiting_for_long_term_program_is_warned_through_the_chain():
    r = roadmap(model(), lang="en").set_index("program")
    assert r.loc["P-QW", "warning"] == "quick win P-QW needs Platform Integrasi (P-PLAT), a long term program"
    # only quick wins are warned about; one inside a circle with a medium program is
    assert r.loc["P-APP", "warning"] == ""
    assert "needs X (P-X), a medium term program" in r.loc["P-Y", "warning"]
    assert r.loc["P-FREE", "warning"] == "" and r.loc["P-NIK", "warning"] == ""


def test_a_done_program_delays_nothing_and_the_status_is_named():
    base = model()
    done = CityModel.from_records(
        programs=[{**row, "status": "done" if row["id"] == "P-PLAT" else "ongoing" if row["id"] == "P-X" else ""}
                  for row in base.programs.to_dict("records")],
        datasets=base.datasets.to_dict("records"))
    r = roadmap(done, lang="en").set_index("program")
    assert r.loc["P-QW", "warning"] == ""
    assert "needs X (P-X), a medium term program (ongoing)" in r.loc["P-Y", "warning"]


def test_indonesian_warning():
    r = roadmap(model()).set_index("program")
    assert r.loc["P-QW", "warning"] == "P-QW (quick win) membutuhkan Platform Integrasi (P-PLAT), program jangka panjang"


def test_empty_model():
    r = roadmap(CityModel.empty())
    assert r.empty and list(r.columns) == ROADMAP_COLUMNS


def test_routine_support_is_never_in_a_phase():
    from synergy.model import CityModel

    m = CityModel.from_records(programs=[
        {"id": "G", "name": "Penyediaan Gaji dan Tunjangan ASN", "agency": "A"},
        {"id": "K", "name": "Belanja Kantor", "agency": "A", "code": "1.02.01.2.02.0001"},
        {"id": "P", "name": "Aplikasi Pengaduan", "agency": "A", "depends_on": ("G",)},
        {"id": "Q", "name": "Platform Data", "agency": "B"}])
    r = roadmap(m).set_index("program")
    assert r.loc[["G", "K"], "routine"].all() and r.loc[["G", "K"], "phase"].isna().all()
    assert not r.loc[["P", "Q"], "routine"].any()
    assert sorted(r["phase"].dropna().unique()) == list(range(1, r["phase"].max() + 1))
