"""The leadership report: one self-contained, offline HTML file.

Bahasa Indonesia by default (``lang="en"`` for English). Sections, in the order
a meeting reads them: headline numbers; the dimension x agency heat map and the
coverage of the 18 elements; the top duplicate clusters; data-sharing
opportunities; critical datasets, longest chains and circular dependencies; the
roadmap phases; the interactive maps. A section whose analysis refuses the data
(a ``SynergyError``) says so ("Analisis ini tidak dapat dijalankan: <alasan>")
instead of vanishing or crashing the report.

Everything from data is escaped by the template engine (Jinja2 autoescape) or,
inside the maps, put in the page as text by the map runtime. The page loads
nothing from the network; it has a print stylesheet for paper and PDF.
"""
from __future__ import annotations

import datetime as _dt

import pandas as pd

from .normalize import split_list
from .schema import DIMENSIONS, ELEMENTS

__all__ = ["build_report", "write_report", "REPORT_SECTIONS", "REPORT_MAP_MAX_NODES"]

_MAX_MEMBERS = 12  # programs listed per duplicate cluster (the rest are counted)
#: Above this many nodes an embedded map folds programs into their agency.
REPORT_MAP_MAX_NODES = 500
#: Section ids, in reading order (also the anchors of the table of contents).
REPORT_SECTIONS = ("summary", "coverage", "duplicates", "sharing", "dependencies", "roadmap", "maps")

_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")

_T = {
    "title": ("Laporan Sinergi Smart City", "Smart City Synergy Report"),
    "subtitle": ("Program, data dan ketergantungan antar perangkat daerah",
                 "Programs, data and dependencies between agencies"),
    "generated": ("Dibuat", "Generated"),
    "contents": ("Daftar isi", "Contents"),
    "summary": ("Ringkasan", "Summary"),
    "coverage": ("Dimensi dan perangkat daerah", "Dimensions and agencies"),
    "duplicates": ("Program yang tumpang tindih", "Overlapping programs"),
    "sharing": ("Berbagi pakai data", "Data sharing"),
    "dependencies": ("Data kritis dan rantai ketergantungan", "Critical data and dependency chains"),
    "roadmap": ("Peta jalan", "Roadmap"),
    "maps": ("Peta interaktif", "Interactive maps"),
    "failed": ("Analisis ini tidak dapat dijalankan", "This analysis could not run"),
    "none_found": ("Tidak ada temuan.", "Nothing found."),
    "agencies": ("Perangkat daerah", "Agencies"),
    "programs": ("Program", "Programs"),
    "datasets": ("Data", "Datasets"),
    "budget": ("Total anggaran", "Total budget"),
    "dup_clusters": ("Kelompok program duplikat", "Duplicate program clusters"),
    "dup_budget": ("Anggaran pada program duplikat", "Budget held by duplicates"),
    "sharing_ops": ("Peluang berbagi pakai data", "Data-sharing opportunities"),
    "gaps": ("Kebutuhan data tanpa sumber", "Data needs with no source"),
    "longest": ("Rantai ketergantungan terpanjang", "Longest dependency chain"),
    "cycles": ("Ketergantungan melingkar", "Circular dependencies"),
    "in_programs": ("program", "programs"),
    "heatmap": ("Jumlah program per perangkat daerah dan dimensi", "Programs per agency and dimension"),
    "heatmap_note": ("Program dengan beberapa dimensi dihitung pada setiap dimensinya.",
                     "A program in several dimensions counts in each of them."),
    "total": ("Jumlah", "Total"),
    "elements": ("Cakupan 18 elemen", "Coverage of the 18 elements"),
    "element": ("Elemen", "Element"),
    "dimension": ("Dimensi", "Dimension"),
    "no_program": ("belum ada program", "no program yet"),
    "elements_empty": ("elemen belum memiliki program", "elements have no program yet"),
    "cluster": ("Kelompok", "Cluster"),
    "members": ("Program (perangkat daerah)", "Programs (agency)"),
    "combined_budget": ("Anggaran gabungan", "Combined budget"),
    "lead": ("Usulan pemimpin", "Suggested lead"),
    "action": ("Usulan tindakan", "Suggested action"),
    "reasons": ("Alasan", "Reasons"),
    "kind": ("Jenis", "Kind"),
    "program": ("Program", "Program"),
    "dataset": ("Data", "Dataset"),
    "other_dataset": ("Data lain", "Other dataset"),
    "reason": ("Alasan", "Reason"),
    "critical": ("Data kritis: yang berhenti jika data ini berhenti",
                 "Critical datasets: what stops if this data stops"),
    "affected_programs": ("Program terdampak", "Programs affected"),
    "affected_agencies": ("Perangkat daerah terdampak", "Agencies affected"),
    "affected_budget": ("Anggaran terdampak", "Budget affected"),
    "producer": ("Produsen", "Producer"),
    "chains": ("Rantai terpanjang", "Longest chains"),
    "length": ("Panjang", "Length"),
    "chain": ("Rantai", "Chain"),
    "cycle": ("Lingkaran", "Cycle"),
    "phase": ("Tahap", "Phase"),
    "set_aside": ("Disisihkan (melingkar)", "Set aside (circular)"),
    "warnings": ("Peringatan", "Warnings"),
    "shown_of": ("ditampilkan {shown} dari {total}", "showing {shown} of {total}"),
    "map_city": ("Seluruh kota", "The whole city"),
    "footer": ("Dibuat dengan synergy. Berkas ini dapat dibuka tanpa internet.",
               "Made with synergy. This file opens without internet."),
    "actions": {
        "merge": ("gabungkan menjadi satu program", "merge into one program"),
        "platform": ("gunakan satu platform bersama", "share one platform"),
        "coordinate": ("koordinasikan", "coordinate"),
    },
    "kinds": {
        "reuse": ("Pakai ulang data", "Reuse data"),
        "duplicate-dataset": ("Data ganda", "Duplicate dataset"),
        "gap": ("Kebutuhan tanpa sumber", "Need with no source"),
        "hub": ("Data simpul (banyak pemakai)", "Hub dataset (many users)"),
        "orphan": ("Data tanpa pemakai", "Dataset nobody uses"),
    },
}


