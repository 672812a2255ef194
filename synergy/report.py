"""The leadership report: one self-contained, offline HTML file that opens with the decisions.

Bahasa Indonesia by default (``lang="en"`` for English), one language for every
word and value. In the order a meeting reads it: the government's name, then the
three to five decisions to take, in words (which programs, which agencies, how
much money, who could lead, what to do); the headline numbers; the agency
synergy map; then every finding in full: duplicate clusters, applications,
data sharing, critical data and chains, the roadmap (routine support in no
phase), the dimension x agency heat map, the detailed maps.

Every table shows its first rows and the rest in place on request, and can be
downloaded as CSV from the page itself (built from the data embedded in it; no
request leaves the page). Names stand where the data has them; ids stay in the
downloads and the maps' details. A section whose analysis refuses the data (a
``SynergyError``) says so ("Analisis ini tidak dapat dijalankan: <alasan>")
instead of vanishing or crashing the report.

Everything from data is escaped by the template engine (Jinja2 autoescape) or
put in the page as text by the page's scripts. Print (and PDF) shows each map as
a static picture at page width with its labels.
"""
from __future__ import annotations

import datetime as _dt
import math

import pandas as pd

from .i18n import Catalogue, check_lang, format_date, format_number, format_rupiah
from .normalize import split_list
from .schema import DIMENSIONS, ELEMENTS

__all__ = ["build_report", "write_report", "REPORT_SECTIONS", "REPORT_MAP_MAX_NODES", "DECISIONS"]

#: Above this many nodes the detailed (program-level) maps stay out of the report:
#: the agency map shows such a city; ``synergy map --view ...`` draws the details.
REPORT_MAP_MAX_NODES = 500
#: Section ids, in reading order (also the anchors of the table of contents);
#: ``applications`` only when the data lists applications.
REPORT_SECTIONS = ("decisions", "summary", "agency-map", "duplicates", "applications", "sharing", "review",
                   "dependencies", "roadmap", "coverage", "maps")
#: How many decisions open the report (at most).
DECISIONS = 5
_MAX_MEMBERS = 5  # programs listed per decision (the rest are counted; the section below lists all)

# Every word of the report, keyed once: (Bahasa Indonesia, English).
_T = Catalogue({
    "title": ("Laporan Sinergi Smart City", "Smart City Synergy Report"),
    "subtitle": ("Program, aplikasi, data dan ketergantungan antar perangkat daerah",
                 "Programs, applications, data and dependencies between agencies"),
    "government_unknown": ("Pemerintah daerah", "Local government"),
    "governments": ("{n} pemerintah daerah", "{n} local governments"),
    "generated": ("Dibuat", "Generated"),
    "contents": ("Daftar isi", "Contents"),
    "decisions": ("Keputusan yang perlu diambil", "Decisions to take"),
    "decisions_note": ("Diurutkan menurut anggaran yang terlibat dan keyakinan temuan. Rincian setiap temuan ada di bawah.",
                       "Ordered by the money involved and the confidence of the finding. Every finding is detailed below."),
    "no_decisions": ("Tidak ada temuan yang menuntut keputusan.", "No finding calls for a decision."),
    "summary": ("Angka utama", "Headline numbers"),
    "agency-map": ("Peta sinergi antar perangkat daerah", "Agency synergy map"),
    "coverage": ("Dimensi dan perangkat daerah", "Dimensions and agencies"),
    "duplicates": ("Program yang tumpang tindih", "Overlapping programs"),
    "applications": ("Aplikasi", "Applications"),
    "sharing": ("Berbagi pakai data", "Data sharing"),
    "review": ("Tinjauan analis: tindak lanjut dan temuan baru", "Analyst's review: agreed actions and new findings"),
    "dependencies": ("Data kritis dan rantai ketergantungan", "Critical data and dependency chains"),
    "roadmap": ("Peta jalan", "Roadmap"),
    "maps": ("Peta rinci", "Detailed maps"),
    "failed": ("Analisis ini tidak dapat dijalankan", "This analysis could not run"),
    "none_found": ("Tidak ada temuan.", "Nothing found."),
    "limit": ("Batas analisis ini", "Limit of this analysis"),
    "agencies": ("Perangkat daerah", "Agencies"),
    "agency": ("Perangkat daerah", "Agency"),
    "programs": ("Program", "Programs"),
    "datasets": ("Data", "Datasets"),
    "budget": ("Anggaran", "Budget"),
    "total_budget": ("Total anggaran", "Total budget"),
    "dup_clusters": ("Kelompok program tumpang tindih", "Clusters of overlapping programs"),
    "dup_budget": ("Anggaran pada program tumpang tindih", "Budget held by overlapping programs"),
    "pairs": ("pasangan", "pairs"),
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
    "no_lead": ("belum dapat diusulkan: tetapkan dalam rapat", "none can be suggested: decide in the meeting"),
    "action": ("Usulan tindakan", "Suggested action"),
    "likelihood": ("Kemungkinan sama", "Likelihood of a match"),
    "reasons": ("Alasan", "Reasons"),
    "why": ("Mengapa", "Why"),
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
    "horizon": ("Horizon", "Horizon"),
    "warning": ("Peringatan", "Warning"),
    "set_aside": ("Disisihkan (melingkar)", "Set aside (circular)"),
    "routine_aside": ("Dukungan rutin (tidak ditahapkan)", "Routine support (not phased)"),
    "routine_note": ("{n} program dukungan rutin (gaji, kantor, dokumen perencanaan) tidak masuk tahap mana pun.",
                     "{n} routine support programs (salaries, office, planning documents) are in no phase."),
    "warnings": ("Peringatan", "Warnings"),
    "show_all": ("Tampilkan semua ({n})", "Show all ({n})"),
    "show_less": ("Tampilkan lebih sedikit", "Show fewer"),
    "download_csv": ("Unduh CSV", "Download CSV"),
    "shown_of": ("ditampilkan {shown} dari {total}", "showing {shown} of {total}"),
    "presenter": ("Mode presentasi", "Presenter mode"),
    "print": ("Cetak / PDF", "Print / PDF"),
    "big_maps_note": ("Kota ini besar ({n} simpul): peta rinci dibuat terpisah, mis. "
                      "synergy map --view duplicates.",
                      "This city is large ({n} nodes): detailed maps are made separately, e.g. "
                      "synergy map --view duplicates."),
    "footer": ("Dibuat dengan synergy. Berkas ini dapat dibuka tanpa internet.",
               "Made with synergy. This file opens without internet."),
    "app_name": ("Aplikasi", "Application"),
    "description": ("Keterangan", "Description"),
    "status": ("Status", "Status"),
    "users": ("Dipakai juga oleh", "Also used by"),
    "national": ("Membangun ulang aplikasi nasional", "Rebuilding a national application"),
    "national_app": ("Aplikasi nasional", "National application"),
    "function": ("Fungsi", "Function"),
    # decisions
    "d_national": ("Pakai aplikasi nasional {app} alih-alih membangun sendiri",
                   "Use the national application {app} instead of building one"),
    "d_data": ("Pastikan {name} tersedia dan dipakai bersama",
               "Make sure {name} is available and shared"),
    "d_data_why": ("jika data ini berhenti, {programs} program dari {agencies} perangkat daerah terdampak",
                   "if this data stops, {programs} programs of {agencies} agencies are affected"),
    "d_count": ("{programs} program · {agencies} perangkat daerah", "{programs} programs · {agencies} agencies"),
    "d_key_terms": ("kata kunci sama: {terms}", "shared key terms: {terms}"),
    "d_functions": ("fungsi sama: {functions}", "same function: {functions}"),
    "d_national_why": ("fungsi {function} sudah disediakan aplikasi nasional {app}",
                       "the function {function} is provided by the national application {app}"),
    "more_programs": ("dan {n} program lain", "and {n} more programs"),
    "suggested": ("Dimensi yang diusulkan (belum ditetapkan di data)", "Suggested dimensions (not set in the data)"),
    "suggested_note": ("{n} program dan aplikasi belum memiliki dimensi. Dimensi di bawah ini adalah usulan synergy "
                       "classify dari nama dan keterangannya: tidak dihitung pada tabel di atas dan tidak dipakai "
                       "analisis lain. Tetapkan di data bila setuju.",
                       "{n} programs and applications have no dimension. The dimensions below are suggestions of "
                       "synergy classify from their names and descriptions: not counted in the tables above and "
                       "not used by any other analysis. Set them in the data if you agree."),
    "suggested_mark": ("(usulan)", "(suggested)"),
    "no_suggestion": ("tidak ada petunjuk", "no evidence"),
    "record": ("Program / aplikasi", "Program / application"),
    "confidence": ("Keyakinan", "Confidence"),
    "more_apps": ("dan {n} aplikasi lain", "and {n} more applications"),
    "d_count_apps": ("{apps} aplikasi · {agencies} perangkat daerah", "{apps} applications · {agencies} agencies"),
    "app_dup_clusters": ("Kelompok aplikasi tumpang tindih", "Clusters of overlapping applications"),
    "app_duplicates": ("Aplikasi yang tumpang tindih", "Overlapping applications"),
    "app_members": ("Aplikasi (perangkat daerah)", "Applications (agency)"),
    "shared_use": ("Satu aplikasi dipakai bersama (kabar baik)", "One application used by several agencies (good news)"),
    "shared_use_card": ("Aplikasi dipakai bersama", "Applications used in common"),
    "shared_use_note": ("Daftar ini mencatat satu sistem beberapa kali karena beberapa perangkat daerah memakainya: "
                        "itu pemakaian bersama, bukan duplikasi.",
                        "The inventory lists one system several times because several agencies use it: "
                        "that is shared use, not duplication."),
    "listings": ("Dicatat", "Listed"),
    "used_by": ("Dipakai oleh", "Used by"),
    "basis": ("Dikenali dari", "Recognised by"),
    "needs": ("{horizon}, tetapi membutuhkan {needed}", "{horizon}, but needs {needed}"),
})
#: How one system listed by several agencies was recognised.
_BASIS_WORDS = Catalogue({"host": ("alamat (URL) sama", "same address (URL)"), "name": ("nama sama", "same name"),
                          "brand": ("nama sama", "same name"),
                          "national": ("aplikasi nasional", "national application")})
