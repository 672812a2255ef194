"""Write Tabel 1 of the Provinsi Banten 2017 concept document as the CSV a civil servant would save.

    python extract.py /path/to/bantenprov+document-management-system    (a bare git dir)

Reads document/konsep/integrasi-aplikasi/desain-dan-perancangan.md at the commit below with
`git show` and writes "Daftar Website dan Aplikasi 2017.csv": the table's own columns and rows,
cells as written (trimmed), ';'-separated as Indonesian Excel saves it. Nothing else is changed:
the worked example in docs/inventory.md starts from this file. Stdlib only, deterministic.
"""
import csv
import os
import subprocess
import sys

COMMIT = "ba60340938c76545bf366ac1954556cfa4c0d209"
PATH = "document/konsep/integrasi-aplikasi/desain-dan-perancangan.md"
HERE = os.path.dirname(os.path.abspath(__file__))


def table_1(text):
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.lstrip("#").strip().startswith("Tabel 1"))
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("|"))
    block = []
    for line in lines[first:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not set("".join(cells)) <= set("-: "):
            block.append(cells)
    return block


def main(gitdir):
    text = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"],
                          check=True, capture_output=True).stdout.decode("utf-8")
    rows = table_1(text)
    with open(os.path.join(HERE, "Daftar Website dan Aplikasi 2017.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    print(f"{len(rows) - 1} rows, columns: {rows[0]}")


if __name__ == "__main__":
    main(sys.argv[1])