def _t(key: str, lang: str) -> str:
    pair = _T[key]
    return pair[1] if lang == "en" else pair[0]


def _number(value, lang: str) -> str:
    text = f"{int(value):,}"
    return text if lang == "en" else text.replace(",", ".")


def _date(day: _dt.date, lang: str) -> str:
    if lang == "en":
        return day.strftime("%d %B %Y").lstrip("0")
    return f"{day.day} {_MONTHS_ID[day.month - 1]} {day.year}"


def _cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


class _Names:
    """Readable names of ids: ``Name (Agency)`` for programs, ``Name`` for the rest."""

    def __init__(self, model):
        self.agency = model.agency_labels()
        self.program = {r.id: (r.name, r.agency) for r in model.programs.itertuples(index=False)}
        self.dataset = {r.id: (r.name, r.producer) for r in model.datasets.itertuples(index=False)}

    def __call__(self, node_id) -> str:
        node_id = _cell(node_id)
        if node_id in self.program:
            name, agency = self.program[node_id]
            return f"{name} ({self.agency.get(agency, agency)})"
        if node_id in self.dataset:
            name, producer = self.dataset[node_id]
            return f"{name} ({self.agency.get(producer, producer)})"
        return self.agency.get(node_id, node_id)


def _status(analysis, lang: str) -> dict:
    if analysis.available:
        return {"available": True, "message": ""}
    message = _t("failed", lang)
    if analysis.why:
        message += f": {analysis.why}"
    return {"available": False, "message": message}