#: The kinds of data-sharing finding, in the order the report shows them.
_SHARING_KINDS = Catalogue({
    "reuse": ("Pakai ulang data", "Reuse data"),
    "duplicate-dataset": ("Data ganda", "Duplicate dataset"),
    "gap": ("Kebutuhan tanpa sumber", "Need with no source"),
    "hub": ("Data simpul (banyak pemakai)", "Hub dataset (many users)"),
    "orphan": ("Data tanpa pemakai", "Dataset nobody uses"),
})


def _cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _list(value) -> tuple:
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    text = _cell(value)
    return tuple(split_list(text)) if text else ()


def _money(value) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0
    return 0 if math.isnan(number) else int(number)


def _rupiah(amount, lang: str) -> str:
    """The report writes "-" for an amount that is not known (a table cell is never blank)."""
    return format_rupiah(amount, lang, missing="-")


def _status(analysis, lang: str) -> dict:
    if analysis.available:
        return {"available": True, "message": ""}
    message = _T.text("failed", lang)
    if analysis.why:
        message += f": {analysis.why}"
    return {"available": False, "message": message}


# --------------------------------------------------------------------- tables
class _Table:
    """One table of the report: the first rows as HTML, every row as embedded JSON.

    ``columns`` are ``(label, css class)``; each row is a list of cells, a cell a
    string or a list of strings (shown as a list, joined by ``; `` in the CSV).
    ``csv_extra`` adds columns only the CSV holds (ids, plain numbers).
    """

    def __init__(self, key, columns, rows, *, shown=10, csv_extra=(), extra_rows=None, css=""):
        from markupsafe import Markup

        from .visualizations.maps import safe_json

        self.key = key
        self.columns = [{"label": c[0], "cls": c[1] if len(c) > 1 else ""} for c in columns]
        self.rows = rows[:shown]
        self.total = len(rows)
        self.css = css
        header = [c[0] for c in columns] + list(csv_extra)
        data_rows = [list(r) + list(extra_rows[i] if extra_rows else ()) for i, r in enumerate(rows)]
        self.data = Markup(safe_json({"name": key, "columns": header, "shown": len(columns),
                                      "classes": [c["cls"] for c in self.columns], "rows": data_rows}))


