"""Convert the Provinsi Jawa Barat application/website import list (velchan15/Monitoring_System_APTIKA_Tools).

    python convert.py /path/to/applications-import.json

The raw file is backend/prisma/data/applications-import.json at the commit recorded below
(read through the code index, saved byte-exact; see ORIGIN.md). Its SHA-256 is checked
against the recorded one (a warning if different). Writes agencies.csv and applications.csv
beside this script. Stdlib only, deterministic.
"""
import csv
import hashlib
import html
import json
import os
import re
import sys
from urllib.parse import urlsplit

REPO = "velchan15/Monitoring_System_APTIKA_Tools"
COMMIT = "db9b0cd02ae07d7f3c263358e1ee9cfc6a11f65b"
PATH = "backend/prisma/data/applications-import.json"
SHA256 = "9fdee869522b26df34d77f860cc1df24e5f8c6ac04645abf97ccd6801485e61f"
REGION = "32"             # Provinsi Jawa Barat
PREFIX = "JBR"
HERE = os.path.dirname(os.path.abspath(__file__))

ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
MOBILE_HOSTS = ("play.google.com", "apps.apple.com")


def clean(value):
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), value or "").strip()


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def agency_type(name):
    low = name.lower()
    if low.startswith("sekretariat daerah provinsi |") and "| biro" in low:
        return "bagian"   # a bureau (Biro) of the provincial Sekretariat Daerah
    for prefix, kind in (("dinas", "dinas"), ("badan", "badan"), ("sekretariat", "sekretariat")):
        if low.startswith(prefix):
            return kind
    return ""


def platform(url):
    host = urlsplit(url).hostname or ""
    return "mobile" if host in MOBILE_HOSTS else "web"


def main(path):
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        print("WARNING: SHA-256 %s differs from the recorded %s" % (digest, SHA256), file=sys.stderr)
    rows = json.loads(data.decode("utf-8"))

    agencies, agency_id = [], {}
    out, dropped = [], []
    for number, r in enumerate(rows, start=1):
        owner = clean(r.get("departmentName"))
        code = clean(r.get("departmentCode"))
        if owner not in agency_id:
            agency_id[owner] = "%s.%s" % (PREFIX, slug(owner))
            agencies.append({"id": agency_id[owner], "name": owner, "short_name": code,
                             "type": agency_type(owner), "region": REGION})
        name = clean(r.get("name"))
        if not name:
            dropped.append(number)
            continue
        url = clean(r.get("url"))
        out.append({
            "id": "%s-%04d" % (PREFIX, number),
            "name": name,
            "agency": agency_id[owner],
            "description": "",
            "url": url,
            "status": "",
            "platform": platform(url),
        })
    used = {a["agency"] for a in out}
    agencies = [a for a in agencies if a["id"] in used]

    with open(os.path.join(HERE, "agencies.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "short_name", "type", "region"], lineterminator="\n")
        w.writeheader()
        w.writerows(agencies)
    with open(os.path.join(HERE, "applications.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["id", "name", "agency", "description", "url", "status", "platform"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print("sha256: %s" % digest)
    print("records read: %d; written: %d; dropped (no name): %d %s" % (len(rows), len(out), len(dropped), dropped))
    print("agencies: %d; mobile: %d" % (len(agencies), sum(1 for o in out if o["platform"] == "mobile")))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python convert.py /path/to/applications-import.json")
    main(sys.argv[1])
