"""Any spreadsheet, mapped (data contract v2): columns.csv / kolom.csv / --columns FILE,
agencies written by name, and the bad input around them, one clear line each."""
from __future__ import annotations

import pathlib

import openpyxl
from click.testing import CliRunner

from cli import main
from synergy.ingest import load_model, validate_sources

AGENCIES = "id,name,short_name\nDINKES,Dinas Kesehatan,Dinkes\nKOMINFO,Dinas Komunikasi dan Informatika,Diskominfo\n" \
           "KEC-A,Kecamatan Kota,Kec. Kota\nKEC-B,Kecamatan Pantai,Kec. Pantai\n"
# An inventory as an agency exports it: its own headers, ';', Windows encoding, owners by name.
INVENTORY = ("No;Nama Sistem;Pemilik Aplikasi;Fungsi Aplikasi;Alamat Web;Keterangan\r\n"
             "APP-1;SIMPUS;DINAS KESEHATAN;Sistem informasi puskesmas;https://simpus.kota.go.id;aktif\r\n"
             "APP-2;e-Office;Diskominfo;Persuratan dan disposisi naskah dinas;https://eoffice.kota.go.id;\r\n"
             "APP-3;Sistem Antrean Kecamatan;KEC-A;Antrean layanan administrasi;;versi 2 \u2013 2024\r\n")
MAPPING = ("tabel,kolom,judul,berkas\n"
           "applications,id,No,Inventaris 2024.csv\n"
           "applications,name,Nama Sistem,Inventaris 2024.csv\n"
           "applications,agency,Pemilik Aplikasi,Inventaris 2024.csv\n"
           "applications,description,Fungsi Aplikasi,Inventaris 2024.csv\n"
           "applications,url,Alamat Web,Inventaris 2024.csv\n")


def city(tmp_path, mapping=MAPPING, inventory=INVENTORY, agencies=AGENCIES, name="kota") -> pathlib.Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "agencies.csv").write_text(agencies, encoding="utf-8")
    (folder / "Inventaris 2024.csv").write_bytes(inventory.encode("cp1252"))
    if mapping is not None:
        (folder / "kolom.csv").write_text(mapping, encoding="utf-8")
    return folder


def lines(*sources, columns=None) -> list[str]:
    """The errors (the inventory's extra 'Keterangan' column is a warning, checked once below)."""
    return [str(p) for p in validate_sources(list(sources), columns=columns) if p.is_error]


def test_a_raw_inventory_loads_with_its_folders_mapping(tmp_path):
    model, warnings = load_model(city(tmp_path))
    apps = model.applications.set_index("id")
    assert list(apps.index) == ["APP-1", "APP-2", "APP-3"]
    # owners written by name (any case) or short name become the agencies' ids
    assert apps["agency"].tolist() == ["DINKES", "KOMINFO", "KEC-A"]
    assert apps.loc["APP-2", "description"] == "Persuratan dan disposisi naskah dinas"
    assert apps.loc["APP-3", "keterangan"] == "versi 2 \u2013 2024"  # an unmapped column is kept, as in v1
    assert [str(w) for w in warnings] == [
        "Inventaris 2024.csv:1: Keterangan: warning: kolom tidak dikenal, disimpan sebagai data tambahan / "
        "unknown column kept as extra data"]
    assert model.programs.empty and model.datasets.empty  # agencies and an inventory are a complete source


