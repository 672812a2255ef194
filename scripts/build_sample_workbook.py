"""Generate data/pasuruan/pasuruan.xlsx from the sample city's CSV files.

The CSVs are the source of truth; the workbook is the same city for people who
work in Excel. Run after editing a CSV and commit both:

    python scripts/build_sample_workbook.py           # rewrite the workbook
    python scripts/build_sample_workbook.py --check   # exit 1 if it is stale

Both forms load through ``synergy.ingest.load_model``, so a CSV that does not
validate stops the build with the validator's own lines.
"""
from __future__ import annotations

import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "pasuruan"
WORKBOOK = SAMPLE / "pasuruan.xlsx"


def same_tables(a, b) -> list[str]:
    """Names of the tables that differ between two CityModels."""
    differ = []
    from synergy.schema import SIDE_TABLES, TABLE_ORDER

    for name in (*TABLE_ORDER, *SIDE_TABLES):
        left, right = a.table(name), b.table(name)
        if list(left.columns) != list(right.columns) or not left.equals(right):
            differ.append(name)
    return differ


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the workbook matches the CSVs")
    parser.add_argument("--folder", type=pathlib.Path, default=SAMPLE, help="CSV folder (default: the sample city)")
    parser.add_argument("--output", type=pathlib.Path, default=None, help="workbook to write (default: FOLDER/pasuruan.xlsx)")
    args = parser.parse_args(argv)

    from synergy.errors import InvalidData, format_problems
    from synergy.ingest import load_model
    from synergy.workbook import write_workbook

    output = args.output or args.folder / "pasuruan.xlsx"
    try:
        model, _warnings = load_model([args.folder])
    except InvalidData as exc:
        print(format_problems(exc.problems), file=sys.stderr)
        return 1
    if args.check:
        if not output.exists():
            print(f"{output} is missing: run {pathlib.Path(__file__).name}", file=sys.stderr)
            return 1
        try:
            workbook, _ = load_model([output])
        except InvalidData as exc:
            print(format_problems(exc.problems), file=sys.stderr)
            return 1
        differ = same_tables(model, workbook)
        if differ:
            print(f"{output} is stale ({', '.join(differ)} differ): run {pathlib.Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{output} matches {args.folder}")
        return 0
    write_workbook(model, output)
    print(f"wrote {output}: {len(model.agencies)} agencies, {len(model.programs)} programs, "
          f"{len(model.datasets)} datasets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