# ------------------------------------------------------------------- sections
def _government(model, lang: str) -> str:
    from .regions import region_names

    names = list(dict.fromkeys(region_names(model).values()))
    if not names:
        return ""
    if len(names) <= 3:
        return ", ".join(names)
    return _T.text("governments", lang, n=len(names))


def _summary(model, res, lang) -> list[dict]:
    t = _T.words(lang)
    budget = model.programs["budget"].dropna()
    apps = getattr(model, "applications", None)
    has_apps = apps is not None and len(apps) > 0
    # an application inventory alone (no plan yet): no row of zeros about programs, budgets and chains
    plans = len(model.programs) > 0 or not has_apps
    cards = [{"label": t["agencies"], "value": format_number(len(model.agencies), lang)}]
    if plans:
        cards += [{"label": t["programs"], "value": format_number(len(model.programs), lang)},
                  {"label": t["total_budget"], "value": _rupiah(int(budget.sum()) if len(budget) else 0, lang)}]
    if has_apps:
        cards.append({"label": t["applications"], "value": format_number(len(apps), lang)})
    dup = res["duplicates"]
    clusters = dup.table("clusters")
    if not plans:
        pass
    elif dup.available:
        held = pd.to_numeric(clusters.get("combined_budget", pd.Series(dtype=float)), errors="coerce").fillna(0)
        cards.append({"label": t["dup_clusters"], "value": format_number(len(clusters), lang),
                      "note": f"{format_number(len(dup.table()), lang)} {t['pairs']}"})
        cards.append({"label": t["dup_budget"], "value": _rupiah(int(held.sum()), lang)})
    else:
        cards += [_na(t["dup_clusters"], dup, lang), _na(t["dup_budget"], dup, lang)]
    app_dup = res.get("application_duplicates")
    if has_apps and app_dup is not None:
        if app_dup.available:
            cards.append({"label": t["app_dup_clusters"], "value": format_number(len(app_dup.table("clusters")), lang),
                          "note": f"{format_number(len(app_dup.table()), lang)} {t['pairs']}"})
            cards.append({"label": t["shared_use_card"],
                          "value": format_number(len(_shared_systems(app_dup.table("shared"))), lang)})
        else:
            cards.append(_na(t["app_dup_clusters"], app_dup, lang))
    sd = res["shared_data"]
    if not plans and not len(model.datasets):
        pass
    elif sd.available:
        kinds = sd.table()["kind"] if "kind" in sd.table().columns else pd.Series(dtype=str)
        cards.append({"label": t["sharing_ops"],
                      "value": format_number(int(kinds.isin(["reuse", "duplicate-dataset", "hub"]).sum()), lang)})
        cards.append({"label": t["gaps"], "value": format_number(int((kinds == "gap").sum()), lang)})
    else:
        cards += [_na(t["sharing_ops"], sd, lang), _na(t["gaps"], sd, lang)]
    if plans:
        ch = res["chains"]
        if ch.available:
            length = int(ch.table()["length"].max()) if len(ch.table()) and "length" in ch.table() else 0
            cards.append({"label": t["longest"], "value": format_number(length, lang), "note": t["in_programs"]})
        else:
            cards.append(_na(t["longest"], ch, lang))
        cy = res["cycles"]
        cards.append({"label": t["cycles"], "value": format_number(len(cy.table()), lang)} if cy.available
                     else _na(t["cycles"], cy, lang))
    return [{"note": "", "missing": False, **c} for c in cards]


def _na(label, analysis, lang) -> dict:
    return {"label": label, "value": "—", "note": _status(analysis, lang)["message"], "missing": True}


def _action(code: str, lang: str) -> str:
    from .visualizations.style import value_label

    return value_label("action", code, lang) if code else ""


def _nb(text: str) -> str:
    """Money that does not break over two lines."""
    return text.replace(" ", "\u00a0")


def _lead_agency(model) -> str:
    """The agency that leads the smart city work (role ``smart-city-lead``), if the data says."""
    if "roles" not in model.agencies.columns:
        return ""
    for agency, roles in zip(model.agencies["id"], model.agencies["roles"]):
        if "smart-city-lead" in _list(roles):
            return agency
    return ""


def _limits(model, res, lang: str) -> dict:
    """Per section, what limited its analysis, in words: the data-quality notes of the duplicate
    analyses (records without a description, one agency...) and of the shared data (datasets with
    a title only), so that a leader reads the findings with their limits."""
    from .shared_data import shared_data_notes

    def notes(name):
        analysis = res.get(name)
        result = analysis.extra.get("result") if analysis is not None and analysis.available else None
        return tuple(getattr(result, "limits", ()) or ())

    sharing = shared_data_notes(model, lang=lang) if res["shared_data"].available else ()
    return {"duplicates": notes("duplicates"), "applications": notes("application_duplicates"), "sharing": sharing}


def _cluster_cards(analysis, member_column: str, names, lang: str, limit: int) -> list[tuple]:
    """Decision cards of the ``limit`` clusters of ``analysis`` with the most at stake, as
    ``(weight, score, cluster, card)``: the money (plus a little for a cluster with none) times the likelihood."""
    t = _T.words(lang)
    clusters = analysis.table("clusters")
    pairs = analysis.table()
    if not len(clusters):
        return []
    order = clusters.assign(
        _money=[_money(b) for b in clusters["combined_budget"]],
        _score=pd.to_numeric(clusters["max_score"], errors="coerce").fillna(0))
    order = order.assign(_weight=(order["_money"] + 1e6) * order["_score"])
    order = order.sort_values(["_weight", "_score", "cluster"], ascending=[False, False, True], kind="stable")
    functions = {}
    if "functions" in pairs.columns and "cluster" in pairs.columns:
        for cluster, fs in zip(pairs["cluster"], pairs["functions"]):
            for f in _list(fs):
                functions.setdefault(cluster, dict()).setdefault(f, None)
    apps = member_column == "applications"
    out = []
    for r in order.head(limit).to_dict("records"):
        members = _list(r.get(member_column))
        agencies = _list(r.get("agencies"))
        why = []
        terms = _list(r.get("key_terms"))
        if terms:
            why.append(t["d_key_terms"].format(terms=", ".join(terms)))
        fs = list(functions.get(r.get("cluster"), {}))
        if fs:
            why.append(t["d_functions"].format(functions=", ".join(fs)))
        lead = _cell(r.get("lead_agency"))
        more = max(0, len(members) - _MAX_MEMBERS)
        count = (t["d_count_apps"].format(apps=len(members), agencies=len(agencies)) if apps
                 else t["d_count"].format(programs=len(members), agencies=len(agencies)))
        out.append((float(r["_weight"]), float(r["_score"]), str(r.get("cluster")), {
            "kind": "duplicate",
            "title": _action(_cell(r.get("action")), lang).capitalize() or t["duplicates"],
            "facts": [_nb(_rupiah(r.get("combined_budget"), lang)), count],
            "items": [names(m) for m in members[:_MAX_MEMBERS]],
            "more": more,
            "more_text": t["more_apps"].format(n=more) if apps and more else "",
            "agencies": [names.agency(a) for a in agencies],
            "lead": names.agency(lead) if lead else t["no_lead"],
            "lead_missing": not lead,
            "why": "; ".join(why),
            "likelihood": _likelihood(r.get("max_score")),
        }))
    return out


