"""Write to_label.csv: every agency name of the converted real sources (``python extract.py``).

The names the blind labeller read (``LABELS.md``): the ``agencies.csv`` of each source below, in file
order, as the sources' own converters wrote them (their ``ORIGIN.md`` say where each came from).
Kabupaten Madiun's inventory is left out: its rows are not committed (its licence waits on the
maintainer). The three plans never looked at (Bogor, Situbondo, Jakarta) are left out too: their
rows stay unread (``tests/data/real/README.md``, "Held out").
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ("banjarbaru-apps", "banten-apps", "denpasar-apps", "jabarprov-apps", "kabbanyuwangi-renstra2025",
           "kabmamberamoraya-apbdp2023", "kabsukabumi-rkpd2019", "kotakediri-apps", "magetan-apps")


def main() -> None:
    with (HERE / "to_label.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["source", "id", "name"])
        for source in SOURCES:
            with (HERE.parent / source / "agencies.csv").open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    writer.writerow([source, row["id"], row["name"]])


if __name__ == "__main__":  # the test run imports every module for its doctests: it must write nothing
    main()
