"""The embedded sample city (Kota Pasuruan): loads, validates, and its answer key is honest.

The answer key (data/pasuruan/answer_key.csv) is what the analyses are tested
against; these tests check the key against the data itself with plain code, so
that a planted overlap cannot silently stop being true when someone edits a CSV.
"""
from __future__ import annotations

import collections
import csv
import re

import networkx as nx
import pandas as pd
import pytest

from synergy.ingest import load_model, sample_path, validate_sources
from synergy.schema import DIMENSIONS, ELEMENTS, TABLE_ORDER

SAMPLE = sample_path()
KINDS = ("duplicate", "not-duplicate", "reuse", "duplicate-dataset", "gap", "hub", "orphan", "chain", "cycle",
         "same-system", "national-rebuild", "builds")
FUNCTIONS_TTL = SAMPLE.parents[1] / "ontology" / "functions.ttl"
CODE = re.compile(r"^(\d)\.(\d\d)\.(\d\d)\.(\d)\.(\d\d)\.(\d{4})$")


@pytest.fixture(scope="module")
def model():
    model, _ = load_model([SAMPLE])
    return model


@pytest.fixture(scope="module")
def key():
    with open(SAMPLE / "answer_key.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return rows


def rows_of(key, kind):
    return [r for r in key if r["kind"] == kind]


def program_rows(model, key, kind):
    """The rows of a kind that pair two programs (duplicate and not-duplicate also pair applications)."""
    programs = set(model.programs["id"])
    return [r for r in rows_of(key, kind) if r["a"] in programs]


def application_rows(model, key, kind):
    """The rows of a kind that pair two applications."""
    apps = set(model.applications["id"])
    return [r for r in rows_of(key, kind) if r["a"] in apps]


def program_agency(model):
    return dict(zip(model.programs["id"], model.programs["agency"]))


def producer(model):
    return dict(zip(model.datasets["id"], model.datasets["producer"]))


def is_routine(code: str) -> bool:
    m = CODE.match(code)
    return bool(m) and m.group(3) == "01"


def flow_graph(model) -> nx.DiGraph:
    """Arrows from what is needed to what needs it (dataset -> user, producer -> dataset, Q -> P)."""
    g = nx.DiGraph()
    for row in model.programs.itertuples(index=False):
        g.add_node(row.id)
        for d in row.uses:
            g.add_edge(d, row.id)
        for d in row.produces:
            g.add_edge(row.id, d)
        for q in row.depends_on:
            g.add_edge(q, row.id)
    return g


def program_graph(model) -> nx.DiGraph:
    """Q -> P when P depends on Q, directly or through a dataset Q produces."""
    made_by = collections.defaultdict(set)
    for row in model.programs.itertuples(index=False):
        for d in row.produces:
            made_by[d].add(row.id)
    g = nx.DiGraph()
    g.add_nodes_from(model.programs["id"])
    for row in model.programs.itertuples(index=False):
        for d in row.uses:
            for q in made_by[d]:
                if q != row.id:
                    g.add_edge(q, row.id)
        for q in row.depends_on:
            g.add_edge(q, row.id)
    return g


# --------------------------------------------------------------------------- loading


def test_csv_folder_and_workbook_load_to_identical_tables(model):
    from_xlsx, _ = load_model([SAMPLE / "pasuruan.xlsx"])
    for name in TABLE_ORDER:
        pd.testing.assert_frame_equal(model.table(name), from_xlsx.table(name), check_exact=True)


def test_no_source_means_the_sample_city(model):
    default, _ = load_model()
    for name in TABLE_ORDER:
        pd.testing.assert_frame_equal(model.table(name), default.table(name))


def test_sample_validates_without_errors_or_warnings_on_its_tables():
    problems = validate_sources([SAMPLE])
    assert [str(p) for p in problems if p.severity == "error"] == []
    tables = ("agencies", "programs", "datasets", "applications", "regions")
    assert [str(p) for p in problems if str(p).startswith(tables)] == []


def test_sizes(model):
    assert len(model.agencies) >= 25
    assert len(model.programs) >= 150
    assert len(model.datasets) >= 60
    assert 60 <= len(model.applications) <= 90
    assert model.regions.to_dict("records") == [{"code": "35.75", "name": "Kota Pasuruan"}]


def test_every_dimension_and_element_has_programs(model):
    elements = set(model.programs["element"])
    assert set(ELEMENTS) <= elements
    dimensions = {d for ds in model.programs["dimension"] for d in ds}
    assert dimensions == set(DIMENSIONS)
    for pid, dims, element in model.programs[["id", "dimension", "element"]].itertuples(index=False):
        assert ELEMENTS[element][0] in dims, pid


def test_every_agency_but_external_ones_runs_a_program(model):
    running = set(model.programs["agency"])
    inside = model.agencies.loc[model.agencies["type"] != "external", "id"]
    assert sorted(set(inside) - running) == []


def test_attested_agencies_and_roles(model):
    agencies = model.agencies.set_index("id")
    assert {"walidata", "smart-city-lead"} <= set(agencies.loc["DISKOMINFOTIK", "roles"])
    assert agencies.loc["BPS", "type"] == "external"
    assert "pembina-data" in agencies.loc["BPS", "roles"]
    assert agencies.loc["PERUMDA-AM", "type"] == "bumd"
    kecamatan = agencies.index[agencies["type"] == "kecamatan"]
    assert len(kecamatan) == 4
    assert set(agencies["region"]) == {"35.75"}
    assert set(model.datasets["producer"]) >= {"BPS", "DISPENDUKCAPIL", "DINSOS"}


def test_nomenclature_codes_belong_to_the_agencys_bidang(model):
    urusan = dict(zip(model.agencies["id"], model.agencies["urusan"]))
    coded = model.programs[model.programs["code"] != ""]
    assert len(coded) > 0.9 * len(model.programs)
    for pid, agency, code in coded[["id", "agency", "code"]].itertuples(index=False):
        m = CODE.match(code)
        assert m, (pid, code)
        assert f"{m.group(1)}.{m.group(2)}" in urusan[agency], (pid, agency, code)


def test_every_agency_with_its_own_budget_has_the_routine_support_programs(model):
    routine = model.programs[model.programs["code"].map(is_routine)]
    names = routine.groupby("agency")["name"].apply(set)
    assert len(names) >= 20
    for agency, held in names.items():
        assert {"Penyusunan Dokumen Perencanaan Perangkat Daerah", "Penyediaan Gaji dan Tunjangan ASN"} <= held, agency


def test_restricted_data_is_classified_so(model):
    cls = dict(zip(model.datasets["id"], model.datasets["classification"]))
    assert cls["DS-NIK"] == "terbatas"
    assert cls["DS-DTKS"] == "terbatas"
    assert set(cls.values()) == {"terbuka", "terbatas", "dikecualikan"}


def test_years_horizons_and_statuses_agree(model):
    for row in model.programs.itertuples(index=False):
        assert 2022 <= row.start_year <= row.end_year <= 2031, row.id
        span = row.end_year - row.start_year + 1
        expected = {"short": span <= 2, "medium": 2 < span <= 5, "long": span > 5, "quick-win": span == 1}
        assert expected[row.horizon], (row.id, row.horizon, span)


# --------------------------------------------------------------------------- the answer key


def test_answer_key_shape(key):
    with open(SAMPLE / "answer_key.csv", encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == ["kind", "a", "b", "note"]
    assert {r["kind"] for r in key} == set(KINDS)
    rows = [(r["kind"], r["a"], r["b"]) for r in key]
    assert len(rows) == len(set(rows))


def test_answer_key_references_only_existing_ids(model, key):
    programs, datasets = set(model.programs["id"]), set(model.datasets["id"])
    apps = set(model.applications["id"])
    needs = {(p, n) for p, ns in zip(model.programs["id"], model.programs["needs"]) for n in ns}
    for r in key:
        kind, a, b = r["kind"], r["a"], r["b"]
        if kind in ("duplicate", "not-duplicate"):
            assert {a, b} <= programs or {a, b} <= apps, r
        elif kind == "same-system":
            assert a in apps and b in apps, r
        elif kind == "national-rebuild":
            assert a in apps and b != "", r
        elif kind == "builds":
            assert a in programs and b in apps, r
        elif kind == "reuse":
            assert a in programs and b in datasets, r
        elif kind == "duplicate-dataset":
            assert a in datasets and b in datasets, r
        elif kind == "gap":
            assert (a, b) in needs, r
        elif kind in ("hub", "orphan"):
            assert a in datasets and b == "", r
        elif kind == "chain":
            assert a in programs and b in datasets, r
        elif kind == "cycle":
            ids = a.split(" -> ")
            assert set(ids) <= programs and b == "", r


def test_duplicates_are_cross_agency_not_routine_and_in_different_words(model, key):
    agency = program_agency(model)
    names = dict(zip(model.programs["id"], model.programs["name"]))
    codes = dict(zip(model.programs["id"], model.programs["code"]))
    pairs = program_rows(model, key, "duplicate")
    assert len(pairs) >= 10
    for r in pairs:
        a, b = r["a"], r["b"]
        assert agency[a] != agency[b], r
        assert not is_routine(codes[a]) and not is_routine(codes[b]), r
        assert names[a].lower() != names[b].lower(), r


def test_duplicate_clusters_are_listed_as_all_their_pairs(key):
    for kind in ("duplicate", "duplicate-dataset"):
        g = nx.Graph((r["a"], r["b"]) for r in rows_of(key, kind))
        for component in nx.connected_components(g):
            n = len(component)
            assert g.subgraph(component).number_of_edges() == n * (n - 1) // 2, (kind, sorted(component))
        assert any(len(c) >= 3 for c in nx.connected_components(g)), kind


def test_hard_negatives_share_words_or_are_routine(model, key):
    names = dict(zip(model.programs["id"], model.programs["name"]))
    codes = dict(zip(model.programs["id"], model.programs["code"]))
    agency = program_agency(model)
    negatives = program_rows(model, key, "not-duplicate")
    assert any(is_routine(codes[r["a"]]) and is_routine(codes[r["b"]]) for r in negatives)
    duplicates = {frozenset((r["a"], r["b"])) for r in rows_of(key, "duplicate")}
    for r in negatives:
        a, b = r["a"], r["b"]
        assert agency[a] != agency[b], r
        assert frozenset((a, b)) not in duplicates, r
        words = lambda pid: {w for w in re.findall(r"\w+", names[pid].lower()) if len(w) > 3}
        assert words(a) & words(b), r


def test_reuse_points_at_another_agencys_dataset_the_program_does_not_use_yet(model, key):
    agency, made_by = program_agency(model), producer(model)
    uses = dict(zip(model.programs["id"], model.programs["uses"]))
    rows = rows_of(key, "reuse")
    assert len(rows) >= 8
    for r in rows:
        assert made_by[r["b"]] != agency[r["a"]], r
        assert r["b"] not in uses[r["a"]], r


def test_every_stated_need_is_either_a_gap_or_met_by_a_reuse(model, key):
    gaps = {(r["a"], r["b"]) for r in rows_of(key, "gap")}
    reusing = {r["a"] for r in rows_of(key, "reuse")}
    for pid, needs in zip(model.programs["id"], model.programs["needs"]):
        for need in needs:
            assert (pid, need) in gaps or pid in reusing, (pid, need)


def test_some_gaps_are_shared_by_several_agencies(model, key):
    agency = program_agency(model)
    by_note = collections.defaultdict(set)
    for r in rows_of(key, "gap"):
        by_note[r["note"]].add(agency[r["a"]])
    assert max(len(s) for s in by_note.values()) >= 4


def test_duplicate_datasets_have_two_producers(model, key):
    made_by = producer(model)
    for r in rows_of(key, "duplicate-dataset"):
        assert made_by[r["a"]] != made_by[r["b"]], r


def test_orphans_are_exactly_the_unused_datasets(model, key):
    used = {d for ds in model.programs["uses"] for d in ds}
    unused = set(model.datasets["id"]) - used
    assert {r["a"] for r in rows_of(key, "orphan")} == unused
    assert 0 < len(unused) < len(model.datasets) / 3


def test_hubs_are_the_most_shared_datasets(model, key):
    agency = program_agency(model)
    users = collections.defaultdict(set)
    for pid, ds in zip(model.programs["id"], model.programs["uses"]):
        for d in ds:
            users[d].add(agency[pid])
    hubs = {r["a"] for r in rows_of(key, "hub")}
    assert "DS-NIK" in hubs
    weakest_hub = min(len(users[h]) for h in hubs)
    strongest_other = max(len(u) for d, u in users.items() if d not in hubs)
    assert weakest_hub > strongest_other
    assert len(users["DS-NIK"]) >= 10


def test_chains_exist_with_the_stated_number_of_hops(model, key):
    g = flow_graph(model)
    rows = rows_of(key, "chain")
    assert max(int(r["note"].split()[0]) for r in rows) >= 5
    for r in rows:
        hops = nx.shortest_path_length(g, r["b"], r["a"])
        assert hops == int(r["note"].split()[0]), r
        path = r["note"].split(": ", 1)[1].split(" -> ")
        assert path[0] == r["b"] and path[-1] == r["a"] and len(path) == hops + 1, r
        assert all(g.has_edge(u, v) for u, v in zip(path, path[1:])), r


def test_the_planted_cycles_are_all_the_cycles(model, key):
    g = program_graph(model)
    found = set()
    for loop in nx.simple_cycles(g):
        start = loop.index(min(loop))
        loop = loop[start:] + loop[:start]
        found.add(" -> ".join([*loop, loop[0]]))
    planted = {r["a"] for r in rows_of(key, "cycle")}
    assert planted == found
    assert len(planted) >= 2
    # one cycle is typed in depends_on, one runs through datasets only
    typed = {(q, p) for p, qs in zip(model.programs["id"], model.programs["depends_on"]) for q in qs}
    kinds = set()
    for cycle in planted:
        ids = cycle.split(" -> ")
        kinds.add(all((u, v) in typed for u, v in zip(ids, ids[1:])))
    assert kinds == {True, False}


# --------------------------------------------------------------------------- the application inventory

APP_ID = re.compile(r"^APP-\d{3}$")


def app_table(model):
    return model.applications.set_index("id")


def host(url: str) -> str:
    return re.sub(r"^https?://", "", url).split("/")[0].lower()


def is_local(url: str) -> bool:
    return host(url) == "pasuruankota.go.id" or host(url).endswith(".pasuruankota.go.id")


def national_applications():
    """prefLabel -> (hosts, general application?) of every national application in ontology/functions.ttl."""
    import rdflib
    from rdflib.namespace import RDF, SKOS

    syn = rdflib.Namespace("https://w3id.org/synergy/ontology#")
    g = rdflib.Graph().parse(FUNCTIONS_TTL, format="turtle")
    found = {}
    for app in g.subjects(RDF.type, syn.NationalApplication):
        hosts = {str(h).lower() for h in g.objects(app, syn.host)}
        general = any(bool(v.toPython()) for v in g.objects(app, syn.generalApplication))
        for label in g.objects(app, SKOS.prefLabel):
            found[str(label)] = (hosts, general)
    return found


def same_system_groups(key):
    g = nx.Graph((r["a"], r["b"]) for r in rows_of(key, "same-system"))
    return [set(c) for c in nx.connected_components(g)]


def test_applications_look_like_a_real_inventory(model):
    apps = model.applications
    assert all(APP_ID.match(i) for i in apps["id"])
    # numbered by agency, in the order of agencies.csv
    order = {a: n for n, a in enumerate(model.agencies["id"])}
    ranks = [order[a] for a in apps.sort_values("id")["agency"]]
    assert ranks == sorted(ranks)
    assert set(apps["status"]) == {"ongoing", "planned", "retired"}
    assert set(apps["platform"]) == {"web", "android", "desktop"}
    # a dimension for about half of them (real inventories have none); element agrees with it
    classified = apps[apps["dimension"].map(len) > 0]
    assert 0.35 * len(apps) <= len(classified) <= 0.65 * len(apps)
    for aid, dims, element in classified[["id", "dimension", "element"]].itertuples(index=False):
        assert ELEMENTS[element][0] in dims, aid
    assert (apps["element"][apps["dimension"].map(len) == 0] == "").all()
    # some budgets and years, not all; names often acronyms or addresses
    assert 0 < apps["budget"].notna().sum() < len(apps)
    assert 0 < apps["start_year"].notna().sum() < len(apps)
    assert any("." in name for name in apps["name"])
    # nobody lists itself as a user; a program it names belongs to the same agency
    agency = program_agency(model)
    for row in apps.itertuples(index=False):
        assert row.agency not in row.users, row.id
        assert all(agency[p] == row.agency for p in row.programs), row.id


def test_application_pairs_are_of_different_agencies(model, key):
    apps = app_table(model)
    rows = [*application_rows(model, key, "duplicate"), *application_rows(model, key, "not-duplicate"),
            *rows_of(key, "same-system")]
    assert rows
    for r in rows:
        assert apps.loc[r["a"], "agency"] != apps.loc[r["b"], "agency"], r


def test_application_duplicates_are_worded_differently_and_not_one_system(model, key):
    apps = app_table(model)
    pairs = application_rows(model, key, "duplicate")
    assert 6 <= len(pairs) <= 8
    listings = {frozenset((r["a"], r["b"])) for r in rows_of(key, "same-system")}
    listed = {i for r in rows_of(key, "same-system") for i in (r["a"], r["b"])}
    for r in pairs:
        a, b = apps.loc[r["a"]], apps.loc[r["b"]]
        assert a["name"].casefold() != b["name"].casefold(), r
        assert a["url"] == "" or a["url"] != b["url"], r
        assert frozenset((r["a"], r["b"])) not in listings, r
        assert r["a"] not in listed and r["b"] not in listed, r
    negatives = application_rows(model, key, "not-duplicate")
    assert 4 <= len(negatives) <= 6
    duplicates = {frozenset((r["a"], r["b"])) for r in pairs}
    assert not duplicates & {frozenset((r["a"], r["b"])) for r in negatives}


def test_same_system_listings_share_a_name_or_address_and_are_all_listed(model, key):
    apps = app_table(model)
    for r in rows_of(key, "same-system"):
        a, b = apps.loc[r["a"]], apps.loc[r["b"]]
        assert a["name"].casefold() == b["name"].casefold() or (a["url"] and a["url"] == b["url"]), r
    groups = same_system_groups(key)
    # every address listed by several agencies is one group, and every group is one address
    by_url = collections.defaultdict(set)
    for aid, url in zip(apps.index, apps["url"]):
        if url:
            by_url[url].add(aid)
    shared = [ids for ids in by_url.values() if len({apps.loc[i, "agency"] for i in ids}) > 1]
    assert sorted(map(sorted, shared)) == sorted(map(sorted, groups))
    # a national application listed by 4-6 agencies, and one of the city's own at one address by 3-4
    national = [g for g in groups if not is_local(apps.loc[next(iter(g)), "url"])]
    local = [g for g in groups if is_local(apps.loc[next(iter(g)), "url"])]
    assert any(4 <= len(g) <= 6 for g in national)
    assert any(3 <= len(g) <= 4 for g in local)


def test_national_rebuilds_are_local_apps_doing_a_general_applications_job(model, key):
    apps = app_table(model)
    catalogue = national_applications()
    rows = rows_of(key, "national-rebuild")
    assert 3 <= len(rows) <= 5
    assert len({r["b"] for r in rows}) >= 3
    for r in rows:
        assert r["b"] in catalogue, r
        hosts, general = catalogue[r["b"]]
        assert general, r
        app = apps.loc[r["a"]]
        assert is_local(app["url"]) and host(app["url"]) not in hosts, r
        assert app["name"].casefold() != r["b"].casefold(), r
    # the listings of the national applications themselves sit at their national hosts
    for group in same_system_groups(key):
        url = apps.loc[next(iter(group)), "url"]
        if not is_local(url):
            assert any(host(url) in hosts for hosts, _ in catalogue.values()), url


def test_builds_are_exactly_the_programs_the_applications_name(model, key):
    apps = app_table(model)
    stated = {(r["a"], r["b"]) for r in rows_of(key, "builds")}
    in_data = {(p, aid) for aid, ps in zip(apps.index, apps["programs"]) for p in ps}
    assert stated == in_data
    assert len(stated) >= 10


# --------------------------------------------------------------------------- the build script


def build_script():
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).resolve().parent.parent / "scripts" / "build_sample_workbook.py"
    spec = importlib.util.spec_from_file_location("build_sample_workbook", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def copy_csvs(tmp_path):
    import shutil

    folder = tmp_path / "kota"
    folder.mkdir()
    for name in TABLE_ORDER:
        shutil.copy(SAMPLE / f"{name}.csv", folder / f"{name}.csv")
    return folder


def test_build_script_writes_then_checks_then_notices_a_stale_workbook(tmp_path, capsys):
    script = build_script()
    folder = copy_csvs(tmp_path)
    assert script.main(["--folder", str(folder), "--check"]) == 1
    assert "pasuruan.xlsx is missing" in capsys.readouterr().err
    assert script.main(["--folder", str(folder)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {folder / 'pasuruan.xlsx'}: 34 agencies, ")
    assert script.main(["--folder", str(folder), "--check"]) == 0
    programs = folder / "programs.csv"
    programs.write_text(programs.read_text(encoding="utf-8").replace("e-Sambat", "e-Sambat 2.0", 1), encoding="utf-8")
    capsys.readouterr()
    assert script.main(["--folder", str(folder), "--check"]) == 1
    assert "is stale (programs differ)" in capsys.readouterr().err


def test_build_script_refuses_invalid_csvs_with_the_validators_lines(tmp_path, capsys):
    script = build_script()
    folder = copy_csvs(tmp_path)
    programs = folder / "programs.csv"
    text = programs.read_text(encoding="utf-8").replace(",DISKOMINFOTIK,", ",DISKOMINFO,", 1)
    programs.write_text(text, encoding="utf-8")
    assert script.main(["--folder", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "programs.csv:2: agency: OPD 'DISKOMINFO' tidak dikenal" in err
    assert not (folder / "pasuruan.xlsx").exists()


def test_committed_workbook_is_up_to_date(capsys):
    assert build_script().main(["--check"]) == 0