def _likelihood(score) -> str:
    """A match probability as a reader sees it: a model's estimate is never certain, so it
    shows as at most ">99%" and at least "<1%", never 100% or 0%.

    >>> _likelihood(0.9996), _likelihood(0.874), _likelihood(None), _likelihood(0.004)
    ('>99%', '87%', '<1%', '<1%')
    """
    value = float(score or 0)
    if value >= 0.995:
        return ">99%"
    if value < 0.005:
        return "<1%"
    return f"{value:.0%}"


def _decisions(model, names, res, lang: str, limit: int = DECISIONS) -> list[dict]:
    """The three to five things to decide, in words: names, agencies, money, lead, action."""
    t = _T.words(lang)
    dup, crit = res["duplicates"], res["critical"]
    budgets = dict(zip(model.programs["id"], model.programs["budget"]))
    owner = dict(zip(model.programs["id"], model.programs["agency"]))
    extra_cards = []
    ranked = []  # (weight, score, cluster, card): program and application clusters, the most at stake first
    app_dup = res.get("application_duplicates")
    for analysis, member_column in ((dup, "programs"), (app_dup, "applications")):
        if analysis is not None and analysis.available:
            ranked += _cluster_cards(analysis, member_column, names, lang, limit)
    ranked.sort(key=lambda x: (-x[0], -x[1], x[2]))
    cluster_cards = [card for *_, card in ranked]
    if dup.available:
        national = dup.extra.get("national")
        if isinstance(national, pd.DataFrame) and len(national) and "national_application" in national.columns:
            counts = national["national_application"].value_counts()
            app = str(counts.index[0])
            part = national[national["national_application"] == app]
            progs = [p for p in part["program"] if p in owner] if "program" in part.columns else []
            agencies = sorted({owner[p] for p in progs})
            lead = _lead_agency(model)
            function = ", ".join(dict.fromkeys(x.strip() for f in part.get("function", pd.Series(dtype=str))
                                               for x in str(f or "").replace(";", ",").split(",") if x.strip()))
            extra_cards.append({
                "kind": "national",
                "title": t["d_national"].format(app=app),
                "facts": [_nb(_rupiah(sum(_money(budgets.get(p)) for p in progs), lang)),
                          t["d_count"].format(programs=len(progs), agencies=len(agencies))],
                "items": [names(p) for p in progs[:_MAX_MEMBERS]],
                "more": max(0, len(progs) - _MAX_MEMBERS),
                "agencies": [names.agency(a) for a in agencies],
                "lead": names.agency(lead) if lead else t["no_lead"],
                "lead_missing": not lead,
                "why": t["d_national_why"].format(function=function, app=app) if function else "",
                "likelihood": "",
            })
    if crit.available:
        frame = crit.table()
        if "kind" in frame.columns:
            frame = frame[frame["kind"] == "dataset"]
        if len(frame):
            r = frame.iloc[0].to_dict()
            producer = names.dataset.get(_cell(r.get("id")), ("", ""))[1]
            extra_cards.append({
                "kind": "data",
                "title": t["d_data"].format(name=names.plain(r.get("id"))),
                "facts": [_nb(_rupiah(r.get("budget"), lang)),
                          t["d_count"].format(programs=_cell(r.get("programs")), agencies=_cell(r.get("agencies")))],
                "items": [], "more": 0, "agencies": [],
                "lead": names.agency(producer) if producer else t["no_lead"],
                "lead_missing": not producer,
                "why": t["d_data_why"].format(programs=_cell(r.get("programs")), agencies=_cell(r.get("agencies"))),
                "likelihood": "",
            })
    # most of the decisions are duplicated work; national applications and data come after three of them
    cards = cluster_cards[:3] + extra_cards + cluster_cards[3:]
    return cards[:limit]


def _heatmap(model, names, lang) -> tuple[dict, _Table]:
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
            "id": agency,
            "name": names.agency(agency),
            "total": sum(cells),
            "cells": [{"count": c, "color": DIMENSION_COLORS[d], "alpha": round(0.12 + 0.88 * c / top, 2) if c else 0}
                      for c, d in zip(cells, DIMENSIONS)],
        })
    rows.sort(key=lambda r: (-r["total"], r["name"].casefold()))
    totals = [sum(counts.get((a, d), 0) for a in model.agencies["id"]) for d in DIMENSIONS]
    dims = [dimension_label(d, lang) for d in DIMENSIONS]
    table = _Table("heatmap", [(_T.text("agencies", lang),), *((d, "num") for d in dims),
                               (_T.text("total", lang), "num")],
                   [[r["name"], *(str(c["count"]) for c in r["cells"]), str(r["total"])] for r in rows],
                   shown=len(rows), csv_extra=("id",), extra_rows=[[r["id"]] for r in rows])
    return {"dims": dims, "rows": rows, "totals": totals}, table


def _elements(model, lang) -> tuple[dict, _Table]:
    from .visualizations.style import dimension_label, element_label

    t = _T.words(lang)
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
    table = _Table("elements", [(t["dimension"],), (t["element"],), (t["programs"], "num"),
                                (t["agencies"], "num"), (t["budget"], "num")],
                   [[r["dimension"], r["element"], str(r["programs"]), str(r["agencies"]), r["budget"]] for r in rows],
                   shown=len(rows))
    return {"rows": rows, "empty": empty}, table