# ------------------------------------------------------------------------ sections
def _summary(model, res, lang) -> list[dict]:
    budget = model.programs["budget"].dropna()
    cards = [
        {"label": _t("agencies", lang), "value": _number(len(model.agencies), lang)},
        {"label": _t("programs", lang), "value": _number(len(model.programs), lang)},
        {"label": _t("budget", lang), "value": _rupiah(int(budget.sum()) if len(budget) else 0, lang)},
    ]
    dup = res["duplicates"]
    clusters = dup.table("clusters")
    if dup.available:
        held = pd.to_numeric(clusters.get("combined_budget", pd.Series(dtype=float)), errors="coerce").fillna(0)
        cards.append({"label": _t("dup_clusters", lang), "value": _number(len(clusters), lang),
                      "note": f"{_number(len(dup.table()), lang)} {'pairs' if lang == 'en' else 'pasangan'}"})
        cards.append({"label": _t("dup_budget", lang), "value": _rupiah(int(held.sum()), lang)})
    else:
        cards += [_na(_t("dup_clusters", lang), dup, lang), _na(_t("dup_budget", lang), dup, lang)]
    sd = res["shared_data"]
    if sd.available:
        kinds = sd.table()["kind"] if "kind" in sd.table().columns else pd.Series(dtype=str)
        cards.append({"label": _t("sharing_ops", lang),
                      "value": _number(int(kinds.isin(["reuse", "duplicate-dataset", "hub"]).sum()), lang)})
        cards.append({"label": _t("gaps", lang), "value": _number(int((kinds == "gap").sum()), lang)})
    else:
        cards += [_na(_t("sharing_ops", lang), sd, lang), _na(_t("gaps", lang), sd, lang)]
    ch = res["chains"]
    if ch.available:
        length = int(ch.table()["length"].max()) if len(ch.table()) and "length" in ch.table() else 0
        cards.append({"label": _t("longest", lang), "value": _number(length, lang), "note": _t("in_programs", lang)})
    else:
        cards.append(_na(_t("longest", lang), ch, lang))
    cy = res["cycles"]
    cards.append({"label": _t("cycles", lang), "value": _number(len(cy.table()), lang)} if cy.available
                 else _na(_t("cycles", lang), cy, lang))
    return [{"note": "", "missing": False, **c} for c in cards]


def _rupiah(amount: int, lang: str) -> str:
    from .visualizations.style import format_rupiah

    return format_rupiah(amount, lang)


def _na(label, analysis, lang) -> dict:
    return {"label": label, "value": "—", "note": _status(analysis, lang)["message"], "missing": True}


def _heatmap(model, names, lang) -> dict:
    from .visualizations.style import DIMENSION_COLORS, dimension_label

    counts: dict[tuple[str, str], int] = {}
    for agency, dims in zip(model.programs["agency"], model.programs["dimension"]):
        for d in dims:
            counts[(agency, d)] = counts.get((agency, d), 0) + 1
    top = max(counts.values(), default=1)
    rows = []
    for agency in model.agencies["id"]:
        cells = [counts.get((agency, d), 0) for d in DIMENSIONS]
        rows.append({
            "name": names(agency),
            "total": sum(cells),
            "cells": [{"count": c, "color": DIMENSION_COLORS[d], "alpha": round(0.12 + 0.88 * c / top, 2) if c else 0}
                      for c, d in zip(cells, DIMENSIONS)],
        })
    rows.sort(key=lambda r: (-r["total"], r["name"].casefold()))
    totals = [sum(counts.get((a, d), 0) for a in model.agencies["id"]) for d in DIMENSIONS]
    return {"dims": [dimension_label(d, lang) for d in DIMENSIONS], "rows": rows, "totals": totals}


def _elements(model, lang) -> dict:
    from .visualizations.style import dimension_label, element_label

    rows, empty = [], 0
    for el, (dim, _, _) in ELEMENTS.items():
        progs = model.programs[model.programs["element"] == el]
        if progs.empty:
            empty += 1
        budget = progs["budget"].dropna()
        rows.append({
            "dimension": dimension_label(dim, lang), "element": element_label(el, lang),
            "programs": len(progs), "agencies": progs["agency"].nunique(),
            "budget": _rupiah(int(budget.sum()), lang) if len(budget) else "-",
        })
    return {"rows": rows, "empty": empty}


