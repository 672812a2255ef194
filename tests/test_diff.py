"""Comparing two versions of a plan: exactly the edits made, nothing else."""
from __future__ import annotations

import dataclasses
import json
import pathlib

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.diff import DIFF_COLUMNS, diff_models
from synergy.ingest import load_model, sample_path
from synergy.merge import write_csv_folder

SMALL_CITY = pathlib.Path(__file__).parent / "data" / "ckan" / "city"


@pytest.fixture(params=["small", "sample"])
def city_folder(request):
    return SMALL_CITY if request.param == "small" else sample_path()


def _text(value):
    if isinstance(value, tuple):
        return ";".join(value)
    return "" if value is None or value is pd.NA else str(value)


def _edit(model):
    """An edited copy of ``model`` and the set of change rows the edits must give."""
    agencies, programs, datasets = (model.table(n).copy() for n in ("agencies", "programs", "datasets"))
    expected = set()

    # 1. rename a program and change its budget
    p = programs.index[0]
    pid = programs.at[p, "id"]
    old_name, old_budget = programs.at[p, "name"], programs.at[p, "budget"]
    programs.at[p, "name"] = old_name + " (revisi)"
    programs["budget"] = programs["budget"].astype("Int64")
    programs.at[p, "budget"] = (0 if old_budget is pd.NA else int(old_budget)) + 1000
    expected |= {("changed", "programs", pid, "name", old_name, old_name + " (revisi)"),
                 ("changed", "programs", pid, "budget", _text(old_budget), _text(programs.at[p, "budget"]))}

    # 2. a program loses its last used dataset
    with_uses = [i for i in programs.index if programs.at[i, "uses"]]
    if with_uses:
        i = with_uses[-1]
        uses = programs.at[i, "uses"]
        programs.at[i, "uses"] = uses[:-1]
        expected.add(("link-removed", "programs", programs.at[i, "id"], "uses", uses[-1], ""))

    # 3. a program nobody depends on is dropped (with its links)
    needed = {d for deps in programs["depends_on"] for d in deps}
    droppable = [i for i in programs.index if i != p and programs.at[i, "id"] not in needed]
    if droppable:
        i = droppable[-1]
        row = programs.loc[i]
        expected.add(("removed", "programs", row["id"], "", row["name"], ""))
        for field in ("uses", "produces", "depends_on"):
            expected |= {("link-removed", "programs", row["id"], field, t, "") for t in row[field]}
        programs = programs.drop(index=i)

    # 4. a new program that uses a dataset
    new = {c: programs[c].iloc[0] for c in programs.columns}
    new.update({"id": "P-BARU-2025", "name": "Dasbor Satu Data", "description": "", "uses": (datasets["id"].iloc[0],),
                "produces": (), "depends_on": (), "needs": ()})
    programs = pd.concat([programs, pd.DataFrame([new]).astype(programs.dtypes.to_dict())], ignore_index=True)
    expected |= {("added", "programs", "P-BARU-2025", "", "", "Dasbor Satu Data"),
                 ("link-added", "programs", "P-BARU-2025", "uses", "", datasets["id"].iloc[0])}

    # 5. an agency's short name, a dataset's classification and keywords
    a = agencies.index[0]
    expected.add(("changed", "agencies", agencies.at[a, "id"], "short_name", agencies.at[a, "short_name"], "SINGKAT"))
    agencies.at[a, "short_name"] = "SINGKAT"
    d = datasets.index[-1]
    old_cls, old_kw = datasets.at[d, "classification"], datasets.at[d, "keywords"]
    new_cls = "dikecualikan" if old_cls != "dikecualikan" else "terbuka"
    datasets.at[d, "classification"] = new_cls
    datasets.at[d, "keywords"] = (*old_kw, "revisi-2025")
    expected |= {("changed", "datasets", datasets.at[d, "id"], "classification", old_cls, new_cls),
                 ("changed", "datasets", datasets.at[d, "id"], "keywords", ";".join(old_kw),
                  ";".join((*old_kw, "revisi-2025")))}
    # reordering a list is not a change
    d0 = datasets.index[0]
    if d0 != d:
        datasets.at[d0, "keywords"] = tuple(reversed(datasets.at[d0, "keywords"]))
    edited = dataclasses.replace(model, agencies=agencies, programs=programs.reset_index(drop=True), datasets=datasets)
    return edited, expected