def _clusters(names, dup, lang, top) -> _Table:
    return _cluster_table(names, dup.table("clusters"), lang, top, "programs")


def _cluster_table(names, frame, lang, top, records: str) -> _Table:
    """One row per cluster of duplicated ``records`` (programs or applications): members,
    lead, action, likelihood, reasons; programs also their combined budget (an inventory
    of applications has none)."""
    t = _T.words(lang)
    money = records == "programs"
    rows, extra = [], []
    for r in frame.to_dict("records"):
        members = _list(r.get(records))
        lead = _cell(r.get("lead_agency"))
        rows.append([
            _cell(r.get("cluster")),
            [names(m) for m in members],
            *([_rupiah(r.get("combined_budget"), lang)] if money else []),
            names.agency(lead) if lead else t["no_lead"],
            _action(_cell(r.get("action")), lang),
            _likelihood(r.get("max_score")),
            names.unid(_cell(r.get("reasons"))),
        ])
        extra.append([";".join(members), *([str(_money(r.get("combined_budget")))] if money else [])])
    columns = [(t["cluster"],), (t["members"] if money else t["app_members"], "members"),
               *([(t["combined_budget"], "num")] if money else []), (t["lead"],), (t["action"],),
               (t["likelihood"], "num"), (t["reasons"], "reasons")]
    return _Table("duplicates" if money else "application-duplicates", columns, rows, shown=top,
                  csv_extra=("program_ids", "combined_budget_rupiah") if money else ("application_ids",),
                  extra_rows=extra, css="clusters")


def _national(names, dup, lang, top) -> _Table | None:
    t = _T.words(lang)
    frame = dup.extra.get("national") if dup.available else None
    if not isinstance(frame, pd.DataFrame) or not len(frame):
        return None
    rows, extra = [], []
    for r in frame.to_dict("records"):
        rows.append([names(_cell(r.get("program"))), _cell(r.get("national_application")), _cell(r.get("function")),
                     names.unid(_cell(r.get("reasons")))])
        extra.append([_cell(r.get("program"))])
    return _Table("national", [(t["program"],), (t["national_app"],), (t["function"],),
                               (t["reasons"], "reasons")], rows, shown=top, csv_extra=("id",), extra_rows=extra)


def _applications(model, names, lang, top) -> _Table | None:
    from .visualizations.style import value_label

    t = _T.words(lang)
    apps = getattr(model, "applications", None)
    if apps is None or not len(apps) or not {"id", "name", "agency"} <= set(apps.columns):
        return None
    rows, extra = [], []
    for r in apps.sort_values(["agency", "name"], key=lambda s: s.map(lambda v: names.agency(v).casefold()
                                                                      if s.name == "agency" else str(v).casefold()),
                              kind="stable").to_dict("records"):
        users = [names.agency(u) for u in _list(r.get("users"))]
        rows.append([_cell(r.get("name")) or _cell(r.get("id")), names.agency(r.get("agency")),
                     _cell(r.get("description")),
                     value_label("status", _cell(r.get("status")), lang) if _cell(r.get("status")) else "",
                     ", ".join(users)])
        extra.append([_cell(r.get("id")), _cell(r.get("url"))])
    return _Table("applications", [(t["app_name"],), (t["agency"],), (t["description"],),
                                   (t["status"],), (t["users"],)], rows, shown=top,
                  csv_extra=("id", "url"), extra_rows=extra)


def _app_clusters(names, app_dup, lang, top) -> _Table | None:
    """Clusters of overlapping applications, as the programs' clusters table."""
    if app_dup is None or not app_dup.available or not len(app_dup.table("clusters")):
        return None
    return _cluster_table(names, app_dup.table("clusters"), lang, top, "applications")


def _shared_systems(shared) -> list[list[str]]:
    """The listings that are one system (``shared`` pairs of :func:`synergy.duplicates.find_duplicates`
    for applications), grouped: each group's application ids sorted, the biggest group first."""
    import networkx as nx

    if not isinstance(shared, pd.DataFrame) or not len(shared):
        return []
    graph = nx.Graph()
    graph.add_edges_from(zip(shared["application_a"].astype(str), shared["application_b"].astype(str)))
    return sorted((sorted(group) for group in nx.connected_components(graph)), key=lambda g: (-len(g), g[0]))


def _shared_use(model, names, app_dup, lang, top) -> _Table | None:
    """One system listed by several agencies: its name, how many listings, who uses it, how it was recognised."""
    t = _T.words(lang)
    if app_dup is None or not app_dup.available:
        return None
    shared = app_dup.table("shared")
    groups = _shared_systems(shared)
    if not groups:
        return None
    apps = model.applications
    name = dict(zip(apps["id"], apps["name"]))
    agency = dict(zip(apps["id"], apps["agency"]))
    basis_of: dict[str, set] = {}
    for a, b, basis in zip(shared["application_a"], shared["application_b"], shared["basis"]):
        basis_of.setdefault(str(a), set()).add(str(basis))
        basis_of.setdefault(str(b), set()).add(str(basis))
    words = _BASIS_WORDS.words(lang)
    rows, extra = [], []
    for group in groups:
        titles = pd.Series([_cell(name.get(i)) for i in group]).value_counts()
        users = list(dict.fromkeys(names.agency(agency.get(i, "")) for i in group))
        bases = sorted({words.get(b, b) for i in group for b in basis_of.get(i, ())})
        rows.append([str(titles.index[0]) if len(titles) else group[0], str(len(group)), users, ", ".join(bases)])
        extra.append([";".join(group)])
    return _Table("shared-use", [(t["app_name"],), (t["listings"], "num"),
                                 (t["used_by"], "members"), (t["basis"],)],
                  rows, shown=top, csv_extra=("application_ids",), extra_rows=extra)