def _clusters(names, dup, lang, top) -> dict:
    frame = dup.table("clusters")
    rows = []
    for r in frame.head(top).to_dict("records"):
        members = r.get("programs") or ()
        if isinstance(members, str):
            members = split_list(members)
        rows.append({
            "cluster": _cell(r.get("cluster")),
            "members": [names(m) for m in members[:_MAX_MEMBERS]],
            "more": max(0, len(members) - _MAX_MEMBERS),
            "budget": _rupiah(r.get("combined_budget"), lang),
            "lead": names(r.get("lead_agency")) if _cell(r.get("lead_agency")) else "",
            "action": _action(_cell(r.get("action")), lang),
            "reasons": _cell(r.get("reasons")),
        })
    return {"rows": rows, "total": len(frame)}


def _action(code: str, lang: str) -> str:
    pair = _T["actions"].get(code)
    return (pair[1] if lang == "en" else pair[0]) if pair else code


def _sharing(names, sd, lang, top) -> list[dict]:
    frame = sd.table()
    groups = []
    if "kind" not in frame.columns:
        return groups
    for kind, labels in _T["kinds"].items():
        part = frame[frame["kind"] == kind]
        if part.empty:
            continue
        rows = []
        for r in part.head(top).to_dict("records"):
            rows.append({
                "program": names(r.get("program")) if _cell(r.get("program")) else "",
                "dataset": names(r.get("dataset")) if _cell(r.get("dataset")) else "",
                "other_dataset": names(r.get("other_dataset")) if _cell(r.get("other_dataset")) else "",
                "reason": _cell(r.get("reason", r.get("reasons"))),
            })
        # a column that no row of this kind fills is left out (a gap has no dataset, ...)
        columns = [c for c in ("program", "dataset", "other_dataset") if any(row[c] for row in rows)]
        groups.append({"kind": kind, "label": labels[1] if lang == "en" else labels[0],
                       "rows": rows, "total": len(part), "columns": [*columns, "reason"]})
    return groups


def _critical(names, crit, lang, top) -> list[dict]:
    frame = crit.table()
    if "kind" in frame.columns:
        frame = frame[frame["kind"] == "dataset"]
    rows = []
    for r in frame.head(top).to_dict("records"):
        rows.append({
            "dataset": names(r.get("id")),
            "programs": _cell(r.get("programs")),
            "agencies": _cell(r.get("agencies")),
            "budget": _rupiah(r.get("budget"), lang),
        })
    return rows


def _chains(names, ch, lang, top) -> list[dict]:
    rows = []
    for r in ch.table().head(top).to_dict("records"):
        steps = [s.strip() for s in _cell(r.get("chain")).split("->")]
        rows.append({"length": _cell(r.get("length")), "steps": [names(s) if s in names.program else s for s in steps]})
    return rows


def _cycles(cy, lang, top) -> list[dict]:
    rows = []
    for r in cy.table().head(top).to_dict("records"):
        rows.append({"cycle": _cell(r.get("cycle")), "reason": _cell(r.get("reason"))})
    return rows


def _roadmap(names, rm, lang, per_phase) -> dict:
    frame = rm.table()
    phases = []
    if "phase" not in frame.columns:
        return {"phases": phases, "warnings": []}
    known = frame[frame["phase"].notna()]
    for phase, part in known.groupby("phase", sort=True):
        programs = [names(p) for p in part["program"]]
        phases.append({"phase": str(phase), "count": len(part), "programs": programs[:per_phase],
                       "more": max(0, len(programs) - per_phase)})
    aside = frame[frame["phase"].isna()]
    if len(aside):
        programs = [names(p) for p in aside["program"]]
        phases.append({"phase": _t("set_aside", lang), "count": len(aside), "programs": programs[:per_phase],
                       "more": max(0, len(programs) - per_phase)})
    warnings = []
    if "warning" in frame.columns:
        for program, warning in zip(frame["program"], frame["warning"]):
            if _cell(warning):
                warnings.append(f"{names(program)}: {_cell(warning)}")
    return {"phases": phases, "warnings": warnings}


