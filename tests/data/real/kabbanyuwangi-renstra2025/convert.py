#!/usr/bin/env python3
"""Convert Kabupaten Banyuwangi's Renstra PD 2025-2030 exports (ippd platform) into the data contract.

Usage: python convert.py                      reads the raw copies in ./raw/ (the default)
       python convert.py /path/to/NurulFaisolRahman+ippd.git
                                              reads the same files from a bare git dir through
                                              `git show <commit>:<path>`, at the commits below

Source: the public repository NurulFaisolRahman/ippd (a consultant's multi-region planning
platform). Each file `update_renstrapd_<unit>_banyuwangi.sql` is the platform's SQL export of
one unit's Renstra PD (strategic plan 2025-2030) of Kabupaten Banyuwangi (Kemendagri 35.10):
the unit's account (`akun_instansi`), its tujuan, sasaran, programs, kegiatan and sub kegiatan
with indicators, targets and indicative budgets for 2026-2030. The files were added to the
repository in September 2026 and no fetched snapshot holds them, so their text, read from a
code index, is kept in ./raw/ (length and SHA-256 of each recorded below and in ORIGIN.md).

One output row is one sub kegiatan (`renstra_sub_kegiatan`) of one unit, in source order
(files in the order below, rows in file order). Rows of the 10 kecamatan go to
programs_wilayah.csv (same columns), those of the 9 other units to programs.csv. Routine
support rows (sub kegiatan code X.XX.01.*, program "PROGRAM PENUNJANG URUSAN PEMERINTAHAN
DAERAH KABUPATEN/KOTA") have bidang_urusan = "Rutin". Password hashes in `akun_instansi`
and everything above program level are not read. Python stdlib only; deterministic.
Same method and columns as ../kabsitubondo-renstra2025/convert.py (same platform).
"""
import csv
import hashlib
import html
import os
import re
import subprocess
import sys
from decimal import Decimal

REGION = "35.10"  # Kabupaten Banyuwangi (Kemendagri code)
HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = (2026, 2027, 2028, 2029, 2030)

