"""Whatever bytes or tables a user hands over, ingest answers with problems, never a crash."""
from __future__ import annotations

import csv
import io
import tempfile
import pathlib

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from synergy.errors import Problem, SynergyError
from synergy.ingest import load_model, validate_sources
from synergy.schema import TABLE_ORDER, TABLES

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Headers drawn from the contract (so rows get past the header and into the
# cell checks), plus junk; cells from values that mean something plus junk.
HEADERS = st.sampled_from(
    sorted({h for t in TABLES.values() for c in t.columns for h in (c.name, c.alias)} | {"", "Warna", "id "})
)
CELLS = st.one_of(
    st.sampled_from(["", "-", "A", "P-1", "DS-1", "living", "Smart Governance", "Rp 1,25 M", "-5",
                     "2024", "1999.5", "x;y;;x", "=SUM(A1)", "walidata", "terbuka", "health", "P 1"]),
    st.text(max_size=12),
)
TABLE = st.lists(st.lists(CELLS, max_size=7), max_size=6)


def _check(sources):
    """load_model either returns a model or raises SynergyError; validate never raises."""
    problems = validate_sources(sources)
    assert all(isinstance(p, Problem) and str(p) for p in problems)
    try:
        model, warnings = load_model(sources)
    except SynergyError:
        assert any(p.is_error for p in problems)
    else:
        assert not any(p.is_error for p in problems)
        assert all(not w.is_error for w in warnings)
        for name in TABLE_ORDER:
            assert list(model.table(name).columns[: len(TABLES[name].columns)]) == TABLES[name].column_names


@SETTINGS
@given(st.lists(st.binary(max_size=300), min_size=3, max_size=3))
def test_random_bytes_as_csv_files(contents):
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for name, data in zip(TABLE_ORDER, contents):
            (folder / f"{name}.csv").write_bytes(data)
        _check([folder])


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes_as_workbook_and_rdf(data):
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".xlsx", ".ttl"):
            path = pathlib.Path(tmp) / f"kota{suffix}"
            path.write_bytes(data)
            _check([path])


@SETTINGS
@given(st.lists(st.tuples(st.lists(HEADERS, min_size=1, max_size=6), TABLE), min_size=3, max_size=3),
       st.sampled_from([",", ";"]))
def test_random_tables_as_csv(tables, delimiter):
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for name, (header, rows) in zip(TABLE_ORDER, tables):
            buf = io.StringIO()
            csv.writer(buf, delimiter=delimiter).writerows([header, *rows])
            (folder / f"{name}.csv").write_text(buf.getvalue(), encoding="utf-8")
        _check([folder])


# openpyxl refuses control characters in cells; users' Excel cannot type them either
XLSX_CELLS = st.one_of(
    CELLS.filter(lambda c: not any(ord(ch) < 32 for ch in c)),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
)


@SETTINGS
@given(st.lists(st.tuples(st.lists(HEADERS, min_size=1, max_size=6),
                          st.lists(st.lists(XLSX_CELLS, max_size=7), max_size=6)), min_size=3, max_size=3),
       st.lists(st.sampled_from(["agencies", "OPD", "program", "data", "Lain"]), min_size=1, max_size=4, unique=True))
def test_random_tables_as_workbook(tables, sheet_names):
    with tempfile.TemporaryDirectory() as tmp:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for title, (header, rows) in zip(sheet_names, tables):
            ws = wb.create_sheet(title)
            for row in [header, *rows]:
                ws.append(row)
        path = pathlib.Path(tmp) / "kota.xlsx"
        wb.save(path)
        _check([path])


@SETTINGS
@given(st.one_of(st.integers(min_value=0, max_value=10**15),
                 st.integers(min_value=0, max_value=10**6).map(lambda k: k * 10**7)))
def test_rupiah_written_any_common_way_reads_back(amount):
    from synergy.normalize import parse_money

    grouped = f"{amount:,}"
    spellings = [str(amount), grouped.replace(",", "."), f"Rp {grouped.replace(',', '.')},00",
                 f"Rp{grouped.replace(',', '.')}", f"Rp {grouped.replace(',', '.')},-", grouped]
    assert {s: parse_money(s) for s in spellings} == {s: amount for s in spellings}
    if amount % 10**7 == 0:  # whole hundredths of a miliar: "Rp 1,25 M"
        miliar = f"{amount / 10**9:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        assert parse_money(f"Rp {miliar} M") == amount
