#!/usr/bin/env python3
"""Convert Kabupaten Mamberamo Raya's e-budgeting table of the APBD Perubahan 2023 into the data contract.

Usage: python convert.py /path/to/abzalom+bahan-sidang-lkpj-2023.git
           reads data/ebugeting-perubahan-2023.xlsx with `git show <COMMIT>:<PATH>` from a bare git dir
       python convert.py /path/to/ebugeting-perubahan-2023.xlsx
           reads the same workbook from a file (its SHA-256 is checked against the recorded one)

Source: the public repository abzalom/bahan-sidang-lkpj-2023 ("Hanya sebagai bahan sidang": material
for the session on the 2023 LKPJ of Kabupaten Mamberamo Raya, Papua). The workbook has one sheet of
3,311 expenditure lines (SKPD, program, kegiatan, sub kegiatan, sub keluaran, expenditure account,
funding source before/after the change, amount before/after the change) of the 2023 budget change.

One output row is one sub kegiatan of one SKPD (the finest planned item; expenditure lines and sub
keluaran are summed / listed inside it), in order of first appearance. The 13 distrik (Papua's
kecamatan) go to programs_wilayah.csv (same columns), the other 27 units to programs.csv. Routine
support rows (program X.XX.01 "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA") have
bidang_urusan = "Rutin". The xlsx is read with the standard library only (zipfile + ElementTree).
Deterministic: two runs give byte-identical CSVs.
"""
import csv
import hashlib
import html
import io
import os
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import OrderedDict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "abzalom/bahan-sidang-lkpj-2023"
COMMIT = "985b59616447bcebb1b53a39ff0241155c169f40"  # "first commit", 2024-05-22; same blob at HEAD 5e686f4
PATH = "data/ebugeting-perubahan-2023.xlsx"
BLOB = "ec63e9253fe8a6db07b7fa75e5d802dc00998c84"
SIZE = 220297
SHA256 = "33aa4c05bb5dd4e76adee8fee7915ee31299ef1f2a4688c70b6796b3f73e1e0c"
REGION = "91.20"  # Kabupaten Mamberamo Raya (Kemendagri code)
YEAR = "2023"

HEADER = ["SKPD", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "SUBKELUARAN", "URAIAN BELANJA",
          "SUMBERDANA", "SUMBERDANA PERUBAHAN", "JUMLAH", "JUMLAH PERUBAHAN"]
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

COLUMNS = ["id", "name", "agency", "description", "objective", "target_group", "output", "code",
           "budget", "start_year", "end_year", "program", "program_code", "kegiatan", "kegiatan_code",
           "bidang_code", "bidang_urusan", "budget_murni", "sumber_dana", "sub_keluaran_count",
           "expenditure_lines"]

TYPES = [("DINAS", "dinas"), ("BADAN", "badan"), ("SEKRETARIAT", "sekretariat"),
         ("INSPEKTORAT", "inspektorat"), ("KANTOR", "kantor"), ("SATUAN", "satuan"),
         ("RUMAH SAKIT", "rumah sakit"), ("DISTRIK", "kecamatan")]


def load(arg):
    if arg.lower().endswith(".xlsx"):
        with open(arg, "rb") as handle:
            data = handle.read()
    else:
        data = subprocess.run(["git", "--git-dir", arg, "show", f"{COMMIT}:{PATH}"],
                              check=True, capture_output=True).stdout
    digest = hashlib.sha256(data).hexdigest()
    if len(data) != SIZE or digest != SHA256:
        print(f"warning: workbook differs from the recorded one ({len(data)} bytes, {digest})",
              file=sys.stderr)
    return data


def sheet_rows(data):
    """Rows of the workbook's first sheet as lists of cell texts (stdlib xlsx reader)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(M + "si"):
            shared.append("".join(t.text or "" for t in si.iter(M + "t")))
    book = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    first = book.find(M + "sheets")[0]
    target = rels[first.get(R + "id")].lstrip("/")
    if not target.startswith("xl/"):
        target = "xl/" + target
    out = []
    for row in ET.fromstring(z.read(target)).iter(M + "row"):
        cells = {}
        for c in row.findall(M + "c"):
            col = re.match(r"[A-Z]+", c.get("r")).group()
            index = 0
            for ch in col:
                index = index * 26 + ord(ch) - 64
            kind, v = c.get("t"), c.find(M + "v")
            if kind == "s":
                value = shared[int(v.text)]
            elif kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(M + "t"))
            else:
                value = v.text if v is not None else ""
            cells[index - 1] = value or ""
        width = max(cells) + 1 if cells else 0
        out.append([cells.get(i, "") for i in range(width)])
    return out


def clean(text):
    """Ends trimmed, HTML entities decoded; repeated while anything changes, because the workbook
    stores '&' as the text '&amp;' (and once, in a Bappeda sub keluaran, as '&amp;amp;')."""
    while True:
        decoded = html.unescape(text)
        if decoded == text:
            return text.strip()
        text = decoded


def split_code(text, pattern):
    """'1.01.01.2.01.01 Penyusunan ...' -> ('1.01.01.2.01.01', 'Penyusunan ...')."""
    m = re.match(r"\s*(" + pattern + r")\s+(.*\S)\s*$", text, re.S)
    if not m:
        raise SystemExit(f"unexpected code/name: {text!r}")
    return m.group(1), clean(m.group(2))


def money(value):
    """Rupiah with the spreadsheet's binary-float noise rounded to cents."""
    d = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return d


