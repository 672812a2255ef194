"""Synthetic cities in the data contract's format, with planted duplicates and their answer key.

For tests and benchmarks: realistic, not real. Each region gets a set of
agencies (perangkat daerah) holding bidang-urusan; each agency's programs take
their names and codes from the real planning nomenclature of its bidang
(``synergy/resources/nomenklatur-subkegiatan.csv``), routine support program
``01`` included, about a third written without a code as masterplans often do.
A share of the non-routine programs gets a **planted duplicate**: the same work
in another agency of the same region, renamed the way agencies do (synonyms
and acronyms from the lexicon swapped in, another administrative verb, an
agency flavour, no code or a code under the other agency's own urusan). Every
planted pair is listed in ``answer_key`` (``kind,a,b,note``, kind
``duplicate``). Same seed, same files; ids are unique across regions.

Examples
--------
>>> tables, key = generate_tables(regions=2, programs=60, seed=1)
>>> sorted(tables), len(tables["programs"]) == 120, tables["programs"]["id"].is_unique
(['agencies', 'datasets', 'programs'], True, True)
>>> (key["kind"] == "duplicate").all() and len(key) > 0
True
"""
from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import SynergyError

__all__ = ["generate_tables", "write_city", "read_city", "BIDANG_DIMENSION"]

#: A plausible dimension and element for the programs of each bidang-urusan.
BIDANG_DIMENSION = {
    "1.01": ("society", "learning"), "1.02": ("living", "health"), "1.03": ("living", "harmony"),
    "1.04": ("living", "harmony"), "1.05": ("society", "security"), "1.06": ("economy", "welfare"),
    "2.07": ("economy", "welfare"), "2.08": ("society", "community"), "2.09": ("economy", "welfare"),
    "2.10": ("living", "harmony"), "2.11": ("environment", "protection"), "2.12": ("governance", "public-service"),
    "2.13": ("society", "community"), "2.14": ("living", "health"), "2.15": ("living", "mobility"),
    "2.16": ("governance", "public-service"), "2.17": ("economy", "industry"), "2.18": ("branding", "business"),
    "2.19": ("society", "community"), "2.20": ("governance", "public-policy"), "2.21": ("governance", "bureaucracy"),
    "2.22": ("branding", "tourism"), "2.23": ("society", "learning"), "2.24": ("governance", "bureaucracy"),
    "3.25": ("economy", "industry"), "3.26": ("branding", "tourism"), "3.27": ("economy", "industry"),
    "3.28": ("environment", "protection"), "3.29": ("environment", "energy"), "3.30": ("economy", "industry"),
    "3.31": ("economy", "industry"), "3.32": ("economy", "welfare"),
}
_TARGETS = {
    "learning": "siswa dan guru", "health": "warga dan pasien", "harmony": "warga kota", "security": "masyarakat",
    "welfare": "keluarga miskin dan pencari kerja", "community": "kelompok masyarakat", "protection": "masyarakat",
    "public-service": "warga kota", "mobility": "pengguna jalan", "industry": "pelaku usaha", "business": "investor",
    "public-policy": "perangkat daerah", "bureaucracy": "perangkat daerah", "tourism": "wisatawan", "energy": "masyarakat",
}
_FLAVOURS = ["Terpadu", "Berbasis Aplikasi", "bagi Warga", "Tingkat Kelurahan", "Secara Daring", "Kota"]
_VERBS = ["Pengembangan", "Peningkatan", "Penyelenggaraan", "Pengelolaan", "Penguatan", "Optimalisasi"]
_DESCRIPTIONS = [
    "Kegiatan {name} untuk {target} di seluruh kelurahan",
    "{name}: pelaksanaan oleh perangkat daerah bagi {target}",
    "Program {name} dengan sasaran {target}",
    "",
    "",
]
_OUTPUTS = ["jumlah {target} yang terlayani", "dokumen {name} tersusun", "persentase capaian {name}", "", ""]


@functools.lru_cache(maxsize=1)
def _nomenclature_by_bidang() -> dict[str, tuple[list[str], list[str], list[str], list[str]]]:
    """bidang -> (routine codes, routine names, other codes, other names)."""
    from .routine import bidang_of, is_routine_code, nomenclature

    nom = nomenclature()
    out: dict[str, tuple[list, list, list, list]] = {}
    for code, name in zip(nom["code"], nom["name"]):
        b = bidang_of(code)
        if b not in BIDANG_DIMENSION:
            continue
        slot = out.setdefault(b, ([], [], [], []))
        if is_routine_code(code):
            slot[0].append(code), slot[1].append(name)
        else:
            slot[2].append(code), slot[3].append(name)
    return {b: v for b, v in out.items() if v[2]}