def _maps(model, res, lang) -> list[dict]:
    from .errors import SynergyError
    from .visualizations.maps import map_fragment
    from .visualizations.views import build_view

    blocks = []
    specs = (("city", "map-city"), ("duplicates", "map-duplicates"), ("sharing", "map-sharing"))
    for view, dom_id in specs:
        try:
            # a report embeds several maps: past a few hundred nodes each shows agencies only
            mv = build_view(model, view, lang=lang, analyses=res, aggregate_above=REPORT_MAP_MAX_NODES)
        except SynergyError as exc:
            blocks.append({"id": dom_id, "html": None, "message": str(exc)})
            continue
        if mv.graph.number_of_nodes() == 0:
            blocks.append({"id": dom_id, "html": None, "message": f"{mv.title}: {_t('none_found', lang)}"})
            continue
        blocks.append({"id": dom_id, "html": map_fragment(mv, dom_id=dom_id, heading="h3"), "message": ""})
    return blocks


# ---------------------------------------------------------------------------- entry
def build_report(
    model,
    *,
    lang: str = "id",
    title: str | None = None,
    maps: bool = True,
    top: int = 10,
    generated: _dt.date | None = None,
) -> str:
    """The leadership report of ``model`` as one self-contained HTML page.

    Parameters
    ----------
    model : CityModel
    lang : {"id", "en"}
        Bahasa Indonesia (default) or English.
    title : str, optional
        Heading of the report (default "Laporan Sinergi Smart City").
    maps : bool
        Embed the interactive maps (city, duplicates, data sharing).
    top : int
        Rows shown per table (the page says how many there are in all).
    generated : datetime.date, optional
        Date printed on the report (default: today).

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas <b>A</b>"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi", "agency": "A", "dimension": ("living",)}])
    >>> page = build_report(m, maps=False)
    >>> "Dinas &lt;b&gt;A&lt;/b&gt;" in page, "<b>A</b>" in page
    (True, False)
    """
    from .errors import SynergyError
    from .visualizations import findings
    from .visualizations.maps import page_assets, render_template

    if lang not in ("id", "en"):
        raise SynergyError(f"unknown language '{lang}'; use id or en")
    res = findings.gather(model, lang=lang)
    day = generated or _dt.date.today()
    names = _Names(model)  # id -> readable name, for every section
    context = {
        "lang": lang,
        "t": {k: (v[1] if lang == "en" else v[0]) for k, v in _T.items() if isinstance(v, tuple)},
        "title": title or _t("title", lang),
        "date": _date(day, lang),
        "sections": REPORT_SECTIONS,
        "cards": _summary(model, res, lang),
        "heatmap": _heatmap(model, names, lang),
        "elements": _elements(model, lang),
        "status": {name: _status(a, lang) for name, a in res.items()},
        "clusters": _clusters(names, res["duplicates"], lang, top),
        "sharing": _sharing(names, res["shared_data"], lang, top),
        "critical": _critical(names, res["critical"], lang, top),
        "chains": _chains(names, res["chains"], lang, 5),
        "cycles": _cycles(res["cycles"], lang, top),
        "roadmap": _roadmap(names, res["roadmap"], lang, 12),
        "maps": _maps(model, res, lang) if maps else [],
        "with_maps": maps,
        "top": top,
        **page_assets(),
    }
    return render_template("report.html", **context)


def write_report(model, path, **kwargs):
    """Write :func:`build_report` to ``path`` (UTF-8, atomically); returns the path."""
    from .output import write_text_atomic

    return write_text_atomic(path, build_report(model, **kwargs))
