"""Regenerate synergy/resources/stems.tsv: PySastrawi's stem of every word the package ships.

    python scripts/build_stems.py [-o OUT]

Stemming a word with PySastrawi takes about half a millisecond, and a first run of any
analysis stems a few thousand distinct words: a second or more before anything useful
happens. The stems of the words the package itself ships (the ontology's labels and
definitions, the national nomenclature of sub-kegiatan, the urusan names, the embedded
sample city) are written once here, so :func:`synergy.text.stem_word` reads them instead.
It is a cache of PySastrawi's own answers, nothing more: ``tests/test_text.py`` checks
every line against PySastrawi, so a new PySastrawi version that stems differently fails
the tests until this script is run again. Words :data:`synergy.text.PROTECTED_STEMS`
decides, stopwords, numbers and words of three letters or fewer are not written (the
function never asks PySastrawi for them).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "synergy" / "resources" / "stems.tsv"


def shipped_texts():
    """Every text the package ships that the analyses read: ontology, nomenclature, sample city."""
    import rdflib

    for name in ("lexicon.ttl", "functions.ttl", "dimensions.ttl", "synergy.ttl"):
        graph = rdflib.Graph().parse(ROOT / "ontology" / name)
        for literal in graph.objects():
            if isinstance(literal, rdflib.Literal):
                yield str(literal)
    for name in ("nomenklatur-subkegiatan.csv", "urusan.csv"):
        with (ROOT / "synergy" / "resources" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                yield from row
    for path in sorted((ROOT / "data" / "pasuruan").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                yield from row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from synergy.text import PROTECTED_STEMS, STOPWORDS, _stemmer, fold

    words = set()
    for text in shipped_texts():
        words.update(fold(text).split())
    words = sorted(w for w in words if len(w) > 3 and not w.isdigit() and w not in PROTECTED_STEMS
                   and w not in STOPWORDS)
    stemmer = _stemmer()
    with args.output.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# PySastrawi's stems of the words synergy ships; written by scripts/build_stems.py\n")
        for word in words:
            out.write(f"{word}\t{stemmer.stem(word) or word}\n")
    print(f"{len(words)} words -> {args.output}")


if __name__ == "__main__":
    main()