@functools.lru_cache(maxsize=1)
def _synonyms() -> dict[str, list[str]]:
    """Lower-case word or phrase -> other labels of the same lexicon concept."""
    from .text import default_lexicon

    table: dict[str, list[str]] = {}
    for labels in default_lexicon().concepts.values():
        usable = [l for l in labels if 2 < len(l) < 40 and l.lower() != "e"]
        for label in usable:
            others = [o for o in usable if o.lower() != label.lower()]
            if others:
                table[label.lower()] = others
    return table


def _paraphrase(name: str, rng: np.random.Generator) -> str:
    """Rename a program the way another agency would write the same work."""
    words = name.split()
    synonyms = _synonyms()
    out, i = [], 0
    while i < len(words):
        for length in (4, 3, 2, 1):
            phrase = " ".join(words[i : i + length]).lower().strip(",.()")
            if i + length <= len(words) and phrase in synonyms:
                choices = synonyms[phrase]
                out.append(choices[int(rng.integers(len(choices)))])
                i += length
                break
        else:
            out.append(words[i])
            i += 1
    if out and out[0] in _VERBS + ["Penyediaan", "Pembangunan", "Pelaksanaan", "Fasilitasi", "Koordinasi"]:
        out[0] = _VERBS[int(rng.integers(len(_VERBS)))]
    if rng.random() < 0.6:
        out.append(_FLAVOURS[int(rng.integers(len(_FLAVOURS)))])
    return " ".join(out)


