"""Read the Renstra PD exports of the ippd planning platform (NurulFaisolRahman/ippd) into the data
contract: one converter for every kabupaten whose exports are kept here
(kabsitubondo-renstra2025, kabbanyuwangi-renstra2025). Each folder's convert.py names its files, their
commits, lengths and hashes, and its region, and calls :func:`convert`; what is read, kept and dropped
is described in each folder's ORIGIN.md. Python stdlib only; deterministic.
"""
import csv
import hashlib
import html
import os
import re
import subprocess
from decimal import Decimal

from sqldump import all_rows  # beside this file; the converters put this folder on sys.path

YEARS = (2026, 2027, 2028, 2029, 2030)

# Each file holds one bcrypt password hash (table `akun_instansi`, a unit's platform account). The raw
# copies kept here have it replaced by a placeholder of the same length (credentials are not
# republished); each folder records the SHA-256 of each copy so redacted. Nothing the converter reads
# changes.
PASSWORD_HASH = re.compile(r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}")
REDACTED = '[bcrypt password hash removed by synergy]-------------------'


PROGRAM_COLUMNS = ["id", "name", "agency", "description", "objective", "target_group", "output",
                   "code", "budget", "start_year", "end_year",
                   # extra columns, after the contract's
                   "program", "program_code", "kegiatan", "kegiatan_code", "kegiatan_id",
                   "bidang_urusan", "bidang_code", "sasaran", "satuan",
                   "budget_2026", "budget_2027", "budget_2028", "budget_2029", "budget_2030",
                   "budget_source", "output_source"]

def clean(value):
    if value is None:
        return ""
    return html.unescape(str(value)).strip()


def money(value):
    """'572499999.05' -> Decimal; None or '' -> None."""
    value = clean(value)
    return Decimal(value) if value else None


def fmt(amount):
    if amount is None:
        return ""
    amount = amount.quantize(Decimal("0.01"))
    return str(amount.quantize(Decimal(1))) if amount == amount.to_integral_value() else str(amount)


def agency_type(name):
    first = name.split()[0].upper()
    return {"DINAS": "dinas", "BADAN": "badan", "SEKRETARIAT": "sekretariat",
            "KECAMATAN": "kecamatan"}.get(first, "")