def _suggested(model, names, lang, top) -> _Table | None:
    """Programs and applications with no dimension, with the dimension ``synergy classify`` suggests,
    marked as a suggestion: never counted in the heat map or the elements, never used by an analysis."""
    from .classify import classify
    from .visualizations.style import dimension_label, element_label

    t = _T.words(lang)
    frame = classify(model, lang=lang)
    if not len(frame):
        return None
    mark = t["suggested_mark"]
    kinds = {"program": t["program"], "application": t["app_name"]}
    rows, extra = [], []
    for r in frame.to_dict("records"):
        dim, element = _cell(r.get("dimension")), _cell(r.get("element"))
        rows.append([names(r["id"]) if names.knows(r["id"]) else _cell(r.get("name")),
                     kinds.get(r.get("kind"), _cell(r.get("kind"))),
                     f"{dimension_label(dim, lang)} {mark}" if dim else t["no_suggestion"],
                     element_label(element, lang) if element else "",
                     f"{float(r.get('confidence') or 0):.0%}", names.unid(_cell(r.get("reason")))])
        extra.append([_cell(r.get("id")), dim, element])
    return _Table("suggested-dimensions", [(t["record"],), (t["kind"],), (t["dimension"],),
                                           (t["element"],), (t["confidence"], "num"),
                                           (t["reasons"], "reasons")],
                  rows, shown=top, csv_extra=("id", "suggested_dimension", "suggested_element"), extra_rows=extra)


def _sharing(names, sd, lang, top) -> list[dict]:
    frame = sd.table()
    groups = []
    if "kind" not in frame.columns:
        return groups
    for kind in _SHARING_KINDS.pairs:
        part = frame[frame["kind"] == kind]
        if part.empty:
            continue
        records = part.to_dict("records")
        columns = [c for c in ("program", "dataset", "other_dataset") if any(_cell(r.get(c)) for r in records)]
        rows = [[names(_cell(r.get(c))) if _cell(r.get(c)) else "" for c in columns]
                + [names.unid(_cell(r.get("reason", r.get("reasons"))))] for r in records]
        extra = [[_cell(r.get(c)) for c in columns] for r in records]
        table = _Table(f"sharing-{kind}", [*((_T.text(c, lang),) for c in columns),
                                           (_T.text("reason", lang), "reasons")],
                       rows, shown=top, csv_extra=tuple(f"{c}_id" for c in columns), extra_rows=extra)
        groups.append({"kind": kind, "label": _SHARING_KINDS.text(kind, lang), "table": table})
    return groups


def _critical(names, crit, lang, top) -> _Table:
    t = _T.words(lang)
    frame = crit.table()
    if "kind" in frame.columns:
        frame = frame[frame["kind"] == "dataset"]
    rows, extra = [], []
    for r in frame.to_dict("records"):
        rows.append([names(r.get("id")), _cell(r.get("programs")), _cell(r.get("agencies")),
                     _rupiah(r.get("budget"), lang)])
        extra.append([_cell(r.get("id")), str(_money(r.get("budget")))])
    return _Table("critical", [(t["dataset"],), (t["affected_programs"], "num"),
                               (t["affected_agencies"], "num"), (t["affected_budget"], "num")],
                  rows, shown=top, csv_extra=("id", "budget_rupiah"), extra_rows=extra)


def _chains(names, ch, lang, top) -> _Table:
    rows, extra = [], []
    for r in ch.table().to_dict("records"):
        steps = [s.strip() for s in _cell(r.get("chain")).split("->") if s.strip()]
        rows.append([_cell(r.get("length")), " → ".join(names(s) for s in steps)])
        extra.append([" -> ".join(steps)])
    return _Table("chains", [(_T.text("length", lang), "num"), (_T.text("chain", lang),)], rows, shown=top,
                  csv_extra=("ids",), extra_rows=extra)


def _cycles(names, cy, lang, top) -> _Table:
    rows, extra = [], []
    for r in cy.table().to_dict("records"):
        ids = [s.strip() for s in _cell(r.get("cycle")).replace("|", "->").split("->") if s.strip()]
        rows.append([" → ".join(names(s) for s in ids), names.unid(_cell(r.get("reason")))])
        extra.append([_cell(r.get("cycle"))])
    return _Table("cycles", [(_T.text("cycle", lang),), (_T.text("reason", lang), "reasons")], rows, shown=top,
                  csv_extra=("ids",), extra_rows=extra)


def _roadmap(names, rm, lang, top) -> dict:
    from .visualizations.style import value_label

    t = _T.words(lang)
    frame = rm.table()
    if "phase" not in frame.columns:
        return {"table": None, "routine": 0, "warnings": None, "phases": 0}
    routine = frame["routine"].astype(bool) if "routine" in frame.columns else pd.Series(False, index=frame.index)
    rows, extra, warn_rows, warn_extra = [], [], [], []
    for r, is_routine in zip(frame.to_dict("records"), routine):
        phase = r.get("phase")
        if is_routine:
            label = t["routine_aside"]
        elif phase is None or phase is pd.NA or (isinstance(phase, float) and phase != phase):
            label = t["set_aside"]
        else:
            label = str(phase)
        horizon = value_label("horizon", _cell(r.get("horizon")), lang) if _cell(r.get("horizon")) else ""
        warning = _warning(names, r, lang)
        rows.append([label, names(r.get("program")), horizon, warning])
        extra.append([_cell(r.get("program"))])
        if warning:
            warn_rows.append([names(r.get("program")), warning])
            warn_extra.append([_cell(r.get("program"))])
    phases = frame.loc[~routine, "phase"].dropna()
    table = _Table("roadmap", [(t["phase"], "num"), (t["program"],), (t["horizon"],),
                               (t["warning"], "reasons")], rows, shown=top, csv_extra=("id",), extra_rows=extra)
    warnings = _Table("roadmap-warnings", [(t["program"],), (t["warning"], "reasons")], warn_rows,
                      shown=top, csv_extra=("id",), extra_rows=warn_extra) if warn_rows else None
    return {"table": table, "routine": int(routine.sum()), "warnings": warnings,
            "phases": int(phases.max()) if len(phases) else 0}


def _warning(names, row, lang) -> str:
    """The roadmap's warning, with names instead of ids, in the report's language."""
    from .roadmap import WARNINGS
    from .visualizations.style import value_label

    parts = []
    cycle = _cell(row.get("cycle"))
    if cycle:
        members = ", ".join(names(p.strip()) for p in cycle.split("|"))
        parts.append(WARNINGS.text("cycle", lang, group=members))
    waits = _cell(row.get("waits_for"))
    if waits:
        horizon = value_label("horizon", _cell(row.get("horizon")), lang)
        parts.append(_T.text("needs", lang, horizon=horizon, needed=names(waits)))
    warning = _cell(row.get("warning"))
    marker = WARNINGS.text("waits", lang, group="")
    if marker in warning:
        group = warning.split(marker, 1)[1].split(";", 1)[0]
        members = ", ".join(names(p.strip()) for p in group.split("|"))
        parts.append(marker + members)
    if warning and not parts:
        parts.append(names.unid(warning))
    return "; ".join(parts)