# (path in the repository, commit of the stored version read, characters, SHA-256 of the UTF-8 text as
# published); the 9 perangkat daerah, then the 10 kecamatan, each group in alphabetical order
FILES = [
    ("update_renstrapd_bakesbangpol_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 52713, "9884877ea9244900f0ac688a691f19831d4be5485fb57f1dd224c5f14c487395"),
    ("update_renstrapd_bapenda_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 39917, "25e3dbc38bdaf199ac6fb96b378ad330b061a84bfca7add8689a48cc0a68a02c"),
    ("update_renstrapd_bappeda_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 80062, "ef4d98fba6583633964be5ef18086ec4078d351a084ad3448fe90efb7340fc29"),
    ("update_renstrapd_dinkes_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 313121, "d9125671de05f07c01463e680b802d23bfca7785097d2d1bf2b88b3a34ffde89"),
    ("update_renstrapd_dishub_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 73258, "cdcb2859542e081c872fdeb9bf1ed3650500638d07ac0193375316896094ded7"),
    ("update_renstrapd_diskoperindag_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 81713, "a13ab0a9ea436cd20b798dbeddb8bfe4b72f89a3e418a014fe55e5f2f2a51efe"),
    ("update_renstrapd_disnakertransin_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 81565, "8a4021f7d54343bef774b41fee5340a167d4f38ec1e2b0dc5aa14bd3d629d9f9"),
    ("update_renstrapd_dpmptsp_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 73173, "865a589e304659763ede7b311ec78172754f75d2a0e7ad3f1d3518e90025f8ef"),
    ("update_renstrapd_dpu_ckpp_banyuwangi.sql", "3cdc10d9957936abc3c8ed92d51fbf55452ac05b", 156647, "1d9b3ec0392c18b18993a3d62a6504ef816d887119a68feee0b2de94236cb063"),
    ("update_renstrapd_bangorejo_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 51710, "7a6ae251a755cdb5c6957ce714f9bd14922de63b134106246e91f3fe9728a21c"),
    ("update_renstrapd_gambiran_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 51830, "9019e7123d9d4b667a73c3e0c3d6d14e498d5c6919e9e26a804f292493c8cf8e"),
    ("update_renstrapd_genteng_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 46919, "a941690c414e645435d9a877938738ba2fbd04ddb6e58371e1bc288efcc5ce94"),
    ("update_renstrapd_giri_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 38279, "06544199c4590bc4972ce21b3880fec6794366e0eb9f37a885338b3966e621ed"),
    ("update_renstrapd_glenmore_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 46505, "8ca104076d87936cb6c50fe7f3b9db5e1bb98287b0b712aae76900b9fa5eb967"),
    ("update_renstrapd_kabat_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 51091, "8cf45f3598233d22e7b1c8c709c385f4c8c6f5feae0384410f014271adf6f819"),
    ("update_renstrapd_kalipuro_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 116464, "d5da0908a9e8d8df7ec9da39d5825200e6961e162e120667c214d0068f55099a"),
    ("update_renstrapd_licin_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 35317, "b7b7f01a64fc0bf79a107b6f600df20b4b1a795068d7ef6fddc745a7f79a3fa8"),
    ("update_renstrapd_rogojampi_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 50069, "608c4ac0adecf31b32160399921421d8dd2f33c25d0ea49582f2188a0c345bc5"),
    ("update_renstrapd_sempu_banyuwangi.sql", "6147898f54c357e678f42e57a13d786a22c06bb1", 46084, "f6958b294b24b84d5c83c5e637a9cc4e60454c333ddf08bb1e84feef899cdd4d"),
]

# Each file holds one bcrypt password hash (table `akun_instansi`, a unit's platform account). The raw
# copies kept here have it replaced by a placeholder of the same length (credentials are not
# republished); this is the SHA-256 of each copy so redacted. Nothing the converter reads changes.
PASSWORD_HASH = re.compile(r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}")
REDACTED = '[bcrypt password hash removed by synergy]-------------------'
REDACTED_SHA256 = {
    'update_renstrapd_bakesbangpol_banyuwangi.sql': '735a9fd139229246c8bbdf3653adc81be8a92105d39417eab3fdf092bf5c9f02',
    'update_renstrapd_bapenda_banyuwangi.sql': '891b2d980fd7d84ada341999df6119deb9064be4a867f9d39fed3597a4064f79',
    'update_renstrapd_bappeda_banyuwangi.sql': '2e7ad2218cfa96d15ee4250156af5649901af8834879bdfdad9e5a17742f66fe',
    'update_renstrapd_dinkes_banyuwangi.sql': '56a6fa2af1d756f97e36fedf1231128f7b382f7b69326ff911c032cb8ef3bf71',
    'update_renstrapd_dishub_banyuwangi.sql': '2a74365e6c14ead117f464b83dcfd8e9dc9b4ca65f290704942a1f14c0bbddf5',
    'update_renstrapd_diskoperindag_banyuwangi.sql': '01202b9f54ec11118602005d450cd0ac6f5f02fe028f1818f7416409c9d7b01b',
    'update_renstrapd_disnakertransin_banyuwangi.sql': 'ba54b8bf7f33c31fb3bf82eba2bc1b1c0a213045f9f768e994929ecfee5ec41a',
    'update_renstrapd_dpmptsp_banyuwangi.sql': 'b1d414d7b9f818579f41bc0dfbaad3f2f5e8c25ff3bc98399ee391f490e0b56c',
    'update_renstrapd_dpu_ckpp_banyuwangi.sql': '186c61da90eb710e6f0878b3ac3d02b3eddd6c5a21b2dd70d525e3ef7aec74b4',
    'update_renstrapd_bangorejo_banyuwangi.sql': 'f3702f78c87965f658e714ef2de09fb4472871e9e3c0fa770eed6c4afec70c55',
    'update_renstrapd_gambiran_banyuwangi.sql': '05ab2cc55a67928dbb7a451d68c4be4f449957d59184fdcc139e350c61beac43',
    'update_renstrapd_genteng_banyuwangi.sql': 'd4205d39009e4d4cfb909a17e2e2be3598f3d1178dacdf729d70f94b6b3056a0',
    'update_renstrapd_giri_banyuwangi.sql': '9ecc4dcb67452618210f92530836a493f48a8df529357d0ae715f26b03354c74',
    'update_renstrapd_glenmore_banyuwangi.sql': '124499d407ca243dfd33694c3e0c033afd46f9dfe5f2b5795c0c94bbe8398162',
    'update_renstrapd_kabat_banyuwangi.sql': '1affd808358fc7199b3948b552a687fe907e7a19848069720806e7ff8ebe80a3',
    'update_renstrapd_kalipuro_banyuwangi.sql': 'fcf5c414b0d862fd6a7f065bfa918c8a1598f37c4cb6dfe7db92c061e9a3fa92',
    'update_renstrapd_licin_banyuwangi.sql': 'c95b0c0b9669c176fc3d1f2d10b8c1f29c1d381d932a6b38a1b73a46d528dd9f',
    'update_renstrapd_rogojampi_banyuwangi.sql': '51ff7d6ef5fa9a7710dcbf489cd2676b6c2fb4ae92c7202bbe89a42e2de4388c',
    'update_renstrapd_sempu_banyuwangi.sql': 'ed1248c6ce03353b28a406a508a7523a85b13c721f3b0c323f3ba94491c1456a',
}


PROGRAM_COLUMNS = ["id", "name", "agency", "description", "objective", "target_group", "output",
                   "code", "budget", "start_year", "end_year",
                   # extra columns, after the contract's
                   "program", "program_code", "kegiatan", "kegiatan_code", "kegiatan_id",
                   "bidang_urusan", "bidang_code", "sasaran", "satuan",
                   "budget_2026", "budget_2027", "budget_2028", "budget_2029", "budget_2030",
                   "budget_source", "output_source"]

STATEMENT = re.compile(r"(?:INSERT|REPLACE) INTO `([^`]+)` \(([^)]*)\) VALUES\n")
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}


def parse_inserts(text):
    """Yield (table, row dict) for every row of every INSERT/REPLACE ... VALUES statement."""
    pos = 0
    while True:
        m = STATEMENT.search(text, pos)
        if not m:
            return
        table = m.group(1)
        cols = [c.strip().strip("`") for c in m.group(2).split(",")]
        i = m.end()
        while True:  # one row per loop
            while text[i] in " \n\t":
                i += 1
            if text[i] != "(":
                raise ValueError(f"{table}: row expected at {text[i:i + 60]!r}")
            i += 1
            row = []
            while True:  # one value per loop
                while text[i] == " ":
                    i += 1
                if text[i] == "'":
                    i += 1
                    buf = []
                    while True:
                        c = text[i]
                        if c == "\\":
                            buf.append(ESCAPES.get(text[i + 1], text[i + 1]))
                            i += 2
                        elif c == "'" and text[i + 1] == "'":
                            buf.append("'")
                            i += 2
                        elif c == "'":
                            i += 1
                            break
                        else:
                            buf.append(c)
                            i += 1
                    row.append("".join(buf))
                else:
                    j = i
                    while text[j] not in ",)":
                        j += 1
                    token = text[i:j].strip()
                    row.append(None if token == "NULL" else token)
                    i = j
                while text[i] == " ":
                    i += 1
                if text[i] == ",":
                    i += 1
                    continue
                if text[i] == ")":
                    i += 1
                    break
                raise ValueError(f"{table}: bad value at {text[i:i + 60]!r}")
            if len(row) != len(cols):
                raise ValueError(f"{table}: {len(row)} values for {len(cols)} columns")
            yield table, dict(zip(cols, row))
            while text[i] == " ":
                i += 1
            if text[i] == ",":
                i += 1
                continue
            break  # ';' or a newline (ON DUPLICATE KEY UPDATE ...)
        pos = i


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


def read_files(git_dir):
    for path, commit, chars, sha in FILES:
        if git_dir:
            data = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                                  check=True, capture_output=True).stdout
        else:
            with open(os.path.join(HERE, "raw", path), "rb") as f:
                data = f.read()
        text = data.decode("utf-8")
        if git_dir:  # as published: check it, then take the password hash out as the raw copies have it
            digest = hashlib.sha256(data).hexdigest()
            if len(text) != chars or digest != sha:
                print(f"warning, git blob differs from the raw copy read from the index: {path}: {len(text)} "
                      f"chars, sha256 {digest}; recorded {chars}, {sha}")
            text = PASSWORD_HASH.sub(REDACTED, text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if not git_dir and (len(text) != chars or digest != REDACTED_SHA256[path]):
            raise SystemExit(f"raw copy differs from the recorded one: {path}: {len(text)} chars, sha256 {digest}; "
                             f"recorded {chars}, {REDACTED_SHA256[path]}")
        yield path, text


def write_csv(name, columns, records):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(records)


def main():
    if len(sys.argv) > 2:
        raise SystemExit(__doc__)
    git_dir = sys.argv[1] if len(sys.argv) == 2 else None

    agencies, main_rows, wilayah_rows, dropped = [], [], [], []
    seen_ids = set()
    for path, text in read_files(git_dir):
        tables = {}
        for table, row in parse_inserts(text):
            tables.setdefault(table, []).append(row)
        # the header's record counts are the exporter's own; check that every row was read
        for m in re.finditer(r"-- Table: (\w+) \((\d+) records\)", text):
            if len(tables.get(m.group(1), [])) != int(m.group(2)):
                raise SystemExit(f"{path}: {m.group(1)} has {len(tables.get(m.group(1), []))} rows, "
                                 f"header says {m.group(2)}")

        (account,) = tables["akun_instansi"]
        if account["kodewilayah"] != REGION:
            raise SystemExit(f"{path}: kodewilayah {account['kodewilayah']}")
        agency = f"instansi-{account['id']}"
        agency_name = clean(account["nama"])
        header = re.search(r"^-- PERANGKAT DAERAH: (.*)$", text, re.M).group(1)
        # short name: the header's abbreviation in parentheses ("... (DISDIKBUD)"), or the
        # header's name itself when it differs from the account's other than in letter case
        # (Banyuwangi: every header is the account's name, kecamatan upper-cased, so none)
        short = re.search(r"\(([^()]+)\)\s*$", header)
        short = short.group(1) if short else clean(header)
        if " ".join(short.split()).upper() == " ".join(agency_name.split()).upper():
            short = ""
        kind = agency_type(agency_name)
        agencies.append({"id": agency, "name": agency_name, "short_name": short,
                         "type": kind, "region": REGION})

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

    write_csv("agencies.csv", ["id", "name", "short_name", "type", "region"], agencies)
    write_csv("programs.csv", PROGRAM_COLUMNS, main_rows)
    write_csv("programs_wilayah.csv", PROGRAM_COLUMNS, wilayah_rows)
    print(f"files {len(FILES)}; agencies {len(agencies)}; sub kegiatan rows "
          f"{len(main_rows) + len(wilayah_rows)}: programs.csv {len(main_rows)}, "
          f"programs_wilayah.csv {len(wilayah_rows)}; dropped (no name) {len(dropped)}")


if __name__ == "__main__":
    main()
