"""Convert the Kota Denpasar SPBE application register (putuokky/monev-spbe-dps) to the data contract.

    python convert.py /path/to/putuokky+monev-spbe-dps/repo     (a bare git dir)

Reads database/indeksdp_db_indeks.sql at the commit recorded below with `git show`,
parses the MySQL INSERTs of tables `aplikasi`, `tb_opd` and `kategori_media`, and
writes agencies.csv and applications.csv beside this script. Stdlib only, deterministic.
"""
import csv
import html
import os
import re
import subprocess
import sys

COMMIT = "4a6caf1ce1561e15009d5592f1eb8f1c806f9e9a"
PATH = "database/indeksdp_db_indeks.sql"
REGION = "51.71"          # Kota Denpasar
PREFIX = "DPS"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../sqldump.py, the shared reader of dump INSERTs
from sqldump import table_rows  # noqa: E402

ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]")
repaired = []


def clean(value):
    """Trim, decode HTML entities (only complete `&name;` forms) and undo UTF-8 read as cp1252."""
    if value is None:
        return ""
    text = ENTITY.sub(lambda m: html.unescape(m.group(0)), value).strip()
    if MOJIBAKE.search(text):
        try:
            fixed = text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            fixed = text
        if fixed != text:
            repaired.append((text, fixed))
            text = fixed
    return text


def agency_type(code, name):
    if len(code) > 6:           # 8- and 10-digit codes are bidang/seksi/UPT inside an agency
        return ""
    low = name.lower()
    for prefix, kind in (("dinas", "dinas"), ("badan", "badan"), ("sekretariat", "sekretariat"),
                         ("sekretaris daerah", "sekretariat"), ("bagian", "bagian"),
                         ("kecamatan", "kecamatan"), ("kelurahan", "kelurahan"),
                         ("pdam", "bumd"), ("pd ", "bumd")):
        if low.startswith(prefix):
            return kind
    return ""


def main(gitdir):
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (COMMIT, PATH)],
                         check=True, capture_output=True).stdout.decode("utf-8")
    apps = table_rows(raw, "aplikasi")
    units = table_rows(raw, "tb_opd")
    media = {r["id_media"]: r["nama_kat_media"] for r in table_rows(raw, "kategori_media")}
    platform_of = {"Website": "web", "Mobile": "mobile", "Dekstop": "desktop", "Lainnya": ""}

    agencies = []
    agency_id = {}
    for u in units:
        code = u["idopd"].strip()
        aid = "%s-%s" % (PREFIX, code)
        agency_id[code] = aid
        name = clean(u["namaopd"])
        agencies.append({"id": aid, "name": name, "short_name": clean(u["nama_pendek_opd"]),
                         "type": agency_type(code, name), "region": REGION})

    unknown = []

    def resolve(code):
        code = (code or "").strip()
        if code not in agency_id:
            aid = "%s-%s" % (PREFIX, re.sub(r"[^A-Za-z0-9_.-]", "_", code) or "UNKNOWN")
            agency_id[code] = aid
            agencies.append({"id": aid, "name": code, "short_name": "", "type": "", "region": REGION})
            unknown.append(code)
        return agency_id[code]

    out = []
    dropped = []
    for a in apps:
        name = clean(a["judul"])
        if not name:
            dropped.append(a["id_app"])
            continue
        owner = resolve(a["unit"])
        user_code = (a["unit_pengguna"] or "").strip()
        users = resolve(user_code) if user_code not in ("", "-", a["unit"].strip()) else ""
        status = {"aktif": "ongoing", "naktif": "retired"}.get((a["sts_aktif"] or "").strip(), "")
        year = (a["thn_pembuatan"] or "").strip()
        out.append({
            "id": "%s-A%04d" % (PREFIX, int(a["id_app"])),
            "name": name,
            "agency": owner,
            "description": clean(a["infofungsi"]),
            "url": clean(a["link"]),
            "status": status,
            "platform": platform_of.get(media.get((a["media"] or "").strip(), ""), ""),
            "start_year": year if re.fullmatch(r"(19|20)\d\d", year) else "",
            "users": users,
        })

    with open(os.path.join(HERE, "agencies.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "short_name", "type", "region"], lineterminator="\n")
        w.writeheader()
        w.writerows(agencies)
    with open(os.path.join(HERE, "applications.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "agency", "description", "url", "status", "platform",
                               "start_year", "users"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print("aplikasi rows read: %d, written: %d, dropped (no name): %d %s"
          % (len(apps), len(out), len(dropped), dropped))
    print("tb_opd rows: %d, agencies written: %d, unknown unit codes: %s" % (len(units), len(agencies), unknown))
    print("mojibake repaired: %d %s" % (len(repaired), sorted({b for _, b in repaired})[:5]))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python convert.py /path/to/monev-spbe-dps.git")
    main(sys.argv[1])