def _maps(model, res, lang, progress) -> tuple[dict | None, list[dict], str]:
    """The agency map (always) and the detailed maps (small cities only)."""
    from .errors import SynergyError
    from .visualizations.maps import map_fragment
    from .visualizations.views import build_view

    size = len(model.programs) + len(model.datasets) + len(model.agencies)
    big = size > REPORT_MAP_MAX_NODES
    specs = [("agencies", "map-agencies")]
    if not big:
        specs += [("duplicates", "map-duplicates"), ("sharing", "map-sharing")]
    blocks = []
    for view, dom_id in (progress(specs, label="peta / maps", total=len(specs)) if progress else specs):
        try:
            mv = build_view(model, view, lang=lang, analyses=res, aggregate_above=REPORT_MAP_MAX_NODES)
        except SynergyError as exc:
            blocks.append({"id": dom_id, "html": None, "message": str(exc)})
            continue
        if mv.graph.number_of_nodes() == 0:
            blocks.append({"id": dom_id, "html": None, "message": f"{mv.title}: {_T.text('none_found', lang)}"})
            continue
        blocks.append({"id": dom_id, "html": map_fragment(mv, dom_id=dom_id, heading="h3"), "message": ""})
    note = _T.text("big_maps_note", lang, n=format_number(size, lang)) if big else ""
    return blocks[0], blocks[1:], note


# ------------------------------------------------------------- the analyst's review
_REVIEW_T = Catalogue({
    "agreed": ("Tindak lanjut yang disepakati", "Agreed actions"),
    "no_agreed": ("Belum ada tindak lanjut yang disepakati.", "No action agreed yet."),
    "new": ("Baru sejak tinjauan terakhir ({date})", "New since the last review ({date})"),
    "new_first": ("Belum ditinjau (belum ada keputusan)", "Not reviewed yet (no decision so far)"),
    "no_new": ("Tidak ada temuan baru.", "No new finding."),
    "finding": ("Temuan", "Finding"), "kind": ("Jenis", "Kind"), "state": ("Keadaan", "State"),
    "by": ("Oleh", "By"), "date": ("Tanggal", "Date"), "note": ("Catatan", "Note"),
    "recheck": ("Periksa lagi: berubah sejak diputuskan", "Look again: changed since decided"),
    "likelihood": ("Kemungkinan", "Likelihood"),
    "decide": ("Putuskan di halaman ini ({n} temuan)", "Decide on this page ({n} findings)"),
    "decide_note": ("Pilih keputusan per temuan, isi nama Anda, lalu unduh keputusan.csv dan simpan di folder data "
                    "kota: synergy membacanya pada analisis berikutnya (tanpa internet).",
                    "Choose a decision per finding, fill in your name, then download keputusan.csv and keep it in "
                    "the city's data folder: synergy reads it in the next analysis (no internet needed)."),
    "download": ("Unduh keputusan.csv", "Download keputusan.csv"),
    "changed": ("{n} keputusan baru", "{n} new decisions"),
})
_REVIEW_WORDS = Catalogue({"confirmed": ("benar", "confirmed"), "rejected": ("bukan", "rejected"),
                           "in-progress": ("proses", "in progress"), "done": ("selesai", "done")})
_REVIEW_KINDS = Catalogue({"duplicate": ("Duplikasi", "Duplicate"),
                           "duplicate-dataset": ("Data ganda", "Duplicate dataset"),
                           "reuse": ("Pakai ulang data", "Reuse data"),
                           "gap": ("Kebutuhan tanpa sumber", "Need with no source")})


def _review(model, names, res, lang: str, top: int) -> dict:
    """Agreed actions with their state, the findings new since the last review, and the page's
    decision buttons' data (every finding, the decisions so far) for an offline keputusan.csv."""
    import json

    from .decisions import AGREED, COLUMNS, decided_findings, finding_ids, finding_key, fingerprint, last_review, \
        record_texts

    decided = decided_findings(model)
    texts = record_texts(model)
    words = _REVIEW_WORDS.words(lang)
    kinds = _REVIEW_KINDS.words(lang)

    def label(kind, a, b):
        if kind == "gap":
            return f"{names(a)}: {b}"
        return " · ".join(names(i) for i in finding_ids(kind, a, b))

    found = []  # (kind, a, b, likelihood)
    dup = res["duplicates"]
    if dup.available:
        for r in dup.table("clusters").to_dict("records"):
            members = list(_list(r.get("programs", r.get("applications"))))
            if len(members) >= 2:
                found.append(("duplicate", members[0], ";".join(members[1:]), _likelihood(r.get("max_score"))))
    sd = res["shared_data"]
    if sd.available and "kind" in sd.table().columns:
        for r in sd.table().to_dict("records"):
            kind = r.get("kind")
            pair = {"reuse": ("program", "dataset"), "duplicate-dataset": ("dataset", "other_dataset"),
                    "gap": ("program", "need")}.get(kind)
            if pair:
                found.append((kind, _cell(r.get(pair[0])), _cell(r.get(pair[1])), ""))
    items, new_rows = [], []
    for kind, a, b, likelihood in found:
        key = finding_key(kind, a, b)
        d = decided.get(key)
        items.append({"key": key, "kind": kind, "a": a, "b": b, "label": label(kind, a, b), "kind_label": kinds[kind],
                      "decision": d.decision if d else "",
                      "fingerprint": fingerprint(texts, finding_ids(kind, a, b))})
        if d is None:
            new_rows.append([label(kind, a, b), kinds[kind], likelihood])
    agreed_rows, agreed_extra = [], []
    for d in sorted(decided.values(), key=lambda d: (AGREED.index(d.decision) if d.agreed else 9, d.date, d.key)):
        if d.agreed or d.changed:
            agreed_rows.append([label(d.kind, d.a, d.b), kinds.get(d.kind, d.kind), words.get(d.decision, d.decision),
                                d.by, d.date, d.note, ", ".join(names(i) for i in d.changed)])
            agreed_extra.append([d.kind, d.a, d.b, d.decision])
    t = _REVIEW_T.words(lang)
    since = last_review(decided)
    agreed = _Table("agreed", [(t["finding"],), (t["kind"],), (t["state"],), (t["by"],), (t["date"],), (t["note"],),
                               (t["recheck"],)], agreed_rows, shown=top, csv_extra=("kind_id", "a", "b", "decision"),
                    extra_rows=agreed_extra)
    new = _Table("new-findings", [(t["finding"],), (t["kind"],), (t["likelihood"], "num")], new_rows, shown=top)
    payload = {"findings": items, "columns": list(COLUMNS),
               "decisions": [{c: _cell(row.get(c)) for c in model.decisions.columns} | {
                   "key": finding_key(str(row.get("kind", "")), row.get("a", ""), row.get("b", ""))}
                   for row in model.decisions.to_dict("records")],
               "extra_columns": [c for c in model.decisions.columns if c not in COLUMNS],
               "words": words, "changed": t["changed"]}
    return {"t": t, "agreed": agreed, "new": new, "decided": bool(decided),
            "new_title": t["new"].format(date=since) if since else t["new_first"],
            "items": items, "words": words, "data": json.dumps(payload, ensure_ascii=False)}


