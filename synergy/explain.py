"""Words for duplicate findings: reasons, lead agency by mandate, suggested action, clusters.

Everything a civil servant reads is Bahasa Indonesia by default and English with
``lang="en"``. The numbers come from :func:`synergy.duplicates.score_pairs`.

Lead agency by mandate: the program's subject is read from its key terms
(:data:`SUBJECT_BIDANG`, completed by the bidang whose nomenclature names use a
term most) and from the bidang of its nomenclature codes; the agency whose
``urusan`` holds that subject leads. If no agency's urusan matches, the agency
with the largest budget in the finding is suggested, and the reason says so.
"""
from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from .model import CityModel
from .schema import DIMENSIONS, ELEMENTS

__all__ = [
    "SUBJECT_BIDANG",
    "PLATFORM_TERMS",
    "MERGE_SCORE",
    "format_rupiah",
    "subject_bidang",
    "lead_agency",
    "suggest_action",
    "build_result_frames",
]

#: Canonical terms whose subject belongs to one bidang-urusan (who holds the mandate).
SUBJECT_BIDANG = {
    **dict.fromkeys(["aplikasi", "portal", "daring", "spbe", "pusat_data", "wifi", "command_center", "dasbor",
                     "ppid", "kim", "aduan", "jaringan", "cctv", "persandian", "siber", "informasi"], "2.16"),
    **dict.fromkeys(["statistik", "survei"], "2.20"),
    **dict.fromkeys(["adminduk", "nik", "ktp", "kk", "kia", "akta", "kependudukan"], "2.12"),
    **dict.fromkeys(["pelatihan_kerja", "pencari_kerja", "bursa_kerja", "pengangguran", "kerja"], "2.07"),
    **dict.fromkeys(["umkm", "koperasi"], "2.17"),
    **dict.fromkeys(["investasi", "izin", "nib", "ptsp", "mpp"], "2.18"),
    **dict.fromkeys(["rtlh", "permukiman", "kumuh", "rumah"], "1.04"),
    **dict.fromkeys(["stunting", "gizi", "posyandu", "puskesmas", "jaminan_kesehatan", "ibu_hamil", "balita",
                     "rumah_sakit", "sehat", "imunisasi"], "1.02"),
    **dict.fromkeys(["dtks", "bansos", "miskin", "disabilitas", "lansia", "sosial"], "1.06"),
    **dict.fromkeys(["sekolah", "guru", "beasiswa", "didik", "siswa"], "1.01"),
    **dict.fromkeys(["perpustakaan", "literasi"], "2.23"),
    **dict.fromkeys(["arsip"], "2.24"),
    **dict.fromkeys(["wisata"], "3.26"),
    **dict.fromkeys(["budaya", "seni"], "2.22"),
    **dict.fromkeys(["pemuda", "olahraga"], "2.19"),
    **dict.fromkeys(["sampah", "tps3r", "polusi", "rth", "limbah", "udara"], "2.11"),
    **dict.fromkeys(["angkutan_umum", "apill", "atcs", "parkir", "kendaraan", "lalu_lintas", "pju"], "2.15"),
    **dict.fromkeys(["kebakaran", "bencana", "tertib", "satpol"], "1.05"),
    **dict.fromkeys(["air_minum", "drainase", "jalan", "jembatan", "banjir"], "1.03"),
    **dict.fromkeys(["kb"], "2.14"),
    **dict.fromkeys(["kdrt", "perempuan", "anak"], "2.08"),
    **dict.fromkeys(["pangan"], "2.09"),
    **dict.fromkeys(["tani", "ternak"], "3.27"),
    **dict.fromkeys(["ikan", "nelayan"], "3.25"),
    **dict.fromkeys(["pasar", "dagang"], "3.30"),
    **dict.fromkeys(["energi_terbarukan", "plts"], "3.29"),
    **dict.fromkeys(["pajak", "retribusi", "pendapatan", "nontunai", "uang"], "5.02"),
    **dict.fromkeys(["perencanaan", "anggaran", "monev"], "5.01"),
    **dict.fromkeys(["asn", "presensi"], "5.03"),
}

#: Terms that mean "an information system": such duplicates should share one platform.
PLATFORM_TERMS = frozenset({
    "aplikasi", "portal", "daring", "spbe", "pusat_data", "wifi", "command_center", "dasbor", "sig",
    "cctv", "panggilan_darurat", "nontunai", "atcs", "persuratan", "website", "jaringan",
    "aduan", "whatsapp", "sms", "presensi",
})
#: A pair at least this close, with the same target group or output, is one program written twice.
MERGE_SCORE = 0.75

