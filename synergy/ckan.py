"""Read a Satu Data (CKAN) portal's catalogue into agencies and datasets.

Regional Satu Data portals mostly run CKAN: an *organization* is an agency
(OPD), a *package* is a dataset, a *resource* a file or API of it, *tags* its
keywords. :func:`import_ckan` reads the JSON that CKAN's action API returns,
saved to files, exactly as it comes:

- ``package_search``: ``{"help": ..., "success": true, "result": {"count": N,
  "results": [package, ...], ...}}``; a long catalogue comes in pages
  (``rows``/``start``), one file per page in a folder;
- ``package_show``: ``{"success": true, "result": package}``;
- ``organization_list`` (with or without ``all_fields=true``): ``{"success":
  true, "result": ["name", ...] or [organization, ...]}``.

Files without the envelope (just the ``result``) are accepted too. Each
organisation is matched to an existing agency id when a city is given: by id,
name, title or short name (case, punctuation and the words "kota"/"kabupaten"
ignored), then by fuzzy similarity (:mod:`difflib`). What does not match
becomes a new agency, reported as such.

Kept from each package, as extra dataset columns: ``license_id``,
``license_title``, ``license_url``, ``maintainer``, ``maintainer_email``,
``ckan_id``, ``ckan_groups``, ``metadata_modified`` and ``resources`` (JSON:
name, format, url, description of each resource), so that the DCAT export can
give them back.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InvalidData, Problem
from .normalize import bilingual
from .progress import no_progress
from .schema import ID_PATTERN

__all__ = [
    "CKAN_EXTRA_COLUMNS", "NO_ORGANIZATION", "CkanImport", "import_ckan", "read_ckan_files",
    "match_organizations",
]

CKAN_EXTRA_COLUMNS = (
    "license_id", "license_title", "license_url", "maintainer", "maintainer_email",
    "ckan_id", "ckan_groups", "metadata_modified", "resources",
)
#: Producer given to packages that belong to no organisation (reported).
NO_ORGANIZATION = "TANPA-ORGANISASI"
_FREQUENCY_KEYS = ("frekuensi", "frequency", "update_frequency", "frekuensi_pemutakhiran", "accrual_periodicity")
_ID_RE = re.compile(ID_PATTERN)
_MATCH_COLUMNS = ("organization", "title", "agency", "match", "score", "packages")


@dataclass(frozen=True)
class CkanImport:
    """What an import found: the city to write, and how organisations matched.

    ``matches`` has one row per organisation: ``organization`` (CKAN name),
    ``title``, ``agency`` (the id used), ``match`` (the agency column that
    matched exactly: ``id``, ``short_name`` or ``name``; else ``fuzzy`` or
    ``new``), ``score`` (1.0 for exact matches, the similarity for fuzzy ones)
    and ``packages`` (how many of its packages were read).
    """

    model: object
    matches: object
    warnings: tuple = ()
    portal: str = ""

    @property
    def unmatched(self) -> list[str]:
        """CKAN names of organisations that matched no existing agency."""
        m = self.matches
        return list(m.loc[m["match"] == "new", "organization"])


# ------------------------------------------------------------------ reading files
@dataclass
class _Catalogue:
    packages: dict = field(default_factory=dict)  # package id -> package dict
    organizations: dict = field(default_factory=dict)  # org name -> org dict
    counts: list = field(default_factory=list)  # (file, count) of package_search pages
    portal: str = ""
    problems: list = field(default_factory=list)


def read_ckan_files(path, *, progress=no_progress):
    """Packages and organisations from a JSON file or a folder of them.

    Returns ``(packages, organizations, portal, problems)``: packages in
    reading order (a package seen twice is kept once, its newest version),
    organisations by CKAN name, the portal's base URL when the ``help`` field
    tells it, and the problems found (errors and warnings).
    """
    path = Path(path)
    cat = _Catalogue()
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and not p.name.startswith("."))
        if not files:
            cat.problems.append(Problem(path.name + "/", 0, "", bilingual(
                "tidak ada berkas .json di folder ini", "no .json file in this folder")))
    elif path.exists():
        files = [path]
    else:
        files = []
        cat.problems.append(Problem(str(path), 0, "", bilingual("berkas atau folder tidak ditemukan",
                                                                "no such file or folder")))
    for file in progress(files, label="membaca / reading", total=len(files)):
        _read_file(file, cat)
    _check_counts(cat)
    return list(cat.packages.values()), cat.organizations, cat.portal, cat.problems


def _read_file(file: Path, cat: _Catalogue) -> None:
    where = file.name
    try:
        data = json.loads(file.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        cat.problems.append(Problem(where, 0, "", bilingual(
            "bukan teks UTF-8: simpan jawaban API apa adanya", "not UTF-8 text: save the API response as it came")))
        return
    except json.JSONDecodeError as exc:
        cat.problems.append(Problem(where, exc.lineno, "", bilingual(
            f"bukan JSON yang sah ({exc.msg}, kolom {exc.colno}): unduh ulang jawaban API-nya",
            f"not valid JSON ({exc.msg}, column {exc.colno}): download the API response again")))
        return
    except OSError as exc:
        cat.problems.append(Problem(where, 0, "", bilingual(f"tidak dapat dibaca ({exc.strerror or exc})",
                                                            f"cannot read: {exc.strerror or exc}")))
        return
    if isinstance(data, dict) and "success" in data:
        if data.get("success") is not True:
            error = data.get("error") or {}
            message = error.get("message") if isinstance(error, dict) else error
            message = message or "success is false"
            cat.problems.append(Problem(where, 0, "", bilingual(
                f"portal menjawab dengan galat: {message}; unduh ulang",
                f"the portal answered with an error: {message}; download it again")))
            return
        help_url = data.get("help")
        if isinstance(help_url, str) and "/api/" in help_url and not cat.portal:
            cat.portal = help_url.split("/api/", 1)[0]
        data = data.get("result")
    if isinstance(data, dict) and isinstance(data.get("results"), list):  # package_search
        cat.counts.append((where, data.get("count")))
        for i, package in enumerate(data["results"], start=1):
            _add_package(package, where, i, cat)
    elif isinstance(data, dict) and "name" in data and ("resources" in data or "owner_org" in data):
        _add_package(data, where, 1, cat)  # package_show
    elif isinstance(data, list) and all(isinstance(x, (str, dict)) for x in data):  # organization_list
        for org in data:
            _add_organization(org if isinstance(org, dict) else {"name": org}, cat)
    else:
        cat.problems.append(Problem(where, 0, "", bilingual(
            "bukan jawaban CKAN package_search, package_show atau organization_list: simpan JSON dari "
            "/api/3/action/package_search?rows=1000 (satu berkas per halaman)",
            "not a CKAN package_search, package_show or organization_list response: "
            "save the JSON of /api/3/action/package_search?rows=1000 (one file per page)")))


def _add_organization(org: dict, cat: _Catalogue) -> None:
    name = str(org.get("name") or "").strip()
    if not name:
        return
    known = cat.organizations.get(name, {})
    # A full organisation dict (all_fields=true, or embedded in a package) wins over a bare name.
    cat.organizations[name] = {**known, **{k: v for k, v in org.items() if v not in (None, "")}}


def _add_package(package, where: str, index: int, cat: _Catalogue) -> None:
    if not isinstance(package, dict) or not package.get("name"):
        cat.problems.append(Problem(where, index, "name", bilingual(
            "paket tanpa nama: tidak bisa menjadi data", "package without a name: it cannot become a dataset")))
        return
    if package.get("state", "active") not in ("active", None):
        return  # deleted or draft packages are not part of the catalogue
    key = package.get("id") or package["name"]
    known = cat.packages.get(key)
    if known is None or str(package.get("metadata_modified") or "") >= str(known.get("metadata_modified") or ""):
        cat.packages[key] = {**package, "_where": f"{where}#{index}"}
    org = package.get("organization")
    if isinstance(org, dict) and org.get("name"):
        _add_organization(org, cat)


def _check_counts(cat: _Catalogue) -> None:
    counts = {c for _, c in cat.counts if isinstance(c, int)}
    if not counts:
        return
    expected = max(counts)
    found = sum(1 for p in cat.packages.values() if "#" in p.get("_where", ""))
    pages = [w for w, _ in cat.counts]
    if found < expected:
        cat.problems.append(Problem(pages[0], 0, "", bilingual(
            f"package_search menyebut {expected} paket, tetapi berkasnya hanya berisi {found}: ada halaman yang "
            "hilang (minta setiap halaman dengan rows dan start)",
            f"package_search says {expected} packages but the files hold {found}: "
            "a page is missing (request every page with rows and start)"), "warning"))


# ------------------------------------------------------------------ matching
_STOP = {"kota", "kabupaten", "kab", "pemerintah", "pemkot", "pemkab", "of", "the"}


_PLACE_RE = re.compile(r"\b(?:kota|kabupaten|kab|pemkot|pemkab)\b\s+[a-z0-9]+")


def _fold(text: str) -> str:
    """Fold a name for matching: lower case, letters and digits, the place dropped.

    Portals write "Dinas Kesehatan Kota Pasuruan" where the city's own list
    says "Dinas Kesehatan": "kota/kabupaten <name>" is removed.

    >>> _fold("Dinas Kesehatan Kota Pasuruan"), _fold("dinas-kesehatan"), _fold("Satpol PP Kab. Malang")
    ('dinas kesehatan', 'dinas kesehatan', 'satpol pp')
    """
    text = " ".join(re.findall(r"[a-z0-9]+", str(text).lower()))
    text = _PLACE_RE.sub(" ", text)
    return " ".join(w for w in text.split() if w not in _STOP)


def _strip_place(text: str, places: set) -> str:
    return " ".join(w for w in text.split() if w not in places)


def match_organizations(organizations: dict, agencies=None, *, cutoff: float = 0.85):
    """Map CKAN organisations to agency ids; a DataFrame with one row per organisation.

    Parameters
    ----------
    organizations : dict
        CKAN name -> organisation dict (``name``, ``title``, ...).
    agencies : DataFrame, optional
        The city's agencies table (``id``, ``name``, ``short_name``).
    cutoff : float
        Least :class:`difflib.SequenceMatcher` ratio for a fuzzy match.

    Examples
    --------
    >>> import pandas as pd
    >>> city = pd.DataFrame({"id": ["DINKES", "DISKOMINFOTIK"], "name": ["Dinas Kesehatan",
    ...     "Dinas Komunikasi, Informatika dan Statistik"], "short_name": ["Dinkes", "Diskominfotik"]})
    >>> orgs = {"dinas-kesehatan-kota-pasuruan": {"title": "Dinas Kesehatan Kota Pasuruan"},
    ...         "diskominfotik": {"title": "Diskominfotik"},
    ...         "dinas-komunikasi-informatika-statistik": {"title": "Dinas Komunikasi Informatika & Statistik"},
    ...         "bps": {"title": "Badan Pusat Statistik"}}
    >>> print(match_organizations(orgs, city)[["organization", "agency", "match"]].to_string(index=False))
                              organization        agency match
                                       bps           BPS   new
             dinas-kesehatan-kota-pasuruan        DINKES  name
    dinas-komunikasi-informatika-statistik DISKOMINFOTIK fuzzy
                             diskominfotik DISKOMINFOTIK    id
    """
    import pandas as pd

    exact: dict[str, tuple[str, str]] = {}  # folded text -> (agency id, how)
    candidates: dict[str, str] = {}  # folded name -> agency id, for fuzzy matching
    ids: set[str] = set()
    if agencies is not None and len(agencies):
        for how in ("id", "short_name", "name"):
            if how not in agencies.columns:
                continue
            for agency_id, value in zip(agencies["id"], agencies[how]):
                folded = _fold(value)
                if folded:
                    exact.setdefault(folded, (agency_id, how))
                    if how != "id":
                        candidates.setdefault(folded, agency_id)
        ids = set(agencies["id"])
    # Words every organisation title shares (the city's name) carry no signal.
    places = _common_words(organizations)
    stripped = [(_strip_place(cand_text, places), agency_id) for cand_text, agency_id in candidates.items()]
    rows = []
    used_new: set[str] = set()
    for name in sorted(organizations):
        org = organizations[name]
        title = str(org.get("title") or org.get("display_name") or "")
        found = None
        for text in (name, title):
            key = _fold(text)
            for candidate in (key, _strip_place(key, places)):
                hit = exact.get(candidate) if candidate else None
                if hit:
                    found = (hit[0], hit[1], 1.0)  # how = the agency column that matched
                    break
            if found:
                break
        if found is None and candidates:
            best, best_score = None, 0.0
            for text in {_strip_place(_fold(title), places), _strip_place(_fold(name), places)} - {""}:
                for cand_text, agency_id in stripped:
                    score = difflib.SequenceMatcher(None, text, cand_text).ratio()
                    if score > best_score:
                        best, best_score = agency_id, score
            if best is not None and best_score >= cutoff:
                found = (best, "fuzzy", round(best_score, 3))
        if found is None:
            new_id = _new_agency_id(name, ids | used_new)
            used_new.add(new_id)
            found = (new_id, "new", 0.0)
        rows.append({"organization": name, "title": title, "agency": found[0], "match": found[1],
                     "score": found[2], "packages": 0})
    return pd.DataFrame(rows, columns=list(_MATCH_COLUMNS))


def _common_words(organizations: dict) -> set:
    """Words found in at least half the organisation titles (e.g. the city's name)."""
    titles = [set(_fold(o.get("title") or "").split()) for o in organizations.values()]
    titles = [t for t in titles if t]
    if len(titles) < 4:
        return set()
    counts: dict[str, int] = {}
    for words in titles:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    generic = {"dinas", "badan", "bagian", "kantor", "sekretariat"}
    return {w for w, c in counts.items() if c * 2 >= len(titles) and w not in generic}


def _new_agency_id(name: str, taken: set) -> str:
    """An agency id from a CKAN organisation name, unique among ``taken``.

    >>> _new_agency_id("dinas-kesehatan", set()), _new_agency_id("bps", {"BPS"})
    ('DINAS-KESEHATAN', 'BPS-2')
    """
    base = re.sub(r"[^A-Za-z0-9_.\-]+", "-", name).strip("-_.").upper() or "ORGANISASI"
    if not _ID_RE.match(base):
        base = "ORG-" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# ------------------------------------------------------------------ the import
def import_ckan(path, agencies=None, *, cutoff: float = 0.85, progress=no_progress) -> CkanImport:
    """A city (agencies and datasets) from a CKAN portal's saved API responses.

    Parameters
    ----------
    path : path
        A JSON file, or a folder of them (pages of ``package_search``,
        ``package_show`` and ``organization_list`` responses).
    agencies : CityModel, optional
        The city as known: organisations are mapped to its agency ids, and
        the matched agencies' rows are carried over unchanged.
    cutoff : float
        Least similarity (0-1) for a fuzzy organisation match.

    Raises
    ------
    synergy.errors.InvalidData
        When a file cannot be read as a CKAN response, or nothing was found.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "package_show.json"
    >>> _ = f.write_text(json.dumps({"help": "https://data.example.go.id/api/3/action/help_show?name=package_show",
    ...     "success": True, "result": {"name": "jumlah-penduduk", "title": "Jumlah Penduduk",
    ...     "owner_org": "1", "organization": {"name": "disdukcapil", "title": "Dinas Kependudukan"},
    ...     "tags": [{"name": "penduduk"}], "resources": [{"format": "CSV", "url": "https://x/p.csv"}]}}))
    >>> result = import_ckan(f)
    >>> result.model.datasets.loc[0, ["id", "producer", "keywords", "format", "url"]].tolist()
    ['jumlah-penduduk', 'DISDUKCAPIL', ('penduduk',), 'csv', 'https://data.example.go.id/dataset/jumlah-penduduk']
    >>> result.unmatched
    ['disdukcapil']
    """
    from .model import CityModel, make_table

    packages, organizations, portal, problems = read_ckan_files(path, progress=progress)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise InvalidData(problems)
    if not packages and not organizations:
        raise InvalidData([*problems, Problem(Path(path).name, 0, "", bilingual(
            "tidak ada paket atau organisasi", "no package or organisation found"))])
    city_agencies = agencies.agencies if agencies is not None else None
    matches = match_organizations(organizations, city_agencies, cutoff=cutoff)
    agency_of = dict(zip(matches["organization"], matches["agency"]))
    # owner_org holds the organisation's uuid; map it too.
    for name, org in organizations.items():
        if org.get("id"):
            agency_of.setdefault(str(org["id"]), agency_of[name])

    dataset_rows, counts, orphans = [], {}, []
    taken = set(city_agencies["id"]) if city_agencies is not None else set()
    for package in packages:
        org = package.get("organization") if isinstance(package.get("organization"), dict) else {}
        org_key = org.get("name") or package.get("owner_org") or ""
        producer = agency_of.get(org_key)
        if producer is None:
            producer = NO_ORGANIZATION
            orphans.append(package["name"])
        counts[org.get("name") or org_key] = counts.get(org.get("name") or org_key, 0) + 1
        row = _dataset_row(package, producer, portal)
        if not _ID_RE.match(row["id"]):
            problems.append(Problem(package.get("_where", ""), 0, "name", bilingual(
                f"nama paket {row['id']!r} bukan kode yang sah; tidak diimpor",
                f"package name {row['id']!r} is not a valid id; it was not imported")))
            continue
        if row["id"] in taken:
            problems.append(Problem(package.get("_where", ""), 0, "name", bilingual(
                f"nama paket {row['id']!r} sudah dipakai sebagai kode OPD; tidak diimpor",
                f"package name {row['id']!r} is already an agency id; it was not imported")))
            continue
        dataset_rows.append(row)
    matches = matches.assign(packages=[counts.get(o, 0) for o in matches["organization"]])
    if any(p.is_error for p in problems):
        raise InvalidData(problems)

    agency_rows = []
    existing = {}
    if city_agencies is not None:
        existing = {r["id"]: r for r in city_agencies.to_dict(orient="records")}
    for org_name, agency_id, how in zip(matches["organization"], matches["agency"], matches["match"]):
        if agency_id in {r["id"] for r in agency_rows}:
            continue
        if how != "new" and agency_id in existing:
            agency_rows.append(existing[agency_id])
        else:
            org = organizations[org_name]
            agency_rows.append({"id": agency_id, "name": org.get("title") or org.get("display_name") or org_name,
                                "roles": ("produsen-data",)})
    if orphans:
        agency_rows.append({"id": NO_ORGANIZATION, "name": "Tanpa organisasi di portal (CKAN)", "type": "external"})
        listed = ", ".join(orphans[:5])
        problems.append(Problem(Path(path).name, 0, "", bilingual(
            f"{len(orphans)} paket tidak punya organisasi; produsennya diisi {NO_ORGANIZATION}: {listed}",
            f"{len(orphans)} package(s) belong to no organisation; producer set to {NO_ORGANIZATION}: {listed}"),
            "warning"))
    agency_extras = tuple(c for c in (city_agencies.columns if city_agencies is not None else ())
                          if c not in make_table("agencies", []).columns)
    model = CityModel(
        make_table("agencies", agency_rows, agency_extras),
        make_table("programs", []),
        make_table("datasets", dataset_rows, CKAN_EXTRA_COLUMNS),
    )
    return CkanImport(model, matches.reset_index(drop=True), tuple(problems), portal)


def _dataset_row(package: dict, producer: str, portal: str) -> dict:
    resources = [r for r in package.get("resources") or [] if isinstance(r, dict)]
    formats = []
    for r in resources:
        fmt = str(r.get("format") or "").strip().lower()
        if fmt and fmt not in formats:
            formats.append(fmt)
    tags = []
    for tag in package.get("tags") or []:
        text = (tag.get("display_name") or tag.get("name")) if isinstance(tag, dict) else tag
        if text and str(text).strip() not in tags:
            tags.append(str(text).strip())
    extras = {}
    for item in package.get("extras") or []:
        if isinstance(item, dict) and item.get("key"):
            extras[str(item["key"]).strip().lower()] = str(item.get("value") or "").strip()
    frequency = next((extras[k] for k in _FREQUENCY_KEYS if extras.get(k)), "")
    if portal:
        url = f"{portal}/dataset/{package['name']}"
    else:
        url = package.get("url") or next((r.get("url") for r in resources if r.get("url")), "") or ""
    groups = [g.get("title") or g.get("display_name") or g.get("name") for g in package.get("groups") or []
              if isinstance(g, dict)]
    return {
        "id": str(package["name"]).strip(),
        "name": str(package.get("title") or package["name"]).strip(),
        "producer": producer,
        "description": str(package.get("notes") or "").strip(),
        "keywords": tuple(tags),
        "classification": "terbatas" if package.get("private") else "terbuka",
        "frequency": frequency,
        "format": ", ".join(formats),
        "url": url,
        "license_id": str(package.get("license_id") or ""),
        "license_title": str(package.get("license_title") or ""),
        "license_url": str(package.get("license_url") or ""),
        "maintainer": str(package.get("maintainer") or package.get("author") or ""),
        "maintainer_email": str(package.get("maintainer_email") or package.get("author_email") or ""),
        "ckan_id": str(package.get("id") or ""),
        "ckan_groups": ";".join(str(g) for g in groups if g),
        "metadata_modified": str(package.get("metadata_modified") or ""),
        "resources": json.dumps(
            [{k: r.get(k) or "" for k in ("name", "format", "url", "description")} for r in resources],
            ensure_ascii=False) if resources else "",
    }