def fmt(d):
    return str(d.quantize(Decimal(1))) if d == d.to_integral_value() else str(d)


def unit_type(name):
    upper = name.upper()
    for prefix, kind in TYPES:
        if upper.startswith(prefix):
            return kind
    return "lainnya"


def main(argv):
    if len(argv) != 1:
        raise SystemExit(__doc__)
    rows = sheet_rows(load(argv[0]))
    if [clean(x) for x in rows[0][:len(HEADER)]] != HEADER:
        raise SystemExit(f"unexpected header {rows[0]}")
    agencies = OrderedDict()
    items = OrderedDict()
    dropped = nameless_subkel = none_amounts = 0
    for line in rows[1:]:
        line = line + [""] * (len(HEADER) - len(line))
        skpd, program, kegiatan, sub, subkel, _account, _dana, dana_p, amount, amount_p = line[:10]
        ucode, uname = split_code(skpd.replace(" - ", " ", 1), r"[0-9.]+")
        agencies.setdefault(ucode, uname)
        pcode, pname = split_code(program, r"[0-9]+\.[0-9]+\.[0-9]+")
        kcode, kname = split_code(kegiatan, r"[0-9.]+")
        scode, sname = split_code(sub, r"[0-9.]+")
        if not sname:
            dropped += 1
            continue
        if not (kcode.startswith(pcode + ".") and scode.startswith(kcode + ".")):
            raise SystemExit(f"codes do not nest: {pcode} {kcode} {scode}")
        key = (ucode, scode)
        item = items.get(key)
        if item is None:
            item = items[key] = {"unit": ucode, "code": scode, "name": sname, "program": pname,
                                 "program_code": pcode, "kegiatan": kname, "kegiatan_code": kcode,
                                 "subkel": OrderedDict(), "dana": OrderedDict(),
                                 "murni": Decimal(0), "perubahan": Decimal(0), "lines": 0}
        elif (item["name"], item["program"], item["kegiatan"]) != (sname, pname, kname):
            raise SystemExit(f"one code, two names: {key}")
        if re.fullmatch(r"\s*[0-9.]+\s*", subkel):
            nameless_subkel += 1  # a sub keluaran code without a name (6 lines): nothing to list
        elif subkel.strip():
            _c, subname = split_code(subkel, r"[0-9.]+")
            item["subkel"].setdefault(subname, None)
        if dana_p.strip():
            item["dana"].setdefault(clean(dana_p), None)
        for value in (amount, amount_p):
            if value.strip() in ("", "None"):
                none_amounts += 1  # the text "None" (a pandas export of an empty cell): counted as 0
        item["murni"] += money(amount if amount.strip() not in ("", "None") else "0")
        item["perubahan"] += money(amount_p if amount_p.strip() not in ("", "None") else "0")
        item["lines"] += 1

    with open(os.path.join(HERE, "agencies.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "name", "short_name", "type", "region"])
        for code, name in agencies.items():
            writer.writerow([f"skpd-{code}", name, "", unit_type(name), REGION])

    outputs = {"programs.csv": [], "programs_wilayah.csv": []}
    for item in items.values():
        segments = item["code"].split(".")
        bidang = ".".join(segments[:2])
        routine = segments[2] == "01"
        if routine and "PENUNJANG" not in item["program"].upper():
            raise SystemExit(f"routine code without PENUNJANG program: {item['code']}")
        row = {
            "id": f"subkeg-{item['unit']}-{item['code']}",
            "name": item["name"],
            "agency": f"skpd-{item['unit']}",
            "description": "", "objective": "", "target_group": "",
            "output": "; ".join(item["subkel"]),
            "code": item["code"],
            "budget": fmt(item["perubahan"]),
            "start_year": YEAR, "end_year": YEAR,
            "program": item["program"], "program_code": item["program_code"],
            "kegiatan": item["kegiatan"], "kegiatan_code": item["kegiatan_code"],
            "bidang_code": bidang,
            "bidang_urusan": "Rutin" if routine else bidang,
            "budget_murni": fmt(item["murni"]),
            "sumber_dana": "; ".join(item["dana"]),
            "sub_keluaran_count": str(len(item["subkel"])),
            "expenditure_lines": str(item["lines"]),
        }
        wilayah = agencies[item["unit"]].upper().startswith("DISTRIK")
        outputs["programs_wilayah.csv" if wilayah else "programs.csv"].append(row)
    for name, out in outputs.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(out)
        routine = sum(1 for r in out if r["bidang_urusan"] == "Rutin")
        print(f"{name}: {len(out)} rows, {routine} Rutin, {len(out) - routine} not Rutin")
    print(f"agencies.csv: {len(agencies)} units; expenditure lines read: {len(rows) - 1}; "
          f"dropped (no name): {dropped}; sub keluaran cells with a code only: {nameless_subkel}; "
          f"amount cells 'None': {none_amounts}")


if __name__ == "__main__":
    main(sys.argv[1:])