def test_diff_reports_exactly_the_edits(tmp_path, city_folder):
    old, _ = load_model([city_folder])
    edited, expected = _edit(old)
    write_csv_folder(edited, tmp_path / "baru")
    new, _ = load_model([tmp_path / "baru"])  # through files, as a user would
    frame = diff_models(old, new, duplicates=False)
    assert list(frame.columns) == list(DIFF_COLUMNS)
    got = set(map(tuple, frame.itertuples(index=False, name=None)))
    assert got == expected
    assert len(frame) == len(got)


def test_a_written_copy_has_no_changes(tmp_path, city_folder):
    old, _ = load_model([city_folder])
    write_csv_folder(old, tmp_path / "salinan")
    again, _ = load_model([tmp_path / "salinan"])
    assert diff_models(old, again, duplicates=False).empty


def test_duplicates_new_and_resolved():
    from synergy.model import CityModel

    agencies = [{"id": "DINSOS", "name": "Dinas Sosial"}, {"id": "DINKES", "name": "Dinas Kesehatan"}]
    before = CityModel.from_records(agencies=agencies, programs=[
        {"id": "P1", "name": "Pendataan Keluarga Miskin", "agency": "DINSOS", "dimension": ("society",)},
        {"id": "P2", "name": "Pendataan Keluarga Miskin", "agency": "DINKES", "dimension": ("society",)},
        {"id": "P3", "name": "Posyandu Digital", "agency": "DINKES", "dimension": ("living",)}])
    after = CityModel.from_records(agencies=agencies, programs=[
        {"id": "P1", "name": "Posyandu Digital", "agency": "DINSOS", "dimension": ("living",)},
        {"id": "P3", "name": "Posyandu Digital", "agency": "DINKES", "dimension": ("living",)}])

    def exact_names(model):  # a stand-in finder: same name, different agency
        rows = [(a["id"], b["id"]) for a in model.programs.to_dict("records") for b in model.programs.to_dict("records")
                if a["id"] < b["id"] and a["name"] == b["name"] and a["agency"] != b["agency"]]
        return pd.DataFrame(rows, columns=["program_a", "program_b"])

    frame = diff_models(before, after, duplicates=exact_names)
    dup = frame[frame["change"].str.startswith("duplicate")]
    assert set(map(tuple, dup.itertuples(index=False, name=None))) == {
        ("duplicate-new", "programs", "P1", "duplicate_of", "", "P3"),
        ("duplicate-resolved", "programs", "P1", "duplicate_of", "P2", ""),
    }


def test_cli_diff_csv_and_json(tmp_path):
    old, _ = load_model([SMALL_CITY])
    datasets = old.datasets.copy()
    datasets.loc[datasets["id"] == "DS-NIK", "format"] = "csv"
    write_csv_folder(dataclasses.replace(old, datasets=datasets), tmp_path / "baru")
    runner = CliRunner()
    result = runner.invoke(main, ["diff", str(SMALL_CITY), str(tmp_path / "baru"), "--format", "csv", "--no-duplicates"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["change,table,id,field,old,new", "changed,datasets,DS-NIK,format,api,csv"]
    out = tmp_path / "perubahan.json"
    result = runner.invoke(main, ["-v", "diff", str(SMALL_CITY), str(tmp_path / "baru"), "--format", "json",
                                  "-o", str(out), "--no-duplicates"])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == [
        {"change": "changed", "table": "datasets", "id": "DS-NIK", "field": "format", "old": "api", "new": "csv"}]
    assert result.stderr.splitlines() == [f"ditulis / written: {out}", "changed: 1"]


def test_cli_diff_refuses_invalid_input(tmp_path):
    broken = tmp_path / "rusak"
    broken.mkdir()
    (broken / "agencies.csv").write_text("id,name\nA,Dinas A\n", encoding="utf-8")
    (broken / "programs.csv").write_text("id,name,agency,dimension\nP1,X,B,governance\n", encoding="utf-8")
    (broken / "datasets.csv").write_text("id,name,producer\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(SMALL_CITY), str(broken)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "programs.csv:2: agency: OPD 'B' tidak dikenal / unknown agency 'B'"
