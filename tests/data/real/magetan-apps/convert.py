"""Convert the Kabupaten Magetan application list of yogg46/web-kom (Laravel seeders) to the data contract.

    python convert.py /path/to/yogg46+web-kom/repo     (a bare git dir)

Reads database/seeders/opdSeeder.php and database/seeders/AplikasiSeeder.php at the commit
recorded below with `git show`, reads the literal arrays passed to Data_OPD::create([...])
and Aplikasi::create([...]) (nothing is executed), and writes agencies.csv and
applications.csv beside this script. Stdlib only, deterministic.
"""
import csv
import html
import os
import re
import subprocess
import sys

COMMIT = "8c2e0eb283f6ef3cbf79b5922d4fe1f6dc756188"   # first version of both seeders; see ORIGIN.md
OPD_PATH = "database/seeders/opdSeeder.php"
APP_PATH = "database/seeders/AplikasiSeeder.php"
REGION = "35.20"          # Kabupaten Magetan
PREFIX = "MGT"
#: status_aplikasi of the tracker -> contract status (see ORIGIN.md)
STATUS = {"Maintenance": "ongoing", "Running": "ongoing", "Perbaikan": "ongoing", "Semi Aktif": "ongoing",
          "Progres": "planned", "Antrian": "planned", "Inisiasi": "planned", "Tidak Aktif": "retired"}
HERE = os.path.dirname(os.path.abspath(__file__))


def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (COMMIT, path)],
                          check=True, capture_output=True).stdout.decode("utf-8")


def read_string(src, i):
    """PHP string literal starting at src[i] (a quote); returns (value, index after it)."""
    quote = src[i]
    i += 1
    buf = []
    while True:
        ch = src[i]
        if ch == "\\":
            nxt = src[i + 1]
            if quote == "'":
                buf.append(nxt if nxt in "'\\" else "\\" + nxt)
            else:
                buf.append({"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}.get(nxt, "\\" + nxt))
            i += 2
        elif ch == quote:
            return "".join(buf), i + 1
        else:
            if quote == '"' and ch == "$":
                raise ValueError("interpolated PHP string at offset %d" % i)
            buf.append(ch)
            i += 1


def strip_comments(src):
    """Remove // and /* */ comments outside string literals."""
    out = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch in "'\"":
            _, j = read_string(src, i)
            out.append(src[i:j])
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            i = src.index("*/", i) + 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


OPD_REF = re.compile(r"^Data_OPD::where\(\s*'nama_opd'\s*,\s*('(?:[^'\\]|\\.)*')\s*\)->pluck\('id'\)->first\(\)$")


def parse_creates(src, model):
    """The literal array of every `model::create([...])` call, as a list of (dict, duplicated keys)."""
    src = strip_comments(src)
    calls = []
    for m in re.finditer(r"\b%s::create\(\s*\[" % re.escape(model), src):
        i = m.end()
        record, dup = {}, []
        while True:
            while src[i] in " \t\r\n,":
                i += 1
            if src[i] == "]":
                break
            key, i = read_string(src, i)
            arrow = src.index("=>", i)
            if src[i:arrow].strip():
                raise ValueError("unexpected %r before => at %d" % (src[i:arrow], i))
            i = arrow + 2
            while src[i] in " \t\r\n":
                i += 1
            start, depth = i, 0
            while True:                      # the value runs to the next top-level , or ]
                ch = src[i]
                if ch in "'\"":
                    _, i = read_string(src, i)
                    continue
                if ch in "([":
                    depth += 1
                elif ch in ")]":
                    if depth == 0:
                        break
                    depth -= 1
                elif ch == "," and depth == 0:
                    break
                i += 1
            expr = src[start:i].strip()
            if expr[:1] in "'\"":
                value, end = read_string(expr, 0)
                if expr[end:].strip():
                    raise ValueError("unsupported expression %r" % expr)
            elif expr.lower() == "null":
                value = None
            elif re.fullmatch(r"-?\d+", expr):
                value = int(expr)
            else:
                ref = OPD_REF.match(expr)
                if not ref:
                    raise ValueError("unsupported expression %r" % expr)
                value = ("opd", read_string(ref.group(1), 0)[0])
            if key in record:
                dup.append(key)
            record[key] = value              # PHP: a repeated key keeps the last value
        calls.append((record, dup))
    return calls


ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def clean(value):
    if value is None:
        return ""
    return ENTITY.sub(lambda m: html.unescape(m.group(0)), str(value)).strip()


def key(name):
    """MySQL utf8mb4_unicode_ci comparison of `where nama_opd = ?`: case-insensitive, trailing spaces ignored."""
    return name.rstrip(" ").casefold()


def agency_type(name):
    low = name.lower()
    for prefix, kind in (("dinas", "dinas"), ("badan", "badan"), ("setda", "sekretariat"),
                         ("sekretariat", "sekretariat"), ("bagian", "bagian"),
                         ("kecamatan", "kecamatan"), ("kelurahan", "kelurahan")):
        if low.startswith(prefix):
            return kind
    return ""


def main(gitdir):
    opds = parse_creates(git_show(gitdir, OPD_PATH), "Data_OPD")
    apps = parse_creates(git_show(gitdir, APP_PATH), "Aplikasi")

    agencies, by_name = [], {}
    for seq, (rec, _) in enumerate(opds, start=1):      # auto-increment id in seeding order
        aid = "%s-%03d" % (PREFIX, seq)
        name = clean(rec["nama_opd"])
        agencies.append({"id": aid, "name": name, "short_name": "", "type": agency_type(name),
                         "region": REGION})
        by_name.setdefault(key(rec["nama_opd"]), aid)     # ->first(): the lowest id wins

    unknown, out, dropped, dup_keys = [], [], [], 0
    for seq, (rec, dup) in enumerate(apps, start=1):
        dup_keys += len(dup)
        name = clean(rec.get("nama_aplikasi"))
        if not name:
            dropped.append(seq)
            continue
        ref = rec.get("id_opd")
        if not (isinstance(ref, tuple) and ref[0] == "opd"):
            raise ValueError("application %d has no Data_OPD reference: %r" % (seq, ref))
        owner = by_name.get(key(ref[1]))
        if owner is None:                                  # the seeder names an OPD it never creates
            owner = "%s-X%02d" % (PREFIX, len(unknown) + 1)
            by_name[key(ref[1])] = owner
            agencies.append({"id": owner, "name": ref[1].strip(), "short_name": "", "type": "",
                             "region": REGION})
            unknown.append(ref[1])
        out.append({
            "id": "%s-A%04d" % (PREFIX, seq),
            "name": name,
            "agency": owner,
            "description": clean(rec.get("deskripsi")),
            "url": "",
            "status": STATUS[rec["status_aplikasi"]] if rec.get("status_aplikasi") else "",
            "platform": "web" if rec.get("type_aplikasi") == "WEB" else "",
            "start_year": "",
            "users": "",
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
    print("Data_OPD::create calls: %d; Aplikasi::create calls: %d; written: %d; dropped (no name): %s"
          % (len(opds), len(apps), len(out), dropped))
    print("OPD names referenced but never created (agency rows added): %s" % unknown)
    print("repeated keys inside one create(): %d" % dup_keys)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python convert.py /path/to/web-kom.git")
    main(sys.argv[1])