_TEXT = {
    "id": {
        "terms": "kata kunci sama: {}",
        "target_same": "sasaran sama ({})",
        "target_diff": "sasaran berbeda",
        "output_same": "keluaran mirip",
        "output_diff": "keluaran berbeda",
        "code": "kode nomenklatur sama sampai tingkat {}",
        "code_none": "bidang urusan kode berbeda",
        "dimension": "dimensi sama: {}",
        "dimension_diff": "dimensi berbeda",
        "element": " (elemen {})",
        "years": "tahun pelaksanaan beririsan",
        "years_diff": "tahun pelaksanaan tidak beririsan",
        "budget": "anggaran gabungan {}",
        "lead": "usulan pemimpin: {} (urusan {} {})",
        "lead_budget": "usulan pemimpin: {} (tidak ada urusan yang cocok; anggaran terbesar)",
        "action": "usulan tindakan: {}",
        "merge": "gabungkan menjadi satu program",
        "platform": "gunakan satu platform bersama",
        "coordinate": "koordinasikan (bagi peran dan data sasaran)",
        "cluster": "{n} program dari {m} perangkat daerah ({agencies}) tampak mengerjakan hal yang sama",
        "levels": {"bidang": "bidang", "program": "program", "kegiatan": "kegiatan", "sub-kegiatan": "sub-kegiatan"},
        "million": "juta", "billion": "miliar", "trillion": "triliun", "currency": "Rp",
    },
    "en": {
        "terms": "shared key terms: {}",
        "target_same": "same target group ({})",
        "target_diff": "different target groups",
        "output_same": "similar output",
        "output_diff": "different outputs",
        "code": "nomenclature code agrees down to the {}",
        "code_none": "codes in different bidang",
        "dimension": "same dimension: {}",
        "dimension_diff": "different dimensions",
        "element": " (element {})",
        "years": "overlapping years",
        "years_diff": "years do not overlap",
        "budget": "combined budget {}",
        "lead": "suggested lead: {} (urusan {} {})",
        "lead_budget": "suggested lead: {} (no matching urusan; largest budget)",
        "action": "suggested action: {}",
        "merge": "merge into one program",
        "platform": "share one platform",
        "coordinate": "coordinate (split roles, share target data)",
        "cluster": "{n} programs of {m} agencies ({agencies}) look like the same work",
        "levels": {"bidang": "bidang", "program": "program", "kegiatan": "kegiatan", "sub-kegiatan": "sub-kegiatan"},
        "million": "million", "billion": "billion", "trillion": "trillion", "currency": "IDR",
    },
}


def format_rupiah(amount, lang: str = "id") -> str:
    """A budget as people say it.

    >>> format_rupiah(1_250_000_000), format_rupiah(850_000_000, "en"), format_rupiah(None)
    ('Rp 1,25 miliar', 'IDR 850 million', '')
    """
    if amount is None or amount is pd.NA or (isinstance(amount, float) and np.isnan(amount)):
        return ""
    t = _TEXT[lang]
    amount = float(amount)
    for size, word in ((1e12, t["trillion"]), (1e9, t["billion"]), (1e6, t["million"])):
        if amount >= size:
            number = f"{amount / size:.2f}".rstrip("0").rstrip(".")
            if lang == "id":
                number = number.replace(".", ",")
            return f"{t['currency']} {number} {word}"
    return f"{t['currency']} {int(amount):,}".replace(",", "." if lang == "id" else ",")


@functools.lru_cache(maxsize=4)
def _nomenclature_subjects(lexicon_id: int, normalizer) -> dict[str, str]:
    """Term -> the bidang whose (non-routine) nomenclature names use it most, when clear."""
    from .routine import bidang_of, is_routine_code, nomenclature

    nom = nomenclature()
    counts: dict[str, dict[str, int]] = {}
    for code, name in zip(nom["code"], nom["name"]):
        if is_routine_code(code):
            continue
        bidang = bidang_of(code)
        for term in set(normalizer.tokens(name)):
            counts.setdefault(term, {}).setdefault(bidang, 0)
            counts[term][bidang] += 1
    out = {}
    for term, by_bidang in counts.items():
        total = sum(by_bidang.values())
        best, top = max(by_bidang.items(), key=lambda kv: (kv[1], kv[0]))
        if top >= 2 and top / total >= 0.6 and term not in normalizer.generic_terms:
            out[term] = best
    return out


