"""The one visual language of every map, picture and report.

A colour per dimension (the Okabe-Ito palette, readable with the common kinds of
colour blindness), a shape per kind of node, a line style per relation, and the
words shown to users in Bahasa Indonesia (default) and English.
"""
from __future__ import annotations

from synergy import i18n
from synergy.schema import DIMENSIONS, ELEMENTS

__all__ = [
    "DIMENSION_COLORS",
    "KIND_STYLE",
    "RELATION_STYLE",
    "NEUTRAL",
    "text",
    "dimension_label",
    "element_label",
    "kind_label",
    "relation_label",
    "format_rupiah",
    "value_label",
]

#: Okabe-Ito colours, one per dimension (black and yellow left out: low contrast).
DIMENSION_COLORS: dict[str, str] = {
    "governance": "#0072B2",  # blue
    "branding": "#CC79A7",  # reddish purple
    "economy": "#E69F00",  # orange
    "living": "#56B4E9",  # sky blue
    "society": "#D55E00",  # vermillion
    "environment": "#009E73",  # bluish green
}
#: Colour of nodes that belong to no single dimension (agencies, datasets).
NEUTRAL = {"agency": "#4D4D4D", "dataset": "#8C8C8C", "none": "#B3B3B3"}

#: kind -> vis-network shape, matplotlib marker, legend symbol.
KIND_STYLE: dict[str, dict] = {
    "agency": {"shape": "square", "marker": "s"},
    "program": {"shape": "dot", "marker": "o"},
    "dataset": {"shape": "diamond", "marker": "D"},
    "dimension": {"shape": "star", "marker": "*"},
    "element": {"shape": "triangle", "marker": "^"},
}

#: relation -> colour, width, dash pattern (vis-network ``dashes``; [] is solid),
#: arrow. Line style carries the meaning, colour only repeats it.
RELATION_STYLE: dict[str, dict] = {
    "duplicate": {"color": "#D55E00", "width": 4, "dashes": [2, 6], "arrow": False},
    "reuse": {"color": "#009E73", "width": 3, "dashes": [12, 6], "arrow": True},
    "depends_on": {"color": "#000000", "width": 2, "dashes": [6, 4], "arrow": True},
    "uses": {"color": "#0072B2", "width": 1.5, "dashes": [], "arrow": True},
    "produces": {"color": "#E69F00", "width": 1.5, "dashes": [], "arrow": True},
    "duplicate_dataset": {"color": "#CC79A7", "width": 3, "dashes": [2, 6], "arrow": False},
    "runs": {"color": "#BBBBBB", "width": 1, "dashes": [], "arrow": False},
    "publishes": {"color": "#BBBBBB", "width": 1, "dashes": [1, 3], "arrow": True},
    "in_dimension": {"color": "#DDDDDD", "width": 0.5, "dashes": [1, 3], "arrow": False},
    "has_element": {"color": "#DDDDDD", "width": 0.5, "dashes": [1, 3], "arrow": False},
    "part_of": {"color": "#CCCCCC", "width": 1, "dashes": [], "arrow": False},
    "data_flow": {"color": "#0072B2", "width": 2, "dashes": [], "arrow": True},
    # the agency map: one line per pair of agencies, styled by what ties them most
    "tie_duplicate": {"color": "#D55E00", "width": 3, "dashes": [3, 5], "arrow": False},
    "tie_data": {"color": "#0072B2", "width": 2, "dashes": [], "arrow": False},
    "tie_dependency": {"color": "#333333", "width": 2, "dashes": [10, 5], "arrow": False},
}

_RELATIONS = {
    "duplicate": ("duplikasi program", "duplicate program"),
    "reuse": ("usulan pakai ulang data", "suggested data reuse"),
    "depends_on": ("bergantung pada", "depends on"),
    "uses": ("menggunakan data", "uses data"),
    "produces": ("menghasilkan data", "produces data"),
    "duplicate_dataset": ("data ganda", "duplicate dataset"),
    "runs": ("melaksanakan", "runs"),
    "publishes": ("produsen data", "publishes"),
    "in_dimension": ("dimensi", "dimension"),
    "has_element": ("elemen", "element"),
    "part_of": ("bagian dari", "part of"),
    "data_flow": ("aliran data antar perangkat daerah", "data flow between agencies"),
    "tie_duplicate": ("terutama program tumpang tindih", "mostly overlapping programs"),
    "tie_data": ("terutama data atau aplikasi dipakai bersama", "mostly shared data or applications"),
    "tie_dependency": ("terutama ketergantungan antar program", "mostly dependencies between programs"),
}

