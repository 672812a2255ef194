"""synergy.export and the export / sparql / stats commands."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from cli import main
from synergy.export import export, format_for_path, serialize
from synergy.errors import SynergyError
from synergy.graph import to_networkx
from synergy.ingest import load_model
from synergy.stats import STAT_COLUMNS, stats

CITY = Path(__file__).parent / "data" / "export" / "city"
WARNINGS = [
    "agencies.csv:1: warna_peta: warning: kolom tidak dikenal, disimpan sebagai data tambahan / "
    "unknown column kept as extra data",
    "programs.csv:1: prioritas: warning: kolom tidak dikenal, disimpan sebagai data tambahan / "
    "unknown column kept as extra data",
    "applications.csv:1: catatan_inventaris: warning: kolom tidak dikenal, disimpan sebagai data tambahan / "
    "unknown column kept as extra data",
]


@pytest.fixture(scope="module")
def city():
    return load_model(CITY)[0]


def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


# ----------------------------------------------------------------- graph formats
@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_are_readable_by_networkx(city, tmp_path, fmt, reader):
    path = export(city, fmt, tmp_path / f"kota.{fmt}")
    back = reader(path)
    original = to_networkx(city)
    assert set(back.nodes) == set(original.nodes)
    assert back.number_of_edges() == original.number_of_edges()
    p2 = back.nodes["P-002"]
    assert p2["dimension"] == "living;society"
    assert p2["kind"] == "program"
    assert int(p2["budget"]) == 1_250_000_000
    # missing values are left out, not written as "nan" or "<NA>"
    assert "budget" not in back.nodes["P-003"]
    relations = sorted(d["relation"] for _, _, d in back.edges(data=True))
    assert relations == sorted(d["relation"] for _, _, d in original.edges(data=True))


def test_export_writes_utf8(tmp_path):
    from synergy.model import CityModel

    m = CityModel.from_records(agencies=[{"id": "A", "name": "Dinas Pariwisata – Bagian “Kuliner”"}])
    for fmt in ("turtle", "graphml", "gexf", "jsonld", "nt"):
        text = export(m, fmt, tmp_path / f"a.{fmt}").read_bytes().decode("utf-8")
        assert "Kuliner" in text


def test_format_from_suffix_and_unknown():
    assert [format_for_path(f"x{s}") for s in (".ttl", ".jsonld", ".nt", ".graphml", ".gexf")] == \
        ["turtle", "jsonld", "nt", "graphml", "gexf"]
    with pytest.raises(SynergyError, match="cannot tell the format"):
        format_for_path("kota.xlsx")
    with pytest.raises(SynergyError, match="unknown export format"):
        serialize(None, "rdfxml")


def test_jsonld_is_compact_with_the_project_context(city):
    doc = json.loads(serialize(city, "jsonld"))
    assert doc["@context"]["syn"] == "https://w3id.org/synergy/ontology#"
    ids = {node["@id"] for node in doc["@graph"]}
    assert "pr:P-001" in ids


# ------------------------------------------------------------------------- stats
def test_stats_counts(city):
    s = stats(city)
    kinds = s.by_kind.set_index("kind")["count"].to_dict()
    assert (kinds["agency"], kinds["program"], kinds["dataset"]) == (len(city.agencies), len(city.programs), len(city.datasets))
    assert kinds["uses"] == sum(len(u) for u in city.programs["uses"]) + sum(len(u) for u in city.applications["uses"])
    assert (kinds["application"], kinds["builds"], kinds["users"]) == (3, 2, 2)
    assert s.by_agency.set_index("key")["applications"].to_dict()["DINSOS"] == 1
    dims = s.by_dimension.set_index("key")
    assert dims.loc["governance", "programs"] == sum("governance" in d for d in city.programs["dimension"])
    assert int(s.by_agency["budget"].sum()) == int(city.programs["budget"].sum())
    frame = s.to_frame()
    assert list(frame.columns) == STAT_COLUMNS
    assert set(frame["group"]) == {"kind", "dimension", "element", "agency"}


def test_stats_english_labels(city):
    assert stats(city, lang="en").by_element.set_index("key").loc["health", "label"] == "Health"
    assert stats(city).by_element.set_index("key").loc["health", "label"] == "Kesehatan"


# --------------------------------------------------------------------------- CLI
def test_cli_export_guesses_format_and_loads_back(tmp_path):
    out = tmp_path / "kota.ttl"
    result = runner().invoke(main, ["export", str(CITY), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == WARNINGS + [f"ditulis / written: {out} (turtle)"]
    assert result.stdout == ""
    result = runner().invoke(main, ["stats", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "kind,program,,4,,,2500000000," in result.stdout.splitlines()
    assert "kind,application,,3,,,," in result.stdout.splitlines()


def test_cli_export_unknown_suffix_is_a_usage_error(tmp_path):
    result = runner().invoke(main, ["export", str(CITY), "-o", str(tmp_path / "kota.xlsx")])
    assert result.exit_code == 2
    assert "cannot tell the format from 'kota.xlsx'" in result.stderr
    assert not (tmp_path / "kota.xlsx").exists()


def test_cli_export_bad_base_is_a_usage_error(tmp_path):
    result = runner().invoke(main, ["export", str(CITY), "-o", str(tmp_path / "k.ttl"), "--base", "kota"])
    assert result.exit_code == 2
    assert ("'kota' bukan IRI mutlak yang berakhiran '/' atau '#' / "
            "'kota' is not an absolute IRI ending in '/' or '#'") in result.stderr


def test_cli_export_gexf_with_explicit_format(tmp_path):
    out = tmp_path / "peta.xml"
    result = runner().invoke(main, ["export", str(CITY), "--format", "gexf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    # agencies, programs, datasets, applications, dimensions, elements
    assert nx.read_gexf(out).number_of_nodes() == 5 + 4 + 5 + 3 + 6 + 18


def test_cli_export_invalid_data_exits_1_with_the_problem_line(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    for name in ("agencies.csv", "datasets.csv"):
        (bad / name).write_text((CITY / name).read_text(encoding="utf-8"), encoding="utf-8")
    (bad / "programs.csv").write_text("id,name,agency,dimension\nP-1,Program,DINKS,living\n", encoding="utf-8")
    result = runner().invoke(main, ["export", str(bad), "-o", str(tmp_path / "k.ttl")])
    assert result.exit_code == 1
    assert ("programs.csv:2: agency: OPD 'DINKS' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
            "unknown agency 'DINKS' (did you mean 'DINKES'?)") in result.stderr.splitlines()
    assert "Traceback" not in result.output
    assert not (tmp_path / "k.ttl").exists()


def test_cli_sparql_csv(tmp_path):
    query = "SELECT ?id ?title WHERE { ?p syn:runBy ag:DISKOMINFOTIK ; dct:identifier ?id ; dct:title ?title } ORDER BY ?id"
    result = runner().invoke(main, ["sparql", str(CITY), query, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "id,title",
        "P-001,Aplikasi Pengaduan Masyarakat e-Sambat",
        "P-004,Satu Data Kota Pasuruan",
    ]


def test_cli_sparql_from_file_as_table_and_json(tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?p WHERE { ?p syn:dependsOn pr:P-001 }", encoding="utf-8")
    result = runner().invoke(main, ["sparql", str(CITY), f"@{rq}", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["       p", "pr:P-002"]
    result = runner().invoke(main, ["sparql", str(CITY), f"@{rq}", "--format", "json"])
    assert json.loads(result.stdout) == [{"p": "https://w3id.org/synergy/id/program/P-002"}]


def test_cli_sparql_bad_query_and_missing_file(tmp_path):
    result = runner().invoke(main, ["sparql", str(CITY), "SELECT WHERE {"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith("Kesalahan: SPARQL query failed / kueri SPARQL gagal:")
    result = runner().invoke(main, ["sparql", str(CITY), f"@{tmp_path / 'none.rq'}"])
    assert result.exit_code == 2
    assert "none.rq tidak terbaca / cannot read" in result.stderr


def test_cli_stats_table_sections():
    result = runner().invoke(main, ["stats", str(CITY), "--format", "table"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Jumlah per jenis"
    for title in ("Jumlah per jenis", "Per dimensi", "Per elemen", "Per perangkat daerah"):
        assert title in lines
    # money in the one rupiah style of the report and the maps
    assert "DISKOMINFOTIK  Diskominfotik            2     1  Rp 1,25 miliar         1" in lines


def test_cli_stats_english_json():
    result = runner().invoke(main, ["stats", str(CITY), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    health = [r for r in rows if r["group"] == "element" and r["key"] == "health"]
    assert health == [{"group": "element", "key": "health", "label": "Health", "count": 1,
                       "agencies": 1, "datasets": 3, "budget": 1250000000, "applications": None}]


def test_cli_help_has_examples():
    for command in ("export", "sparql", "stats"):
        result = runner().invoke(main, [command, "--help"])
        assert result.exit_code == 0
        assert "Contoh:" in result.stdout and f"synergy {command}" in result.stdout  # Bahasa Indonesia by default


def test_cli_stats_on_the_sample_city_counts_every_row():
    sample = load_model()[0]
    result = runner().invoke(main, ["stats", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(STAT_COLUMNS)
    budget = int(sample.programs["budget"].sum())
    assert f"kind,agency,,{len(sample.agencies)},,,," in lines
    assert f"kind,program,,{len(sample.programs)},,,{budget}," in lines
    assert f"kind,dataset,,{len(sample.datasets)},,,," in lines
    agency_rows = [l for l in lines if l.startswith("agency,")]
    assert len(agency_rows) == len(sample.agencies)