# ---------------------------------------------------------------------------- entry
def build_report(
    model,
    *,
    lang: str = "id",
    title: str | None = None,
    maps: bool = True,
    top: int = 10,
    generated: _dt.date | None = None,
    progress=None,
) -> str:
    """The leadership report of ``model`` as one self-contained HTML page.

    Parameters
    ----------
    model : CityModel
    lang : {"id", "en"}
        Bahasa Indonesia (default) or English: every word and value of the page.
    title : str, optional
        Heading of the report (default: the government's name from the region
        codes of the agencies, or the ``regions`` table).
    maps : bool
        Embed the maps (the agency synergy map; for cities up to
        :data:`REPORT_MAP_MAX_NODES` nodes also the duplicates and data-sharing maps).
    top : int
        Rows shown at first per table (the rest open in place; the CSV holds all).
    generated : datetime.date, optional
        Date printed on the report (default: today).
    progress : callable, optional
        Like :func:`synergy.progress.track`: called over the steps of the work
        (the CLI passes it, so a big city's report shows how far it is).

    Examples
    --------
    >>> from synergy.model import CityModel
    >>> m = CityModel.from_records(
    ...     agencies=[{"id": "A", "name": "Dinas <b>A</b>", "region": "35.75"}],
    ...     programs=[{"id": "P1", "name": "Aplikasi", "agency": "A", "dimension": ("living",)}])
    >>> page = build_report(m, maps=False)
    >>> "Dinas &lt;b&gt;A&lt;/b&gt;" in page, "<b>A</b>" in page, "<h1>Kota Pasuruan</h1>" in page
    (True, False, True)
    """
    from .visualizations import findings
    from .visualizations.naming import Names

    check_lang(lang)
    res = findings.gather(model, lang=lang, progress=progress)
    day = generated or _dt.date.today()
    names = Names(model)  # id -> readable name, for every section
    government = _government(model, lang)
    agency_map, detail_maps, maps_note = _maps(model, res, lang, progress) if maps else (None, [], "")
    steps = progress(["page"], label="halaman / page", total=1) if progress else ["page"]
    for _ in steps:  # the tables and the page: one more step a big city waits for
        page = _page(model, res, names, lang, title, government, day, maps, top, agency_map, detail_maps, maps_note)
    return page


def _page(model, res, names, lang, title, government, day, maps, top, agency_map, detail_maps, maps_note) -> str:
    from markupsafe import Markup

    from .calibration import calibration_note
    from .visualizations.maps import page_assets, render_template, resource_text

    heatmap, heat_table = _heatmap(model, names, lang)
    elements, element_table = _elements(model, lang)
    applications = _applications(model, names, lang, top)
    sections = [s for s in REPORT_SECTIONS
                if (s != "maps" or (maps and (detail_maps or maps_note)))
                and (s != "agency-map" or maps) and (s != "applications" or applications is not None)]
    context = {
        "lang": lang,
        "t": _T.words(lang),
        "government": title or government or _T.text("government_unknown", lang),
        "report_title": _T.text("title", lang),
        "date": format_date(day, lang),
        "sections": sections,
        "decisions": _decisions(model, names, res, lang),
        "cards": _summary(model, res, lang),
        "heatmap": heatmap,
        "heat_table": heat_table,
        "elements": elements,
        "element_table": element_table,
        "status": {name: _status(a, lang) for name, a in res.items()},
        "clusters": _clusters(names, res["duplicates"], lang, top),
        "national": _national(names, res["duplicates"], lang, top),
        "applications": applications,
        "app_clusters": _app_clusters(names, res.get("application_duplicates"), lang, top),
        "suggested": _suggested(model, names, lang, top),
        "shared_use": _shared_use(model, names, res.get("application_duplicates"), lang, top),
        "sharing": _sharing(names, res["shared_data"], lang, top),
        "limits": _limits(model, res, lang),
        # what the likelihood column was worth on real data (synergy.calibration)
        "likelihood_note": {kind: calibration_note(kind, lang) for kind in ("programs", "applications")},
        "review": _review(model, names, res, lang, top),
        "critical": _critical(names, res["critical"], lang, top),
        "chains": _chains(names, res["chains"], lang, 5),
        "cycles": _cycles(names, res["cycles"], lang, top),
        "roadmap": _roadmap(names, res["roadmap"], lang, top),
        "agency_map": agency_map,
        "maps": detail_maps,
        "maps_note": maps_note,
        "with_maps": maps,
        "top": top,
        "file_stem": _slug(government or "laporan"),
        **page_assets(),
    }
    # the decision buttons' script rides in the report's own (one inline script per purpose, no more)
    context["report_js"] = Markup(f"{context['report_js']}\n{resource_text('templates/review.js')}")
    return render_template("report.html", **context)


def _slug(text: str) -> str:
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60] or "laporan"


def write_report(model, path, **kwargs):
    """Write :func:`build_report` to ``path`` (UTF-8, atomically); returns the path."""
    from .output import write_text_atomic

    return write_text_atomic(path, build_report(model, **kwargs))