_KINDS = {
    "agency": ("Perangkat daerah", "Agency"),
    "program": ("Program", "Program"),
    "dataset": ("Data", "Dataset"),
    "dimension": ("Dimensi", "Dimension"),
    "element": ("Elemen", "Element"),
}

# Every sentence users read, keyed once: (Bahasa Indonesia, English).
_TEXT = i18n.Catalogue({
    "kind": ("Jenis", "Kind"),
    "id": ("Kode", "Id"),
    "agency": ("Perangkat daerah", "Agency"),
    "agencies": ("Perangkat daerah", "Agencies"),
    "dimension": ("Dimensi", "Dimension"),
    "element": ("Elemen", "Element"),
    "budget": ("Anggaran", "Budget"),
    "years": ("Tahun", "Years"),
    "horizon": ("Horizon", "Horizon"),
    "status": ("Status", "Status"),
    "producer": ("Produsen", "Producer"),
    "classification": ("Klasifikasi", "Classification"),
    "programs": ("Program", "Programs"),
    "datasets": ("Data", "Datasets"),
    "used_by": ("Dipakai oleh", "Used by"),
    "findings": ("Temuan", "Findings"),
    "connections": ("Hubungan", "Connections"),
    "depth": ("Jarak dari pusat", "Distance from centre"),
    "search": ("Cari nama…", "Search a name…"),
    "search_button": ("Cari", "Search"),
    "all_agencies": ("Semua perangkat daerah", "All agencies"),
    "all_dimensions": ("Semua dimensi", "All dimensions"),
    "reset": ("Tampilkan semua", "Show all"),
    "legend": ("Keterangan", "Legend"),
    "shapes": ("Bentuk", "Shapes"),
    "colors": ("Warna: dimensi", "Colours: dimension"),
    "lines": ("Garis", "Lines"),
    "size_note": ("Ukuran: anggaran (program), jumlah program (perangkat daerah), jumlah pemakai (data)",
                  "Size: budget (programs), number of programs (agencies), number of users (datasets)"),
    "panel_hint": ("Klik sebuah simpul untuk melihat rinciannya.", "Click a node to see its details."),
    "no_match": ("Tidak ada yang cocok.", "Nothing matches."),
    "matches": ("Hasil pencarian", "Matches"),
    "close": ("Tutup", "Close"),
    "folded": ("program digabung ke perangkat daerahnya", "programs folded into their agency"),
    "physics_off": ("posisi tetap (graf besar)", "fixed positions (large graph)"),
    "no_dimension": ("tanpa dimensi", "no dimension"),
    "program_count": ("Jumlah program", "Number of programs"),
    "dataset_count": ("Jumlah data", "Number of datasets"),
    "shared_datasets": ("Data yang dipakai bersama", "Shared datasets"),
    "score": ("Skor", "Score"),
    "reason": ("Alasan", "Reason"),
    "map_label": ("Peta interaktif", "Interactive map"),
    "similar_to": ("Mirip dengan", "Similar to"),
    "unnamed_isolated": ("{n} perangkat daerah tanpa keterkaitan dengan yang lain digambar tanpa nama agar nama yang "
                         "bekerja sama terbaca; namanya tampil saat peta diperbesar atau kotaknya disentuh.",
                         "{n} agencies tied to no other are drawn without their names, so that the names of those "
                         "working together can be read; a name shows when the map is zoomed in or its box hovered."),
    "empty_view": ("Tidak ada yang ditampilkan: data ini tidak memuat temuan untuk peta ini.",
                   "Nothing to show: the data holds no finding for this map."),
    "in_cycle": ("Bagian dari ketergantungan melingkar", "Part of a circular dependency"),
    "dup_failed": ("Analisis duplikasi tidak dapat dijalankan", "The duplicates analysis could not run"),
    "ties_duplicate": ("{n} pasangan program tumpang tindih", "{n} overlapping program pairs"),
    "ties_data": ("{n} data/aplikasi dipakai bersama atau dapat dipakai ulang", "{n} shared or reusable data/applications"),
    "ties_dependency": ("{n} ketergantungan antar program", "{n} dependencies between programs"),
    "partners": ("Mitra", "Partners"),
    "applications": ("Aplikasi", "Applications"),
    "application_count": ("Jumlah aplikasi", "Number of applications"),
    "main_dimension": ("Dimensi utama", "Main dimension"),
    "focus_partners": ("Tampilkan perangkat daerah ini dan mitranya", "Show this agency and its partners"),
    "save_png": ("Simpan gambar (PNG)", "Save picture (PNG)"),
    "presenter": ("Mode presentasi", "Presenter mode"),
    "size_budget": ("Ukuran: anggaran perangkat daerah", "Size: the agency's budget"),
    "size_programs": ("Ukuran: jumlah program dan aplikasi perangkat daerah",
                      "Size: the agency's number of programs and applications"),
    "color_main": ("Warna: dimensi utama", "Colour: main dimension"),
    "line_width_note": ("Tebal garis: banyaknya keterkaitan", "Line width: how much ties them"),
    "zoom_hint": ("Gulir untuk memperbesar: nama program muncul saat diperbesar.",
                  "Scroll to zoom in: program names appear as you zoom."),
    "agencies_title": ("Peta sinergi antar perangkat daerah", "Agency synergy map"),
    "more_items": ("… dan {n} lainnya", "… and {n} more"),
    "sharing_failed": ("Analisis berbagi pakai data tidak dapat dijalankan",
                       "The data-sharing analysis could not run"),
})