def test_columns_option_maps_files_of_every_source(tmp_path):
    folder = city(tmp_path, mapping=None)
    mapping = tmp_path / "peta-kolom.csv"
    mapping.write_text(MAPPING, encoding="utf-8")
    assert lines(folder, columns=mapping) == []
    result = CliRunner().invoke(main, ["duplicates", str(folder), "--columns", str(mapping), "--of", "applications",
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("application_a,application_b,score,")
    # without the mapping the file is no table: said once, nothing read silently
    assert CliRunner().invoke(main, ["validate", str(folder)]).exit_code == 0
    assert not load_model(folder)[0].applications.shape[0]


def test_a_workbook_sheet_named_by_the_mapping(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    for row in INVENTORY.replace("\r\n", "\n").strip().split("\n"):
        book.active.append(row.split(";"))
    agencies = book.create_sheet("opd")
    for row in AGENCIES.strip().split("\n"):
        agencies.append(row.split(","))
    path = tmp_path / "inventaris.xlsx"
    book.save(path)
    mapping = tmp_path / "kolom-inventaris.csv"
    mapping.write_text(MAPPING.replace("Inventaris 2024.csv", "Sheet1"), encoding="utf-8")
    model, _ = load_model(path, columns=mapping)
    assert model.applications["name"].tolist() == ["SIMPUS", "e-Office", "Sistem Antrean Kecamatan"]


def test_a_mapping_naming_a_column_the_contract_lacks_is_one_line(tmp_path):
    folder = city(tmp_path, mapping=MAPPING + "applications,pemilik_sistem,Pemilik Aplikasi,\n"
                                              "aplikasi,platform,Media,\n"
                                              "aplikasi_opd,name,Nama Sistem,\n")
    assert lines(folder) == [
        "kolom.csv:7: column: tabel applications tidak punya kolom 'pemilik_sistem' (kolomnya: id, name, agency, "
        "description, url, status, platform, start_year, budget, programs, uses, produces, users, dimension, "
        "element) / table applications has no column 'pemilik_sistem' (its columns: id, name, agency, description, "
        "url, status, platform, start_year, budget, programs, uses, produces, users, dimension, element)",
        "kolom.csv:8: header: kolom 'Media' tidak ada di berkas tabel applications; kolom yang ada: No, Nama Sistem, "
        "Pemilik Aplikasi, Fungsi Aplikasi, Alamat Web, Keterangan / column 'Media' is in no applications file; "
        "columns found: No, Nama Sistem, Pemilik Aplikasi, Fungsi Aplikasi, Alamat Web, Keterangan",
        "kolom.csv:9: table: tabel 'aplikasi_opd' tidak dikenal (mungkin maksudnya 'applications'?) / "
        "unknown table 'aplikasi_opd' (did you mean 'applications'?)",
    ]
    result = CliRunner().invoke(main, ["validate", str(folder)])
    assert result.exit_code == 1


def test_a_mapping_file_without_its_header_row(tmp_path):
    folder = city(tmp_path, mapping="applications,name,Nama Sistem\n")
    assert lines(folder)[0] == (
        "kolom.csv:1: baris 1 harus berisi table,column,header (atau tabel,kolom,judul); tidak ada: table, column, "
        "header / row 1 must be table,column,header (or tabel,kolom,judul); missing: table, column, header")


def test_an_agency_name_of_two_agencies_is_one_line_naming_both(tmp_path):
    agencies = AGENCIES.replace("Kec. Pantai", "Kec. Kota")
    inventory = INVENTORY.replace("KEC-A;Antrean", "Kec. Kota;Antrean")
    assert lines(city(tmp_path, agencies=agencies, inventory=inventory)) == [
        "Inventaris 2024.csv:4: agency: nama OPD 'Kec. Kota' cocok dengan 2 perangkat daerah (KEC-A, KEC-B): "
        "tulis kodenya / agency name 'Kec. Kota' matches 2 agencies (KEC-A, KEC-B): write the id"]


def test_an_unknown_owner_suggests_the_closest_agency(tmp_path):
    inventory = INVENTORY.replace("DINAS KESEHATAN", "Dinas Kesehatn")
    assert lines(city(tmp_path, inventory=inventory)) == [
        "Inventaris 2024.csv:2: agency: OPD 'Dinas Kesehatn' tidak dikenal (mungkin maksudnya 'DINKES'?) / "
        "unknown agency 'Dinas Kesehatn' (did you mean 'DINKES'?)"]


def test_an_application_listed_as_its_own_program(tmp_path):
    folder = tmp_path / "kota"
    folder.mkdir()
    (folder / "agencies.csv").write_text(AGENCIES, encoding="utf-8")
    (folder / "programs.csv").write_text("id,name,agency\nP-1,Pengembangan SIMPUS,DINKES\n", encoding="utf-8")
    (folder / "aplikasi.csv").write_text("kode_aplikasi,nama_aplikasi,pemilik,program\n"
                                         "APP-1,SIMPUS,DINKES,P-1;APP-1\n", encoding="utf-8")
    assert lines(folder) == [
        "aplikasi.csv:2: programs: aplikasi 'APP-1' mencantumkan dirinya sendiri sebagai program; tulis kode "
        "program yang sebenarnya, atau kosongkan / application 'APP-1' lists itself as its program; give the "
        "real program id, or leave it empty"]
