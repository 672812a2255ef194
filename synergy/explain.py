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
def _nomenclature_subjects(normalizer) -> dict[str, str]:
    """Term -> the bidang whose (non-routine) nomenclature names use it most, when clear (per normaliser: its lexicon decides the terms)."""
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
    return _nomenclature_subjects(normalizer).get(term, "")


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


def _top_terms(matrix, a, b, text, k):
    """Vectorised: for each pair, its ``k`` largest shared-term products as (row, term, share of text)."""
    from .text import _scipy_topk

    row, col, val = _scipy_topk(matrix[a].multiply(matrix[b]), k, 0.0)
    val = val.astype(np.float64)
    total = np.where(text[row] > 0, text[row], 1.0)
    return row, col, val / total


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
    from .duplicates import positional

    programs = positional(model.programs)
    if scored.empty:
        return _empty(PAIR_COLUMNS), _empty(CLUSTER_COLUMNS)
    ga = scored["a"].to_numpy()  # rows of the model (and of the TF-IDF matrix)
    gb = scored["b"].to_numpy()
    # work on the programs that appear in a pair only (a million-row table is mostly not involved)
    involved, local = np.unique(np.concatenate([ga, gb]), return_inverse=True)
    a, b = local[: len(ga)], local[len(ga):]
    programs = programs.take(involved)
    ids = programs["id"].astype(str).to_numpy(dtype=object)
    names = programs["name"].astype(str).to_numpy(dtype=object)
    agency = programs["agency"].astype(str).to_numpy(dtype=object)
    codes = programs["code"].astype(str).to_numpy(dtype=object)
    target = programs["target_group"].astype(str).to_numpy(dtype=object)
    dims = programs["dimension"].to_numpy(dtype=object)
    elements = programs["element"].astype(str).to_numpy(dtype=object)
    budgets = programs["budget"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    region = context.region[involved]
    urusan_of = {r.id: frozenset(r.urusan) for r in model.agencies.itertuples(index=False)}
    bidang_names = urusan_names()
    terms = context.terms

    # put program_a / program_b in id order; evidence is symmetric
    swap = ids[a] > ids[b]
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    ga, gb = np.where(swap, gb, ga), np.where(swap, ga, gb)

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

    shown: dict[str, str] = {}

    def display(term):  # cached: the same terms come back in many pairs
        text = shown.get(term)
        if text is None:
            text = shown[term] = normalizer.display(term)
        return text

    # ---- key terms: the (up to) 4 largest products of each pair, as arrays (row, term, share)
    text_sim = scored["text"].to_numpy(dtype=float)
    k_row, k_term, k_share = _top_terms(context.matrix, ga, gb, text_sim, 4)
    used = np.unique(k_term)
    term_text = np.empty(len(terms), dtype=object)
    term_text[used] = [display(terms[j]) for j in used]
    term_bidang = np.full(len(terms), "", dtype=object)
    term_bidang[used] = [subject_bidang(terms[j], normalizer) for j in used]
    term_platform = np.zeros(len(terms), dtype=bool)
    term_platform[used] = [terms[j] in PLATFORM_TERMS for j in used]
    entry_text = term_text[k_term]
    key_terms = [()] * m
    bounds = np.r_[0, np.flatnonzero(np.diff(k_row)) + 1, len(k_row)] if len(k_row) else np.zeros(1, dtype=np.int64)
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        key_terms[int(k_row[lo])] = tuple(entry_text[lo:hi].tolist())

    def terms_joined_for(start, stop):
        """', '-joined "term NN%" of pairs start..stop-1 (built per chunk: a million pairs hold ~4 million)."""
        lo, hi = np.searchsorted(k_row, [start, stop])
        joined = np.full(stop - start, "", dtype=object)
        rows_, texts_, shares_ = k_row[lo:hi] - start, entry_text[lo:hi], k_share[lo:hi]
        cuts = np.r_[0, np.flatnonzero(np.diff(rows_)) + 1, len(rows_)] if len(rows_) else np.zeros(1, dtype=np.int64)
        for c0, c1 in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
            joined[int(rows_[c0])] = ", ".join(f"{x} {round(100 * y)}%" for x, y in zip(texts_[c0:c1].tolist(), shares_[c0:c1].tolist()))
        return joined
    platform = np.zeros(m, dtype=bool)
    platform[np.unique(k_row[term_platform[k_term]])] = True

    # ---- evidence as columns
    score = scored["score"].to_numpy(dtype=float)
    target_sim = scored["target"].to_numpy(dtype=float)
    output_sim = scored["output"].to_numpy(dtype=float)
    level = scored["code_level"].to_numpy()
    years = scored["years"].to_numpy(dtype=float)
    target_known = ~np.isnan(target_sim)
    same_target = target_known & (np.nan_to_num(target_sim) >= 0.5)
    output_known = ~np.isnan(output_sim)
    similar_output = output_known & (np.nan_to_num(output_sim) >= 0.5)
    years_known = ~np.isnan(years)

    dim_inverse, dim_distinct = pd.factorize(pd.Series([tuple(d or ()) for d in dims], dtype=object))
    dim_names = sorted({x for d in dim_distinct for x in d})
    bit = {x: 1 << i for i, x in enumerate(dim_names)}
    dim_mask = np.array([sum(bit[x] for x in d) for d in dim_distinct], dtype=np.int64)[dim_inverse]
    shared_mask = dim_mask[a] & dim_mask[b]
    order_of = {x: i for i, x in enumerate(dim_names)}
    mask_label = {}
    for mask in np.unique(shared_mask):
        shared = [x for x in dim_names if int(mask) & bit[x]]
        mask_label[int(mask)] = _dimension_label(sorted(shared, key=order_of.get), lang)
    same_element = (elements[a] != "") & (elements[a] == elements[b])
    element_text = np.array([t["element"].format(_element_label(e, lang)) if e else "" for e in elements], dtype=object)

    budget_a, budget_b = budgets[a], budgets[b]
    budget_known = ~np.isnan(budget_a) | ~np.isnan(budget_b)
    combined = np.where(budget_known, np.nan_to_num(budget_a) + np.nan_to_num(budget_b), np.nan)

    # ---- lead agency by mandate, per pair (see lead_agency; same votes, for two agencies at once)
    code_bidang_of = {c: bidang_of(c) for c in pd.unique(codes)}
    cb_a = np.array([code_bidang_of[c] for c in codes[a]], dtype=object)
    cb_b = np.array([code_bidang_of[c] for c in codes[b]], dtype=object)
    n_codes = (cb_a != "").astype(float) + (cb_b != "").astype(float)
    entry_bidang = term_bidang[k_term]

    # (agency, bidang) pairs as integers, so that "does this agency hold this bidang" is one np.isin
    bidang_ids: dict[str, int] = {"": 0}
    for value in [*entry_bidang.tolist(), *cb_a.tolist(), *cb_b.tolist(), *(u for us in urusan_of.values() for u in us)]:
        bidang_ids.setdefault(value, len(bidang_ids))
    agency_ids = {ag: i for i, ag in enumerate(sorted(set(urusan_of) | set(agency.tolist())))}
    width = len(bidang_ids)
    held_keys = np.array([agency_ids[ag] * width + bidang_ids[u] for ag, us in urusan_of.items() for u in us], dtype=np.int64)
    entry_bid = np.fromiter((bidang_ids[x] for x in entry_bidang.tolist()), dtype=np.int64, count=len(entry_bidang))
    cb_a_id = np.fromiter((bidang_ids[x] for x in cb_a.tolist()), dtype=np.int64, count=m)
    cb_b_id = np.fromiter((bidang_ids[x] for x in cb_b.tolist()), dtype=np.int64, count=m)

    def votes_for(side_agency):
        side = np.fromiter((agency_ids[x] for x in side_agency.tolist()), dtype=np.int64, count=m)
        hit = np.isin(side[k_row] * width + entry_bid, held_keys) & (entry_bid != 0)
        term_votes = np.bincount(k_row, weights=2.0 * k_share * hit, minlength=m)
        # best bidang of this side: its largest held term (entries are sorted by share within a row)
        best_term = np.full(m, "", dtype=object)
        first = np.unique(k_row[hit], return_index=True)
        best_term[first[0]] = entry_bidang[hit][first[1]]
        code_hit_a = np.isin(side * width + cb_a_id, held_keys) & (cb_a_id != 0)
        code_hit_b = np.isin(side * width + cb_b_id, held_keys) & (cb_b_id != 0)
        code_votes = (code_hit_a.astype(float) + code_hit_b.astype(float)) / np.maximum(n_codes, 1.0)
        best = np.where(best_term != "", best_term, np.where(code_hit_a, cb_a, np.where(code_hit_b, cb_b, "")))
        return term_votes + code_votes, best

    ag_a, ag_b = agency[a], agency[b]
    votes_a, bid_a = votes_for(ag_a)
    votes_b, bid_b = votes_for(ag_b)
    ba, bb = np.nan_to_num(budget_a), np.nan_to_num(budget_b)
    a_first = ag_a.astype(str) <= ag_b.astype(str)
    # mandate: more votes, then larger budget, then the first id; no votes: larger budget, then the first id
    pick_a = np.where(
        np.isclose(votes_a, votes_b),
        np.where(ba == bb, a_first, ba > bb),
        votes_a > votes_b,
    )
    mandate = (votes_a > 0) | (votes_b > 0)
    pick_a = np.where(mandate, pick_a, np.where(ba == bb, a_first, ba > bb))
    lead = np.where(pick_a, ag_a, ag_b)
    lead_bidang = np.where(pick_a, bid_a, bid_b)
    lead_parts = t["lead"].split("{}")
    budget_parts = t["lead_budget"].split("{}")

    # ---- action
    action = np.where(platform, "platform",
                      np.where((score >= MERGE_SCORE) & (same_target | similar_output), "merge", "coordinate"))

    # ---- reasons: fragments joined with "; ", empty ones left out; built by chunks to bound memory
    def fragment(mask, values):
        return np.where(mask, values, "")

    target_same = t["target_same"].split("{}")
    level_names = np.array([""] + [t["code"].format(t["levels"][CODE_LEVELS[i]]) for i in range(1, 5)], dtype=object)
    rupiah = {v: format_rupiah(v, lang) for v in pd.unique(combined[~np.isnan(combined)])}
    dim_prefix = t["dimension"].split("{}")
    action_text = {x: t["action"].format(t[x]) for x in ("platform", "merge", "coordinate")}
    reasons = []
    for c0 in range(0, m, 100_000):
        sl = slice(c0, min(m, c0 + 100_000))
        aa = a[sl]
        joined = terms_joined_for(sl.start, sl.stop)
        lead_text_col = [
            (lead_parts[0] + x + lead_parts[1] + y + lead_parts[2] + bidang_names.get(y, "") + lead_parts[3])
            .replace("  ", " ").replace(" )", ")") if md else budget_parts[0] + x + budget_parts[1]
            for x, y, md in zip(lead[sl].tolist(), lead_bidang[sl].tolist(), mandate[sl].tolist())
        ]
        dim_text = np.where(
            shared_mask[sl] > 0,
            dim_prefix[0] + np.array([mask_label[int(x)] for x in shared_mask[sl]], dtype=object) + dim_prefix[1]
            + np.where(same_element[sl], element_text[aa], ""),
            np.where((dim_mask[aa] > 0) & (dim_mask[b[sl]] > 0), t["dimension_diff"], ""),
        ) if len(aa) else np.zeros(0, dtype=object)
        pieces = [
            fragment(joined != "", t["terms"].split("{}")[0] + joined),
            fragment(target_known[sl], np.where(same_target[sl], target_same[0] + target[aa] + target_same[1], t["target_diff"])),
            fragment(output_known[sl], np.where(similar_output[sl], t["output_same"], t["output_diff"])),
            np.where(level[sl] > 0, level_names[np.clip(level[sl], 0, 4)], np.where(level[sl] == 0, t["code_none"], "")),
            dim_text,
            fragment(years_known[sl], np.where(np.nan_to_num(years[sl]) > 0, t["years"], t["years_diff"])),
            [t["budget"].format(rupiah[v]) if v == v else "" for v in combined[sl].tolist()],
            lead_text_col,
            [action_text[x] for x in action[sl].tolist()],
        ]
        reasons.extend("; ".join(x for x in parts if x)
                       for parts in zip(*(p_.tolist() if isinstance(p_, np.ndarray) else p_ for p_ in pieces)))
        del pieces, joined, lead_text_col, dim_text

    pair_region = np.where(region[a] == region[b], region[a], region[a].astype(object) + ";" + region[b].astype(object))
    pairs = pd.DataFrame({
        "program_a": ids[a], "program_b": ids[b], "score": np.round(score, 3),
        "cluster": [cluster_name[c] for c in pair_label],
        "agencies": list(zip(ag_a, ag_b)),
        "reasons": pd.Series(reasons, dtype=object), "name_a": names[a], "name_b": names[b],
        "agency_a": ag_a, "agency_b": ag_b, "region": pair_region,
        "text_similarity": np.round(text_sim, 3), "key_terms": key_terms,
        "same_target_group": pd.array(np.where(target_known, same_target, False), dtype="boolean"),
        "output_similarity": pd.array(np.where(output_known, np.round(np.nan_to_num(output_sim), 3), np.nan), dtype="Float64"),
        "code_level": np.where(level >= 0, np.array(CODE_LEVELS, dtype=object)[np.clip(level, 0, 4)], ""),
        "same_dimension": shared_mask > 0, "same_element": same_element,
        "years_overlap": pd.array(np.nan_to_num(years) > 0, dtype="boolean"),
        "combined_budget": pd.array(np.where(budget_known, np.nan_to_num(combined), 0).astype(np.int64), dtype="Int64"),
        "lead_agency": lead, "action": action,
    }, columns=PAIR_COLUMNS)
    pairs.loc[~target_known, "same_target_group"] = pd.NA
    pairs.loc[~years_known, "years_overlap"] = pd.NA
    pairs.loc[~budget_known, "combined_budget"] = pd.NA

    # each cluster's key terms: the mean share of each term over the cluster's pairs
    pairs_in = np.bincount(pair_label, minlength=int(pair_label.max()) + 1 if m else 0)
    weights = pd.DataFrame({"cluster": pair_label[k_row], "term": k_term, "w": k_share / pairs_in[pair_label[k_row]]})
    weights = weights.groupby(["cluster", "term"], sort=False)["w"].sum().reset_index()
    weights["name"] = [terms[j] for j in weights["term"].tolist()]
    weights = weights.sort_values(["cluster", "w", "name"], ascending=[True, False, True], kind="mergesort")
    cluster_terms = {c: list(zip(g["name"].tolist()[:4], g["w"].tolist()[:4])) for c, g in weights.groupby("cluster", sort=False)}
    out = {"same_target_group": [bool(x) if k else None for x, k in zip(same_target, target_known)],
           "output_similarity": [float(x) if k else None for x, k in zip(output_sim, output_known)]}

    by_label = pd.Series(np.arange(m)).groupby(pair_label).indices
    clusters = []
    for c in order:
        members = by_label[c]
        rows_in = sorted(set(a[members].tolist()) | set(b[members].tolist()), key=lambda r: ids[r])
        top = cluster_terms.get(c, [])
        agencies = tuple(sorted(set(agency[rows_in])))
        lead, bidang, basis = lead_agency(
            [agency[r] for r in rows_in], [codes[r] for r in rows_in if codes[r]], [budgets[r] for r in rows_in],
            top, urusan_of, normalizer,
        )
        max_score = float(score[members].max())
        same_target = all(out["same_target_group"][i] for i in members)
        out_sims = [out["output_similarity"][i] for i in members if out["output_similarity"][i] is not None]
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