def subject_bidang(term: str, normalizer) -> str:
    """The bidang a canonical term belongs to ("" if none is clear)."""
    if term in SUBJECT_BIDANG:
        return SUBJECT_BIDANG[term]
    return _nomenclature_subjects(id(normalizer.lexicon), normalizer).get(term, "")


def lead_agency(agencies, codes, budgets, term_shares, urusan_of, normalizer):
    """Suggest the agency that should lead: ``(agency, bidang, basis)``.

    ``basis`` is ``"mandate"`` when an agency's urusan matches the subject, else
    ``"budget"`` (the agency with the largest budget in the finding).
    Subject votes: each key term's share of the similarity counts twice, each
    program's code bidang once (codes are filed by each agency under its own urusan).
    """
    from .routine import bidang_of

    votes: dict[str, float] = {}
    for term, share in term_shares:
        bidang = subject_bidang(term, normalizer)
        if bidang:
            votes[bidang] = votes.get(bidang, 0.0) + 2.0 * share
    for code in codes:
        bidang = bidang_of(code)
        if bidang:
            votes[bidang] = votes.get(bidang, 0.0) + 1.0 / max(len(codes), 1)
    budget_of: dict[str, float] = {}
    for agency, budget in zip(agencies, budgets):
        budget_of[agency] = budget_of.get(agency, 0.0) + (0.0 if budget is None or budget is pd.NA else float(budget))
    best, best_key, best_bidang = None, None, ""
    for agency in sorted(set(agencies)):
        held = urusan_of.get(agency, ())
        score = sum(v for b, v in votes.items() if b in held)
        if score <= 0:
            continue
        bidang = max((b for b in votes if b in held), key=lambda b: votes[b])
        key = (score, budget_of.get(agency, 0.0))
        if best_key is None or key > best_key:
            best, best_key, best_bidang = agency, key, bidang
    if best is not None:
        return best, best_bidang, "mandate"
    agency = max(sorted(set(agencies)), key=lambda a: budget_of.get(a, 0.0))
    return agency, "", "budget"


def suggest_action(score: float, terms, same_target, output_sim) -> str:
    """``platform`` (two information systems), ``merge`` (one program written twice) or ``coordinate``.

    >>> suggest_action(0.6, ["aplikasi", "aduan"], True, None)
    'platform'
    >>> suggest_action(0.8, ["pelatihan_kerja"], True, None), suggest_action(0.6, ["pelatihan_kerja"], True, None)
    ('merge', 'coordinate')
    """
    if any(t in PLATFORM_TERMS for t in terms):
        return "platform"
    similar_use = bool(same_target) or (output_sim is not None and not pd.isna(output_sim) and output_sim >= 0.5)
    if score >= MERGE_SCORE and similar_use:
        return "merge"
    return "coordinate"


def _key_terms(matrix, a, b, text):
    """For each pair: [(term index, share of the text similarity)], largest first."""
    product = matrix[a].multiply(matrix[b]).tocsr()
    out = []
    for i in range(product.shape[0]):
        lo, hi = product.indptr[i], product.indptr[i + 1]
        idx, val = product.indices[lo:hi], product.data[lo:hi]
        order = np.argsort(-val, kind="stable")
        total = float(text[i]) or 1.0
        out.append([(int(idx[j]), float(val[j]) / total) for j in order])
    return out


def _dimension_label(dims, lang) -> str:
    return ", ".join(DIMENSIONS[d][0 if lang == "id" else 1] if d in DIMENSIONS else d for d in dims)


def _element_label(element, lang) -> str:
    if element in ELEMENTS:
        return ELEMENTS[element][1 if lang == "id" else 2]
    return element