def text(key: str, lang: str = "id") -> str:
    """A user-facing word or sentence in the chosen language.

    >>> text("budget"), text("budget", "en")
    ('Anggaran', 'Budget')
    """
    return _TEXT.text(key, lang)


def dimension_label(dim: str, lang: str = "id") -> str:
    """Label of a dimension id (the id itself when unknown).

    >>> dimension_label("living")
    'Smart Living'
    """
    i18n.check_lang(lang)
    return i18n.pick(DIMENSIONS[dim], lang) if dim in DIMENSIONS else dim


def element_label(element: str, lang: str = "id") -> str:
    """Label of an element id.

    >>> element_label("health", "en")
    'Health'
    """
    i18n.check_lang(lang)
    if element in ELEMENTS:
        return i18n.pick(ELEMENTS[element][1:], lang)  # (dimension, Indonesian, English)
    return element


def kind_label(kind: str, lang: str = "id") -> str:
    """Label of a node kind.

    >>> kind_label("agency")
    'Perangkat daerah'
    """
    i18n.check_lang(lang)
    return i18n.pick(_KINDS[kind], lang) if kind in _KINDS else kind


def relation_label(relation: str, lang: str = "id") -> str:
    """Label of a relation (line style).

    >>> relation_label("reuse", "en")
    'suggested data reuse'
    """
    i18n.check_lang(lang)
    return i18n.pick(_RELATIONS[relation], lang) if relation in _RELATIONS else relation


def format_rupiah(amount, lang: str = "id") -> str:
    """Rupiah amount for people, in the one style of every map, picture and report
    (:func:`synergy.i18n.format_rupiah`); ``-`` when unknown, so a detail row is never blank.

    >>> format_rupiah(1_250_000_000), format_rupiah(370_000_000)
    ('Rp 1,25 miliar', 'Rp 370 juta')
    >>> format_rupiah(250_000_000, "en")
    'IDR 250 million'
    >>> format_rupiah(None), format_rupiah(0)
    ('-', 'Rp 0')
    """
    return i18n.format_rupiah(amount, lang, missing="-")


#: Enum values of the data as people read them: (Bahasa Indonesia, English).
_VALUES = {
    "horizon": {"quick-win": ("hasil cepat", "quick win"), "short": ("jangka pendek", "short term"),
                "medium": ("jangka menengah", "medium term"), "long": ("jangka panjang", "long term")},
    "status": {"planned": ("direncanakan", "planned"), "ongoing": ("sedang berjalan", "ongoing"),
               "done": ("selesai", "done"), "retired": ("tidak aktif lagi", "retired")},
    "classification": {"terbuka": ("terbuka", "public"), "terbatas": ("terbatas", "restricted"),
                       "dikecualikan": ("dikecualikan", "excluded")},
    "action": {"merge": ("gabungkan menjadi satu program", "merge into one program"),
               "platform": ("gunakan satu platform bersama", "share one platform"),
               "coordinate": ("koordinasikan", "coordinate")},
}


def value_label(column: str, value, lang: str = "id") -> str:
    """A data value (horizon, status, classification, action) in the reader's language.

    >>> value_label("horizon", "medium"), value_label("status", "ongoing", "en"), value_label("status", "x")
    ('jangka menengah', 'ongoing', 'x')
    """
    i18n.check_lang(lang)
    pair = _VALUES.get(column, {}).get(str(value))
    return i18n.pick(pair, lang) if pair else str(value)