def read_files(here, files, redacted_sha256, git_dir):
    for path, commit, chars, sha in files:
        if git_dir:
            data = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                                  check=True, capture_output=True).stdout
        else:
            with open(os.path.join(here, "raw", path), "rb") as f:
                data = f.read()
        text = data.decode("utf-8")
        if git_dir:  # as published: check it, then take the password hash out as the raw copies have it
            digest = hashlib.sha256(data).hexdigest()
            if len(text) != chars or digest != sha:
                print(f"warning, git blob differs from the raw copy read from the index: {path}: {len(text)} "
                      f"chars, sha256 {digest}; recorded {chars}, {sha}")
            text = PASSWORD_HASH.sub(REDACTED, text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if not git_dir and (len(text) != chars or digest != redacted_sha256[path]):
            raise SystemExit(f"raw copy differs from the recorded one: {path}: {len(text)} chars, sha256 {digest}; "
                             f"recorded {chars}, {redacted_sha256[path]}")
        yield path, text


def write_csv(here, name, columns, records):
    with open(os.path.join(here, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(records)


def convert(here, region, files, redacted_sha256, args, usage):
    """Write agencies.csv, programs.csv and programs_wilayah.csv in ``here`` from the exports ``files``
    (its raw copies, or a bare git dir given as the one argument in ``args``)."""
    if len(args) > 1:
        raise SystemExit(usage)
    git_dir = args[0] if args else None

    agencies, main_rows, wilayah_rows, dropped = [], [], [], []
    seen_ids = set()
    for path, text in read_files(here, files, redacted_sha256, git_dir):
        tables = all_rows(text)
        # the header's record counts are the exporter's own; check that every row was read
        for m in re.finditer(r"-- Table: (\w+) \((\d+) records\)", text):
            if len(tables.get(m.group(1), [])) != int(m.group(2)):
                raise SystemExit(f"{path}: {m.group(1)} has {len(tables.get(m.group(1), []))} rows, "
                                 f"header says {m.group(2)}")

        (account,) = tables["akun_instansi"]
        if account["kodewilayah"] != region:
            raise SystemExit(f"{path}: kodewilayah {account['kodewilayah']}")
        agency = f"instansi-{account['id']}"
        agency_name = clean(account["nama"])
        header = re.search(r"^-- PERANGKAT DAERAH: (.*)$", text, re.M).group(1)
        # short name: the header's abbreviation in parentheses ("... (DISDIKBUD)"), or the
        # header's name itself when it differs from the account's other than in letter case
        # (Situbondo's "RSUD DR. ABDOER RAHEM"; Banyuwangi's headers are its accounts' names,
        # the kecamatan upper-cased, so none)
        short = re.search(r"\(([^()]+)\)\s*$", header)
        short = short.group(1) if short else clean(header)
        if " ".join(short.split()).upper() == " ".join(agency_name.split()).upper():
            short = ""
        kind = agency_type(agency_name)
        agencies.append({"id": agency, "name": agency_name, "short_name": short,
                         "type": kind, "region": region})

        programs = {r["id"]: r for r in tables["renstra_program"]}
        kegiatans = {r["id"]: r for r in tables["renstra_kegiatan"]}
        indicators, targets = {}, {}
        for r in tables.get("renstra_sub_kegiatan_indikator", []):
            indicators.setdefault(r["sub_kegiatan_id"], []).append(r)
        for r in tables.get("renstra_sub_kegiatan_sasaran", []):
            targets.setdefault(r["sub_kegiatan_id"], []).append(r)
        order = lambda r: (int(r["urutan"] or 0), int(r["id"]))

        rows = wilayah_rows if kind == "kecamatan" else main_rows
        for sk in tables["renstra_sub_kegiatan"]:
            name = clean(sk["nama"])
            if not name:
                dropped.append((path, sk["id"]))
                continue
            rid = f"subkeg-{sk['id']}"
            if rid in seen_ids:
                raise SystemExit(f"{rid} appears twice")
            seen_ids.add(rid)
            keg = kegiatans[sk["kegiatan_id"]]
            prog = programs[keg["program_id"]]
            code = clean(sk["kode_nomenklatur"])
            ind = sorted(indicators.get(sk["id"], []), key=order)

            # budget: the sub kegiatan's own yearly columns; if it has none (all NULL), the sum
            # of its indicator rows' yearly amounts (only Bapperida's export needs this)
            years = {y: money(sk[f"anggaran_{y}"]) for y in YEARS}
            source = "sub_kegiatan"
            if all(v is None for v in years.values()):
                source = "indikator" if ind else ""
                years = {y: (sum((money(r[f"anggaran_{y}"]) or Decimal(0) for r in ind), Decimal(0))
                             if ind else None) for y in YEARS}
            total = None if all(v is None for v in years.values()) else \
                sum((v or Decimal(0) for v in years.values()), Decimal(0))

            output, output_source, satuan = clean(sk["indikator"]), "sub_kegiatan", clean(sk["satuan"])
            if not output:
                texts = [clean(r["indikator"]) for r in ind if clean(r["indikator"])]
                output, output_source = "; ".join(texts), ("indikator" if texts else "")
                satuan = satuan or "; ".join(clean(r["satuan"]) for r in ind if clean(r["satuan"]))
            sasaran = clean(sk["sasaran"]) or "; ".join(
                clean(r["sasaran_text"]) for r in sorted(targets.get(sk["id"], []), key=order)
                if clean(r["sasaran_text"]))

            routine = code.split(".")[2] == "01"
            rows.append({
                "id": rid, "name": name, "agency": agency,
                "description": "", "objective": "", "target_group": "", "output": output,
                "code": code, "budget": fmt(total), "start_year": "", "end_year": "",
                "program": clean(prog["nama"]), "program_code": clean(prog["kode_program"]),
                "kegiatan": clean(keg["nama"]), "kegiatan_code": clean(keg["kode_nomenklatur"]),
                "kegiatan_id": keg["id"],
                "bidang_urusan": "Rutin" if routine else ".".join(code.split(".")[:2]),
                "bidang_code": ".".join(code.split(".")[:2]),
                "sasaran": sasaran, "satuan": satuan,
                **{f"budget_{y}": fmt(years[y]) for y in YEARS},
                "budget_source": source, "output_source": output_source,
            })

    write_csv(here, "agencies.csv", ["id", "name", "short_name", "type", "region"], agencies)
    write_csv(here, "programs.csv", PROGRAM_COLUMNS, main_rows)
    write_csv(here, "programs_wilayah.csv", PROGRAM_COLUMNS, wilayah_rows)
    print(f"files {len(files)}; agencies {len(agencies)}; sub kegiatan rows "
          f"{len(main_rows) + len(wilayah_rows)}: programs.csv {len(main_rows)}, "
          f"programs_wilayah.csv {len(wilayah_rows)}; dropped (no name) {len(dropped)}")