def build_result_frames(model: CityModel, scored: pd.DataFrame, context, *, normalizer, lang: str = "id"):
    """Turn scored pairs into the ``pairs`` and ``clusters`` frames with reasons."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from .duplicates import CLUSTER_COLUMNS, PAIR_COLUMNS
    from .routine import CODE_LEVELS, bidang_of, urusan_names

    t = _TEXT[lang]
    programs = model.programs.reset_index(drop=True)
    if scored.empty:
        return _empty(PAIR_COLUMNS), _empty(CLUSTER_COLUMNS)
    a = scored["a"].to_numpy()
    b = scored["b"].to_numpy()
    ids = programs["id"].astype(str).to_numpy(dtype=object)
    names = programs["name"].astype(str).to_numpy(dtype=object)
    agency = programs["agency"].astype(str).to_numpy(dtype=object)
    codes = programs["code"].astype(str).to_numpy(dtype=object)
    target = programs["target_group"].astype(str).to_numpy(dtype=object)
    dims = programs["dimension"].to_numpy(dtype=object)
    elements = programs["element"].astype(str).to_numpy(dtype=object)
    budgets = programs["budget"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    region = context.region
    urusan_of = {r.id: frozenset(r.urusan) for r in model.agencies.itertuples(index=False)}
    bidang_names = urusan_names()
    terms = context.terms

    # put program_a / program_b in id order; evidence is symmetric
    swap = ids[a] > ids[b]
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    # shares of the full-text cosine (the sum of the shared terms' products)
    shares = _key_terms(context.matrix, a, b, scored["text"].to_numpy())

    # clusters: connected components of the pair graph, numbered strongest first
    nodes, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
    m = len(a)
    graph = coo_matrix((np.ones(m), (inverse[:m], inverse[m:])), shape=(len(nodes), len(nodes)))
    _, labels = connected_components(graph, directed=False)
    pair_label = labels[inverse[:m]]
    score = scored["score"].to_numpy()
    best = pd.Series(score).groupby(pair_label).max()
    first = pd.Series(np.arange(m)).groupby(pair_label).min()
    order = sorted(best.index, key=lambda c: (-best[c], first[c]))
    width = max(3, len(str(len(order))))
    cluster_name = {c: f"D{i + 1:0{width}d}" for i, c in enumerate(order)}

    def budget_sum(rows):
        values = [budgets[r] for r in rows if budgets[r] == budgets[r]]  # NaN != NaN
        return int(sum(values)) if values else pd.NA

    def lead_text(lead, bidang, basis):
        if basis == "mandate":
            return t["lead"].format(lead, bidang, bidang_names.get(bidang, "")).replace("  ", " ").replace(" )", ")")
        return t["lead_budget"].format(lead)

    col = {c: scored[c].to_numpy() for c in ("score", "text", "target", "output", "code_level", "years")}
    shown: dict[str, str] = {}

    def display(term):  # cached: the same terms come back in many pairs
        text = shown.get(term)
        if text is None:
            text = shown[term] = normalizer.display(term)
        return text

    term_bidang: dict[str, str] = {}

    def lead_for(agencies_, codes_, budgets_, top_):
        """:func:`lead_agency` for two programs, without the general bookkeeping (runs per pair)."""
        code_bidang = [bidang_of(c) for c in codes_]
        best = None
        for ag, budget in zip(agencies_, budgets_):
            held = urusan_of.get(ag, ())
            score_ = 0.0
            best_b, best_v = "", 0.0
            for term, share in top_:
                tb = term_bidang.get(term)
                if tb is None:
                    tb = term_bidang[term] = subject_bidang(term, normalizer)
                if tb and tb in held:
                    score_ += 2.0 * share
                    if 2.0 * share > best_v:
                        best_b, best_v = tb, 2.0 * share
            for cb in code_bidang:
                if cb and cb in held:
                    score_ += 1.0 / len(code_bidang)
                    if not best_b:
                        best_b = cb
            key_ = (score_, 0.0 if budget != budget else float(budget))
            if score_ > 0 and (best is None or key_ > best[0] or (key_ == best[0] and ag < best[1])):
                best = (key_, ag, best_b)
        if best is not None:
            return best[1], best[2], "mandate"
        if agencies_[0] == agencies_[1]:
            return agencies_[0], "", "budget"
        return lead_agency(agencies_, codes_, budgets_, top_, urusan_of, normalizer)

    rows = []
    for i in range(m):
        ia, ib = int(a[i]), int(b[i])
        s = {c: v[i] for c, v in col.items()}
        top = [(terms[j], share) for j, share in shares[i][:4]]
        key_terms = tuple(display(term) for term, _ in top)
        parts = []
        if top:
            parts.append(t["terms"].format(", ".join(f"{display(term)} {share:.0%}" for term, share in top)))
        same_target = None if pd.isna(s["target"]) else bool(s["target"] >= 0.5)
        if same_target is not None:
            parts.append(t["target_same"].format(target[ia]) if same_target else t["target_diff"])
        out_sim = None if pd.isna(s["output"]) else float(s["output"])
        if out_sim is not None:
            parts.append(t["output_same"] if out_sim >= 0.5 else t["output_diff"])
        level = int(s["code_level"])
        if level > 0:
            parts.append(t["code"].format(t["levels"][CODE_LEVELS[level]]))
        elif level == 0:
            parts.append(t["code_none"])
        shared_dims = [d for d in dims[ia] if d in set(dims[ib])]
        same_element = bool(elements[ia] and elements[ia] == elements[ib])
        if shared_dims:
            label = t["dimension"].format(_dimension_label(shared_dims, lang))
            if same_element:
                label += t["element"].format(_element_label(elements[ia], lang))
            parts.append(label)
        elif dims[ia] and dims[ib]:
            parts.append(t["dimension_diff"])
        years = None if pd.isna(s["years"]) else float(s["years"])
        if years is not None:
            parts.append(t["years"] if years > 0 else t["years_diff"])
        combined = budget_sum((ia, ib))
        if combined is not pd.NA:
            parts.append(t["budget"].format(format_rupiah(combined, lang)))
        lead, bidang, basis = lead_for(
            [agency[ia], agency[ib]], [c for c in (codes[ia], codes[ib]) if c], [budgets[ia], budgets[ib]], top)
        parts.append(lead_text(lead, bidang, basis))
        action = suggest_action(float(s["score"]), [term for term, _ in top], same_target, out_sim)
        parts.append(t["action"].format(t[action]))
        reg = region[ia] if region[ia] == region[ib] else f"{region[ia]};{region[ib]}"
        rows.append({
            "program_a": ids[ia], "program_b": ids[ib], "score": round(float(s["score"]), 3),
            "cluster": cluster_name[pair_label[i]], "agencies": (agency[ia], agency[ib]),
            "reasons": "; ".join(parts), "name_a": names[ia], "name_b": names[ib],
            "agency_a": agency[ia], "agency_b": agency[ib], "region": reg,
            "text_similarity": round(float(s["text"]), 3), "key_terms": key_terms,
            "same_target_group": same_target, "output_similarity": None if out_sim is None else round(out_sim, 3),
            "code_level": CODE_LEVELS[level] if level >= 0 else "",
            "same_dimension": bool(shared_dims), "same_element": same_element,
            "years_overlap": None if years is None else years > 0,
            "combined_budget": combined, "lead_agency": lead, "action": action,
        })
    pairs = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    pairs["combined_budget"] = pairs["combined_budget"].astype("Int64")
    pairs["same_target_group"] = pairs["same_target_group"].astype("boolean")
    pairs["years_overlap"] = pairs["years_overlap"].astype("boolean")
    pairs["output_similarity"] = pairs["output_similarity"].astype("Float64")

    by_label = pd.Series(np.arange(m)).groupby(pair_label).indices
    clusters = []
    for c in order:
        members = by_label[c]
        rows_in = sorted(set(a[members].tolist()) | set(b[members].tolist()), key=lambda r: ids[r])
        term_total: dict[str, float] = {}
        for i in members:
            for j, share in shares[i][:4]:
                term_total[terms[j]] = term_total.get(terms[j], 0.0) + share / len(members)
        top = sorted(term_total.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        agencies = tuple(sorted(set(agency[rows_in])))
        lead, bidang, basis = lead_agency(
            [agency[r] for r in rows_in], [codes[r] for r in rows_in if codes[r]], [budgets[r] for r in rows_in],
            top, urusan_of, normalizer,
        )
        max_score = float(score[members].max())
        same_target = all(rows[i]["same_target_group"] for i in members)
        out_sims = [rows[i]["output_similarity"] for i in members if rows[i]["output_similarity"] is not None]
        action = suggest_action(max_score, [term for term, _ in top], same_target, min(out_sims) if out_sims else None)
        combined = budget_sum(rows_in)
        parts = [t["cluster"].format(n=len(rows_in), m=len(agencies), agencies=", ".join(agencies))]
        if top:
            parts.append(t["terms"].format(", ".join(f"{display(term)} {share:.0%}" for term, share in top)))
        if combined is not pd.NA:
            parts.append(t["budget"].format(format_rupiah(combined, lang)))
        parts.append(lead_text(lead, bidang, basis))
        parts.append(t["action"].format(t[action]))
        regions = sorted(set(region[rows_in].astype(str)))
        clusters.append({
            "cluster": cluster_name[c], "size": len(rows_in), "programs": tuple(ids[r] for r in rows_in),
            "agencies": agencies, "combined_budget": combined, "max_score": round(max_score, 3),
            "key_terms": tuple(display(term) for term, _ in top), "lead_agency": lead, "action": action,
            "reasons": "; ".join(parts), "region": ";".join(regions),
        })
    clusters = pd.DataFrame(clusters, columns=CLUSTER_COLUMNS)
    clusters["combined_budget"] = clusters["combined_budget"].astype("Int64")
    return pairs, clusters


def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
