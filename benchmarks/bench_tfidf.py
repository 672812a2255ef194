"""synergy's own TF-IDF (``synergy.text.tfidf_matrix``) against scikit-learn's TfidfVectorizer.

    python benchmarks/bench_tfidf.py                 # 20,000 and 100,000 generated programs
    python benchmarks/bench_tfidf.py --programs 50000

Both get the same texts (name and description of generated programs, joined) and the
same Indonesian terms (``Normalizer.tokens``: words, stems, synonyms, acronyms), with the
same formula (``1 + ln tf``, ``idf = ln((1 + n) / (1 + df)) + 1``, rows of unit length);
synergy's is run with ``generic_weight=1`` so the two matrices must agree. Timed:

- cold: a fresh normaliser and emptied stem caches for each (the tokens of every text
  computed anew), as one ``synergy duplicates`` run does;
- warm: the tokens already cached, so only the counting and weighting are compared.

Prints the times and the largest difference between the two matrices.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def texts_of(programs: int, seed: int = 0) -> list[str]:
    from synergy.generate import generate_tables

    tables = generate_tables(programs=programs, seed=seed)
    frame = tables[0]["programs"]  # (tables, labelled pairs)
    return (frame["name"].astype(str) + " " + frame["description"].astype(str)).tolist()


def forget_stems() -> None:
    """Empty synergy.text's process-wide caches (folded words, stems), so that "cold" is cold."""
    import synergy.text

    for value in vars(synergy.text).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def best_of(runs: int, make, cold: bool = False) -> float:
    best = float("inf")
    for _ in range(runs):
        if cold:
            forget_stems()
        fn = make()
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--programs", type=int, nargs="*", default=[20_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from sklearn.feature_extraction.text import TfidfVectorizer

    from synergy.text import Normalizer, tfidf_matrix

    for n in args.programs:
        texts = texts_of(n)
        distinct = len(set(texts))

        def ours(norm):
            return lambda: tfidf_matrix(texts, norm, generic_weight=1.0)

        def sklearn(norm):
            vec = TfidfVectorizer(analyzer=norm.tokens, sublinear_tf=True, dtype=np.float32)
            return lambda: vec.fit_transform(texts)

        cold_ours = best_of(args.runs, lambda: ours(Normalizer()), cold=True)
        cold_sk = best_of(args.runs, lambda: sklearn(Normalizer()), cold=True)
        warm = Normalizer()
        for text in texts:
            warm.tokens(text)
        warm_ours = best_of(args.runs, lambda: ours(warm))
        warm_sk = best_of(args.runs, lambda: sklearn(warm))

        tm = tfidf_matrix(texts, warm, generic_weight=1.0)
        vec = TfidfVectorizer(analyzer=warm.tokens, sublinear_tf=True, dtype=np.float32)
        sk = vec.fit_transform(texts).tocsc()
        order = [vec.vocabulary_[t] for t in tm.terms]
        diff = abs(tm.matrix.tocsc() - sk[:, order]).max()
        print(f"{n:>7} texts ({distinct} distinct), {len(tm.terms)} terms: "
              f"cold synergy {cold_ours:.2f} s, sklearn {cold_sk:.2f} s; "
              f"warm synergy {warm_ours:.2f} s, sklearn {warm_sk:.2f} s; max |difference| {diff:.1e}")


if __name__ == "__main__":
    main()