def generate_tables(*, regions: int = 1, programs: int = 200, seed: int = 0, duplicate_rate: float = 0.03):
    """The three tables (DataFrames with contract columns, list cells as ``;`` text) and the answer key.

    Parameters
    ----------
    regions : int
        Number of regions (cities), each with its own agencies.
    programs : int
        Programs per region.
    seed : int
        Random seed; the same seed gives the same tables.
    duplicate_rate : float
        Share of each region's programs that are planted duplicates of another agency's program.

    Returns
    -------
    (dict of DataFrame, DataFrame)
        ``{"agencies", "programs", "datasets"}`` and the answer key (kind, a, b, note).
    """
    if regions < 1 or programs < 1:
        raise SynergyError("regions and programs must be at least 1")
    if not 0.0 <= duplicate_rate <= 0.5:
        raise SynergyError("duplicate_rate must be between 0 and 0.5")
    rng = np.random.default_rng(seed)
    nom = _nomenclature_by_bidang()
    bidang_all = sorted(nom)
    agencies, progs, datasets, key = [], [], [], []
    for r in range(regions):
        region = f"{35 + r // 99}.{r % 99 + 1:02d}"
        prefix = f"R{r + 1:03d}"
        n_agencies = int(min(len(bidang_all), max(3, min(30, programs // 40 + 3))))
        held = rng.permutation(bidang_all)[:n_agencies]
        agency_ids = [f"{prefix}-OPD{i + 1:02d}" for i in range(n_agencies)]
        for aid, b in zip(agency_ids, held):
            agencies.append({"id": aid, "name": f"Dinas Urusan {b} Wilayah {region}", "short_name": aid.split("-")[1],
                             "type": "dinas", "urusan": b, "region": region})
        n_dup = int(round(programs * duplicate_rate)) if n_agencies > 1 else 0
        n_base = programs - n_dup
        owner = rng.integers(n_agencies, size=n_base)
        routine = rng.random(n_base) < 0.3
        coded = rng.random(n_base) < 0.65
        rows = []
        drawn: dict[tuple, int] = {}  # (agency, routine?) -> how many names it has drawn
        order = {}
        for n in range(n_base):
            a = int(owner[n])
            b = held[a]
            rc, rn, oc, on = nom[b]
            use_routine = bool(routine[n] and rc)
            codes, names = (rc, rn) if use_routine else (oc, on)
            # each agency draws its bidang's names without repeats; past the end, "Tahap 2", "Tahap 3", ...
            slot = (a, use_routine)
            if slot not in order:
                order[slot] = rng.permutation(len(names))
            count = drawn.get(slot, 0)
            drawn[slot] = count + 1
            j = int(order[slot][count % len(names)])
            phase = count // len(names)
            name = names[j] + (f" Tahap {phase + 1}" if phase else "")
            rows.append((agency_ids[a], b, name, codes[j] if coded[n] else "", use_routine, names[j]))
        candidates = [i for i, row in enumerate(rows) if not row[4]]
        sources = rng.choice(candidates, size=min(n_dup, len(candidates)), replace=False) if n_dup and candidates else []
        region_progs = [_program(f"{prefix}-P{n + 1:06d}", agency, b, name, code, rng)
                        for n, (agency, b, name, code, _, _) in enumerate(rows)]
        progs.extend(region_progs)
        for d, src in enumerate(sources):
            agency, b, name, code, _, base_name = rows[src]
            others = [i for i in range(n_agencies) if agency_ids[i] != agency]
            other = others[int(rng.integers(len(others)))]
            new_b = held[other]
            new_code = "" if rng.random() < 0.6 else f"{new_b}.02.2.01.{int(rng.integers(1, 60)):04d}"
            dup = _program(f"{prefix}-P{n_base + d + 1:06d}", agency_ids[other], b, _paraphrase(name, rng), new_code, rng)
            base = region_progs[int(src)]
            dup["target_group"] = base["target_group"]
            dup["start_year"] = base["start_year"]
            dup["end_year"] = min(2031, base["end_year"] + int(rng.integers(0, 2)))
            progs.append(dup)
            # the same work also sits in the source agency's other phases of that name
            for i, row in enumerate(rows):
                if row[0] == agency and row[5] == base_name:
                    key.append({"kind": "duplicate", "a": region_progs[i]["id"], "b": dup["id"],
                                "note": f"planted: {row[2]} / {dup['name']}"})
        datasets.append({"id": f"{prefix}-DS01", "name": f"Data Kependudukan Wilayah {region}",
                         "producer": agency_ids[0], "keywords": "penduduk;nik"})
    tables = {
        "agencies": pd.DataFrame(agencies, columns=["id", "name", "short_name", "type", "urusan", "region"]),
        "programs": pd.DataFrame(progs, columns=["id", "name", "agency", "dimension", "element", "description",
                                                 "target_group", "output", "code", "budget", "start_year", "end_year"]),
        "datasets": pd.DataFrame(datasets, columns=["id", "name", "producer", "keywords"]),
    }
    return tables, pd.DataFrame(key, columns=["kind", "a", "b", "note"])


def _program(pid, agency, bidang, name, code, rng) -> dict:
    dimension, element = BIDANG_DIMENSION[bidang]
    target = _TARGETS[element]
    start = int(rng.integers(2022, 2030))
    return {
        "id": pid, "name": name, "agency": agency, "dimension": dimension, "element": element,
        "description": _DESCRIPTIONS[int(rng.integers(len(_DESCRIPTIONS)))].format(name=name.lower(), target=target),
        "target_group": target if rng.random() < 0.7 else "",
        "output": _OUTPUTS[int(rng.integers(len(_OUTPUTS)))].format(target=target, name=name.lower()), "code": code,
        "budget": int(rng.integers(5, 500)) * 10_000_000, "start_year": start,
        "end_year": min(2031, start + int(rng.integers(0, 5))),
    }


def write_city(folder, *, regions: int = 1, programs: int = 200, seed: int = 0, duplicate_rate: float = 0.03,
               fmt: str = "csv") -> list[Path]:
    """Write :func:`generate_tables` to ``folder`` as CSV (the data contract) or Parquet; returns the paths."""
    from .output import write_text_atomic

    if fmt not in ("csv", "parquet"):
        raise SynergyError(f"unknown format {fmt!r}; use csv or parquet")
    if fmt == "parquet":
        from .optional import require

        require("pyarrow", "store")
    tables, key = generate_tables(regions=regions, programs=programs, seed=seed, duplicate_rate=duplicate_rate)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in [*tables.items(), ("answer_key", key)]:
        if fmt == "csv":
            path = folder / f"{name}.csv"
            write_text_atomic(path, frame.to_csv(index=False, lineterminator="\n"))
        else:
            path = folder / f"{name}.parquet"
            frame.to_parquet(path, index=False)
        written.append(path)
    return written


def read_city(folder):
    """Read a generated folder (CSV or Parquet) straight into a CityModel, without validation.

    For benchmarks of the analyses at scale; user data goes through
    :func:`synergy.ingest.load_model`.
    """
    from .model import CityModel
    from .normalize import split_list
    from .schema import TABLES

    folder = Path(folder)
    frames = {}
    if (folder / "programs.parquet").exists():
        from .optional import require

        require("pyarrow", "store")
    for name in ("agencies", "programs", "datasets"):
        parquet, csv_path = folder / f"{name}.parquet", folder / f"{name}.csv"
        frame = pd.read_parquet(parquet) if parquet.exists() else pd.read_csv(csv_path, dtype=str, keep_default_na=False)
        table = TABLES[name]
        data = {}
        for col in table.columns:
            values = frame[col.name] if col.name in frame else pd.Series([""] * len(frame))
            if col.kind in ("list", "reflist", "enumlist"):
                codes, distinct = pd.factorize(values.astype(str))  # split each distinct cell once
                split = np.empty(len(distinct) + 1, dtype=object)
                split[:-1] = [split_list(v) for v in distinct]
                split[-1] = ()
                data[col.name] = pd.Series(split[codes], index=frame.index, dtype=object)
            elif col.kind in ("money", "year"):
                data[col.name] = pd.to_numeric(values.replace("", None), errors="coerce").astype("Int64")
            else:
                data[col.name] = values.astype(str).replace("nan", "")
        frames[name] = pd.DataFrame(data, columns=table.column_names)
    return CityModel(frames["agencies"], frames["programs"], frames["datasets"])
