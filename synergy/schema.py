"""The data contract (v1) as data: tables, columns, aliases and allowed values.

Everything that reads, validates, documents or writes the input format (ingest,
the validator, the fill-in template, the docs) takes its facts from here, so
that they cannot disagree. See ``docs/data-contract.md``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Column",
    "Table",
    "TABLES",
    "TABLE_ORDER",
    "SIDE_TABLES",
    "REQUIRED_TABLES",
    "APPLICATION_STATUSES",
    "DECISION_KINDS",
    "DECISION_VALUES",
    "DIMENSIONS",
    "DIMENSION_ALIASES",
    "ELEMENTS",
    "AGENCY_TYPES",
    "ROLES",
    "HORIZONS",
    "STATUSES",
    "CLASSIFICATIONS",
    "ID_PATTERN",
    "LIST_SEPARATOR",
    "MAX_CELL_CHARS",
    "LIST_KINDS",
    "INT_KINDS",
    "table_for_sheet",
]

#: Cells of list columns hold several values separated by this.
LIST_SEPARATOR = ";"
#: Ids: letters, digits, ``-``, ``_``, ``.``.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
#: A cell longer than this is refused (a pasted document, not a value).
MAX_CELL_CHARS = 10_000
#: Column kinds whose cells are tuples of text in a CityModel.
LIST_KINDS = ("list", "reflist", "enumlist")
#: Column kinds whose cells are integers (pandas ``Int64``) in a CityModel.
INT_KINDS = ("money", "year")


@dataclass(frozen=True)
class Column:
    """One column of an input table.

    kind is one of ``id``, ``text``, ``list``, ``ref`` (an id of another
    table), ``reflist``, ``enum``, ``enumlist``, ``money``, ``year``.
    """

    name: str
    alias: str
    kind: str = "text"
    required: bool = False
    ref: str | None = None  # table a ref/reflist column points into
    values: tuple[str, ...] = ()  # allowed values of enum/enumlist columns
    doc_id: str = ""  # meaning, Bahasa Indonesia
    doc_en: str = ""  # meaning, English
    example: str = ""
    more_aliases: tuple[str, ...] = ()  # further accepted headers (kode_aplikasi, nama_aplikasi, ...)


@dataclass(frozen=True)
class Table:
    name: str
    sheet_aliases: tuple[str, ...]
    columns: tuple[Column, ...]
    label_id: str
    label_en: str
    kind: str  # node kind in the graph: agency, program, dataset
    extra: dict = field(default_factory=dict)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def header_lookup(self) -> dict[str, str]:
        """Map every accepted header spelling (folded) to its column name."""
        lookup = {}
        for c in self.columns:
            for spelling in (c.name, c.alias, *c.more_aliases):
                lookup[fold_header(spelling)] = c.name
        return lookup


def fold_header(text: str) -> str:
    """Fold a header the way the contract compares them.

    >>> fold_header("  Kebutuhan Data ")
    'kebutuhan_data'
    """
    return "_".join(str(text).strip().lower().replace("-", "_").split())


DIMENSIONS: dict[str, tuple[str, str]] = {
    "governance": ("Smart Governance", "Smart Governance"),
    "branding": ("Smart Branding", "Smart Branding"),
    "economy": ("Smart Economy", "Smart Economy"),
    "living": ("Smart Living", "Smart Living"),
    "society": ("Smart Society", "Smart Society"),
    "environment": ("Smart Environment", "Smart Environment"),
}

#: Accepted spellings of each dimension (folded by ``fold_value``).
DIMENSION_ALIASES: dict[str, tuple[str, ...]] = {
    "governance": ("smart governance", "tata kelola", "tata kelola pemerintahan", "pemerintahan", "smart-governance", "gov"),
    "branding": ("smart branding", "branding daerah", "branding kota", "smart-branding", "pencitraan"),
    "economy": ("smart economy", "ekonomi", "perekonomian", "smart-economy"),
    "living": ("smart living", "lingkungan hidup layak", "kehidupan", "smart-living", "livability"),
    "society": ("smart society", "masyarakat", "sosial kemasyarakatan", "kemasyarakatan", "smart-society"),
    "environment": ("smart environment", "lingkungan", "lingkungan hidup", "smart-environment"),
}

#: element id -> (dimension, label_id, label_en); the SKOS scheme in
#: ontology/dimensions.ttl holds the same facts with their scope notes.
ELEMENTS: dict[str, tuple[str, str, str]] = {
    "public-service": ("governance", "Pelayanan Publik", "Public service"),
    "bureaucracy": ("governance", "Manajemen Birokrasi", "Bureaucracy management"),
    "public-policy": ("governance", "Efisiensi Kebijakan Publik", "Public policy efficiency"),
    "tourism": ("branding", "Branding Pariwisata", "Tourism branding"),
    "business": ("branding", "Branding Bisnis", "Business branding"),
    "city-appearance": ("branding", "Wajah Kota", "City appearance"),
    "industry": ("economy", "Ekosistem Industri", "Industry ecosystem"),
    "welfare": ("economy", "Kesejahteraan Rakyat", "Welfare"),
    "transaction": ("economy", "Ekosistem Transaksi Keuangan", "Financial transactions"),
    "harmony": ("living", "Harmonisasi Tata Ruang", "Spatial harmony"),
    "health": ("living", "Kesehatan", "Health"),
    "mobility": ("living", "Mobilitas", "Mobility"),
    "community": ("society", "Komunitas", "Community"),
    "learning": ("society", "Ekosistem Belajar", "Learning ecosystem"),
    "security": ("society", "Keamanan", "Security"),
    "protection": ("environment", "Proteksi Lingkungan", "Environmental protection"),
    "waste": ("environment", "Pengelolaan Sampah", "Waste management"),
    "energy": ("environment", "Manajemen Energi", "Energy management"),
}

#: Kinds of agency. Real plans' agencies tables name more kinds than dinas and badan: a
#: province's bureaus, the inspectorate, the civil service police (Satpol PP: "satuan"),
#: offices, technical units (UPT, BLUD, panti, suku dinas: "unit"), hospitals and health
#: centres with budgets of their own, a province's administrative cities ("wilayah") and
#: others ("lainnya"); their usual spellings are read through ENUM_ALIASES["type"].
AGENCY_TYPES = ("dinas", "badan", "sekretariat", "biro", "inspektorat", "satuan", "kantor", "bagian", "unit",
                "rumah sakit", "puskesmas", "wilayah", "kecamatan", "kelurahan", "bumd", "external", "lainnya")
ROLES = ("walidata", "produsen-data", "pembina-data", "smart-city-lead")
HORIZONS = ("quick-win", "short", "medium", "long")
STATUSES = ("planned", "ongoing", "done")
#: An application is planned, running, or retired (no longer used).
APPLICATION_STATUSES = ("planned", "ongoing", "retired")
CLASSIFICATIONS = ("terbuka", "terbatas", "dikecualikan")
#: The kinds of finding an analyst decides on (data contract v2, table decisions).
DECISION_KINDS = ("duplicate", "duplicate-dataset", "reuse", "gap")
#: An analyst's word on a finding: agreed (confirmed), not a finding (rejected), being acted on, acted on.
DECISION_VALUES = ("confirmed", "rejected", "in-progress", "done")

#: Indonesian / English spellings accepted for enum values.
ENUM_ALIASES: dict[str, dict[str, str]] = {
    "type": {
        "rsud": "rumah sakit", "rsu": "rumah sakit", "rs": "rumah sakit", "hospital": "rumah sakit",
        "satpol": "satuan", "satpol pp": "satuan", "satuan polisi pamong praja": "satuan",
        "upt": "unit", "uptd": "unit", "blud": "unit", "panti": "unit", "pusat": "unit", "suku dinas": "unit",
        "sudin": "unit", "kota administrasi": "wilayah", "kabupaten administrasi": "wilayah",
        "setda": "sekretariat", "setwan": "sekretariat", "sekretariat daerah": "sekretariat",
        "sekretariat dprd": "sekretariat", "office": "kantor", "bureau": "biro", "inspectorate": "inspektorat",
        "seksi": "bagian", "bidang": "bagian", "other": "lainnya",
    },
    "horizon": {
        "quick win": "quick-win", "quickwin": "quick-win", "qw": "quick-win",
        "pendek": "short", "jangka pendek": "short", "short term": "short", "short-term": "short",
        "menengah": "medium", "jangka menengah": "medium", "medium term": "medium", "medium-term": "medium",
        "panjang": "long", "jangka panjang": "long", "long term": "long", "long-term": "long",
    },
    "status": {
        "rencana": "planned", "direncanakan": "planned", "berjalan": "ongoing",
        "sedang berjalan": "ongoing", "selesai": "done", "completed": "done",
        "aktif": "ongoing", "active": "ongoing", "digunakan": "ongoing", "tidak aktif": "retired",
        "nonaktif": "retired", "non aktif": "retired", "inactive": "retired", "dihentikan": "retired",
    },
    "classification": {
        "public": "terbuka", "open": "terbuka", "restricted": "terbatas",
        "excluded": "dikecualikan", "dikecualikan/rahasia": "dikecualikan", "rahasia": "dikecualikan",
    },
    "roles": {"produsen data": "produsen-data", "pembina data": "pembina-data", "smart city lead": "smart-city-lead"},
    "decision": {
        "benar": "confirmed", "ya": "confirmed", "setuju": "confirmed", "dikonfirmasi": "confirmed", "confirm": "confirmed",
        "bukan": "rejected", "tidak": "rejected", "ditolak": "rejected", "tolak": "rejected", "reject": "rejected",
        "proses": "in-progress", "diproses": "in-progress", "sedang diproses": "in-progress", "berjalan": "in-progress",
        "in progress": "in-progress", "inprogress": "in-progress", "ongoing": "in-progress",
        "selesai": "done", "tuntas": "done", "completed": "done",
    },
    "kind": {
        "duplikasi": "duplicate", "duplikat": "duplicate", "tumpang tindih": "duplicate", "duplicates": "duplicate",
        "data ganda": "duplicate-dataset", "duplikasi data": "duplicate-dataset", "duplicate data": "duplicate-dataset",
        "pakai ulang": "reuse", "pakai ulang data": "reuse", "berbagi pakai": "reuse",
        "kesenjangan": "gap", "celah": "gap", "kebutuhan data": "gap",
    },
}

_C = Column

AGENCIES = Table(
    name="agencies",
    sheet_aliases=("agencies", "agency", "perangkat_daerah", "opd", "pd"),
    label_id="Perangkat Daerah",
    label_en="Agencies",
    kind="agency",
    columns=(
        _C("id", "kode", "id", True, doc_id="kode unik: huruf, angka, -, _, .", doc_en="unique id: letters, digits, -, _, .", example="DISKOMINFOTIK"),
        _C("name", "nama", "text", True, doc_id="nama resmi", doc_en="official name", example="Dinas Komunikasi, Informatika dan Statistik"),
        _C("short_name", "singkatan", doc_id="singkatan yang tampil di peta", doc_en="abbreviation shown on maps", example="Diskominfotik"),
        _C("type", "jenis", "enum", values=AGENCY_TYPES, doc_id="jenis perangkat daerah", doc_en="kind of agency", example="dinas"),
        _C("urusan", "urusan", "list", doc_id="kode bidang urusan, dipisah ;", doc_en="bidang-urusan codes, ; separated", example="2.16;2.20;2.21"),
        _C("parent", "induk", "ref", ref="agencies", doc_id="kode perangkat daerah induk", doc_en="id of the parent agency", example=""),
        _C("roles", "peran", "enumlist", values=ROLES, doc_id="peran Satu Data, dipisah ;", doc_en="Satu Data roles, ; separated", example="walidata;smart-city-lead"),
        _C("region", "wilayah", doc_id="kode wilayah Kemendagri", doc_en="Kemendagri region code", example="35.75"),
    ),
)

PROGRAMS = Table(
    name="programs",
    sheet_aliases=("programs", "program", "kegiatan", "programs_kegiatan", "inovasi"),
    label_id="Program",
    label_en="Programs",
    kind="program",
    columns=(
        _C("id", "kode", "id", True, doc_id="kode unik program", doc_en="unique id", example="P-001"),
        _C("name", "nama", "text", True, doc_id="nama program sesuai dokumen rencana", doc_en="program name as written in the plan", example="Aplikasi Pengaduan Masyarakat e-Sambat"),
        _C("agency", "opd", "ref", True, ref="agencies", doc_id="kode perangkat daerah pelaksana", doc_en="id of the agency that runs it", example="DISKOMINFOTIK"),
        _C("dimension", "dimensi", "enumlist", values=tuple(DIMENSIONS), doc_id="dimensi smart city, dipisah ; (boleh kosong: synergy classify mengusulkan)", doc_en="smart city dimensions, ; separated (may be empty: synergy classify suggests one)", example="governance"),
        _C("element", "elemen", "enum", values=tuple(ELEMENTS), doc_id="elemen (sub-dimensi)", doc_en="element (sub-dimension)", example="public-service"),
        _C("description", "deskripsi", doc_id="uraian", doc_en="free text", example="Kanal pengaduan warga terpadu"),
        _C("objective", "tujuan", doc_id="tujuan", doc_en="objective", example=""),
        _C("target_group", "sasaran", doc_id="penerima manfaat", doc_en="who benefits", example="masyarakat"),
        _C("output", "keluaran", doc_id="indikator keluaran", doc_en="output indicator", example="jumlah aduan yang ditindaklanjuti"),
        _C("code", "kode_nomenklatur", doc_id="kode sub-kegiatan resmi", doc_en="official sub-kegiatan code", example="2.16.03.2.02.0023"),
        _C("budget", "anggaran", "money", doc_id="anggaran (rupiah)", doc_en="budget (rupiah)", example="250000000"),
        _C("start_year", "tahun_mulai", "year", doc_id="tahun mulai", doc_en="start year", example="2022"),
        _C("end_year", "tahun_selesai", "year", doc_id="tahun selesai", doc_en="end year", example="2026"),
        _C("horizon", "horizon", "enum", values=HORIZONS, doc_id="quick-win, short, medium, long", doc_en="quick-win, short, medium, long", example="quick-win"),
        _C("status", "status", "enum", values=STATUSES, doc_id="planned, ongoing, done", doc_en="planned, ongoing, done", example="ongoing"),
        _C("uses", "menggunakan", "reflist", ref="datasets", doc_id="kode data yang dipakai, dipisah ;", doc_en="dataset ids the program reads", example="DS-NIK"),
        _C("produces", "menghasilkan", "reflist", ref="datasets", doc_id="kode data yang dihasilkan, dipisah ;", doc_en="dataset ids the program creates", example="DS-ADUAN"),
        _C("needs", "kebutuhan_data", "list", doc_id="kebutuhan data yang belum ada sumbernya, dipisah ;", doc_en="free-text data needs with no known source", example="data lokasi rawan banjir"),
        _C("depends_on", "bergantung_pada", "reflist", ref="programs", doc_id="kode program yang harus ada lebih dulu, dipisah ;", doc_en="program ids that must exist first", example=""),
    ),
)

DATASETS = Table(
    name="datasets",
    sheet_aliases=("datasets", "dataset", "data"),
    label_id="Data",
    label_en="Datasets",
    kind="dataset",
    columns=(
        _C("id", "kode", "id", True, doc_id="kode unik data", doc_en="unique id", example="DS-NIK"),
        _C("name", "nama", "text", True, doc_id="judul data", doc_en="dataset title", example="Data Kependudukan (NIK)"),
        _C("producer", "produsen", "ref", True, ref="agencies", doc_id="kode produsen data", doc_en="agency id of the producer", example="DISPENDUKCAPIL"),
        _C("description", "deskripsi", doc_id="uraian", doc_en="description", example=""),
        _C("keywords", "kata_kunci", "list", doc_id="kata kunci, dipisah ;", doc_en="keywords, ; separated", example="penduduk;nik"),
        _C("classification", "klasifikasi", "enum", values=CLASSIFICATIONS, doc_id="terbuka, terbatas, dikecualikan", doc_en="public, restricted, excluded", example="terbatas"),
        _C("frequency", "frekuensi", doc_id="frekuensi pemutakhiran", doc_en="update frequency", example="bulanan"),
        _C("format", "format", doc_id="format (csv, api, xlsx, shp)", doc_en="format", example="api"),
        _C("url", "url", doc_id="alamat data", doc_en="where it lives", example=""),
    ),
)

APPLICATIONS = Table(
    name="applications",
    sheet_aliases=("applications", "application", "aplikasi", "katalog_aplikasi", "daftar_aplikasi", "apps"),
    label_id="Aplikasi",
    label_en="Applications",
    kind="application",
    columns=(
        _C("id", "kode", "id", True, doc_id="kode unik aplikasi", doc_en="unique id", example="APP-001",
           more_aliases=("kode_aplikasi",)),
        _C("name", "nama", "text", True, doc_id="nama aplikasi seperti di inventaris (singkatan, merek atau alamat web)",
           doc_en="the name as the inventory has it (an acronym, a brand or a web address)", example="e-Sambat",
           more_aliases=("nama_aplikasi",)),
        _C("agency", "opd", "ref", True, ref="agencies", doc_id="kode OPD pemilik", doc_en="owner agency id",
           example="DISKOMINFOTIK", more_aliases=("pemilik", "kode_opd")),
        _C("description", "deskripsi", doc_id="fungsi aplikasi", doc_en="what it does", example="Kanal pengaduan warga",
           more_aliases=("fungsi", "keterangan")),
        _C("url", "url", doc_id="alamat aplikasi", doc_en="where it runs", example="https://sambat.pasuruankota.go.id",
           more_aliases=("alamat",)),
        _C("status", "status", "enum", values=APPLICATION_STATUSES, doc_id="planned, ongoing (aktif), retired (tidak aktif)",
           doc_en="planned, ongoing (active), retired", example="ongoing"),
        _C("platform", "platform", doc_id="web, android, ios, desktop, ...", doc_en="web, android, ios, desktop, ...",
           example="web", more_aliases=("media",)),
        _C("start_year", "tahun", "year", doc_id="tahun pembuatan", doc_en="year built", example="2021",
           more_aliases=("tahun_pembuatan",)),
        _C("budget", "anggaran", "money", doc_id="anggaran atau nilai kontrak (rupiah)", doc_en="budget or contract value (rupiah)",
           example="150000000", more_aliases=("nilai_kontrak",)),
        _C("programs", "program", "reflist", ref="programs", doc_id="kode program yang membangun atau menjalankannya, dipisah ;",
           doc_en="ids of the programs that build or run it", example=""),
        _C("uses", "menggunakan", "reflist", ref="datasets", doc_id="kode data yang dipakai, dipisah ;",
           doc_en="dataset ids it reads", example="DS-NIK"),
        _C("produces", "menghasilkan", "reflist", ref="datasets", doc_id="kode data yang dihasilkan, dipisah ;",
           doc_en="dataset ids it creates", example="DS-ADUAN"),
        _C("users", "pengguna", "reflist", ref="agencies", doc_id="kode OPD lain yang memakainya, dipisah ;",
           doc_en="ids of the other agencies that use it", example=""),
        _C("dimension", "dimensi", "enumlist", values=tuple(DIMENSIONS), doc_id="dimensi smart city (boleh kosong)",
           doc_en="smart city dimensions (may be empty)", example=""),
        _C("element", "elemen", "enum", values=tuple(ELEMENTS), doc_id="elemen (sub-dimensi)", doc_en="element", example=""),
    ),
)

REGIONS = Table(
    name="regions",
    sheet_aliases=("regions", "region", "wilayah"),
    label_id="Wilayah",
    label_en="Regions",
    kind="region",
    columns=(
        _C("code", "kode", "text", True, doc_id="kode wilayah Kemendagri", doc_en="Kemendagri region code", example="35.75"),
        _C("name", "nama", "text", True, doc_id="nama pemerintah daerah", doc_en="name of the government", example="Kota Pasuruan"),
    ),
)

DECISIONS = Table(
    name="decisions",
    sheet_aliases=("decisions", "decision", "keputusan"),
    label_id="Keputusan",
    label_en="Decisions",
    kind="decision",
    columns=(
        _C("kind", "jenis", "enum", True, values=DECISION_KINDS,
           doc_id="jenis temuan: duplicate, duplicate-dataset, reuse, gap", doc_en="kind of finding: duplicate, "
           "duplicate-dataset, reuse, gap", example="duplicate"),
        _C("a", "a", "text", True, doc_id="kode pertama temuan (program, aplikasi atau data)",
           doc_en="first id of the finding (program, application or dataset)", example="P-001"),
        _C("b", "b", "text", doc_id="kode kedua (urutan a dan b bebas; kelompok: kode lainnya dipisah ;; gap: kebutuhan datanya)",
           doc_en="second id (a and b in either order; a cluster: the other ids, ; separated; gap: the data need)",
           example="P-002"),
        _C("decision", "keputusan", "enum", True, values=DECISION_VALUES,
           doc_id="confirmed (benar), rejected (bukan), in-progress (proses), done (selesai)",
           doc_en="confirmed, rejected, in-progress, done", example="confirmed"),
        _C("note", "catatan", doc_id="alasan", doc_en="why", example="disepakati rapat koordinasi"),
        _C("by", "oleh", doc_id="siapa yang memutuskan", doc_en="who decided", example="Diskominfotik"),
        _C("date", "tanggal", doc_id="kapan (YYYY-MM-DD)", doc_en="when (ISO date)", example="2025-03-01"),
        _C("fingerprint", "sidik", doc_id="sidik nama dan uraian catatan saat diputuskan (diisi synergy review)",
           doc_en="fingerprint of the records' name and description when decided (written by synergy review)",
           example=""),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (AGENCIES, PROGRAMS, DATASETS, APPLICATIONS, REGIONS, DECISIONS)}
#: The tables of nodes (each row has an id, unique across all of them), in reading order.
TABLE_ORDER = ("agencies", "programs", "datasets", "applications")
#: Tables that describe rather than hold nodes (no id of their own).
SIDE_TABLES = ("regions", "decisions")
#: The only table a source must have (or another source must bring).
REQUIRED_TABLES = ("agencies",)


def table_for_sheet(sheet_name: str) -> Table | None:
    """The table a sheet (or CSV file stem) holds, by its name or alias.

    >>> table_for_sheet(" OPD ").name
    'agencies'
    >>> table_for_sheet("notes") is None
    True
    """
    folded = fold_header(sheet_name)
    for table in TABLES.values():
        if folded in table.sheet_aliases:
            return table
    return None
