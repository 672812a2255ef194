"""The one visual language of every map, picture and report.

A colour per dimension (the Okabe-Ito palette, readable with the common kinds of
colour blindness), a shape per kind of node, a line style per relation, and the
words shown to users in Bahasa Indonesia (default) and English.
"""
from __future__ import annotations

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
}

_KINDS = {
    "agency": ("Perangkat daerah", "Agency"),
    "program": ("Program", "Program"),
    "dataset": ("Data", "Dataset"),
    "dimension": ("Dimensi", "Dimension"),
    "element": ("Elemen", "Element"),
}

# Every sentence users read, keyed once; index 0 Indonesian, 1 English.
_TEXT = {
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
    "empty_view": ("Tidak ada yang ditampilkan: data ini tidak memuat temuan untuk peta ini.",
                   "Nothing to show: the data holds no finding for this map."),
    "in_cycle": ("Bagian dari ketergantungan melingkar", "Part of a circular dependency"),
    "dup_failed": ("Analisis duplikasi tidak dapat dijalankan", "The duplicates analysis could not run"),
    "sharing_failed": ("Analisis berbagi pakai data tidak dapat dijalankan",
                       "The data-sharing analysis could not run"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def text(key: str, lang: str = "id") -> str:
    """A user-facing word or sentence in the chosen language.

    >>> text("budget"), text("budget", "en")
    ('Anggaran', 'Budget')
    """
    return _pick(_TEXT[key], lang)


def dimension_label(dim: str, lang: str = "id") -> str:
    """Label of a dimension id (the id itself when unknown).

    >>> dimension_label("living")
    'Smart Living'
    """
    return _pick(DIMENSIONS[dim], lang) if dim in DIMENSIONS else dim


def element_label(element: str, lang: str = "id") -> str:
    """Label of an element id.

    >>> element_label("health", "en")
    'Health'
    """
    if element in ELEMENTS:
        return ELEMENTS[element][2] if lang == "en" else ELEMENTS[element][1]
    return element


def kind_label(kind: str, lang: str = "id") -> str:
    """Label of a node kind.

    >>> kind_label("agency")
    'Perangkat daerah'
    """
    return _pick(_KINDS[kind], lang) if kind in _KINDS else kind


def relation_label(relation: str, lang: str = "id") -> str:
    """Label of a relation (line style).

    >>> relation_label("reuse", "en")
    'suggested data reuse'
    """
    return _pick(_RELATIONS[relation], lang) if relation in _RELATIONS else relation


def format_rupiah(amount, lang: str = "id") -> str:
    """Rupiah amount for people: ``Rp 1,25 M`` style in Indonesian.

    >>> format_rupiah(1_250_000_000)
    'Rp 1,25 M'
    >>> format_rupiah(250_000_000, "en")
    'Rp 250.00 million'
    >>> format_rupiah(None)
    '-'
    """
    try:
        value = int(amount)
    except (TypeError, ValueError):
        return "-"
    units = ((10**12, "T", "trillion"), (10**9, "M", "billion"), (10**6, "jt", "million"))
    for size, short_id, word_en in units:
        if abs(value) >= size:
            number = value / size
            if lang == "en":
                return f"Rp {number:,.2f} {word_en}"
            return f"Rp {number:,.2f} {short_id}".replace(",", "X").replace(".", ",").replace("X", ".")
    if lang == "en":
        return f"Rp {value:,}"
    return f"Rp {value:,}".replace(",", ".")
