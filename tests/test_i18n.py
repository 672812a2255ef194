"""One language layer: every public function that takes ``lang`` refuses a wrong one the same way.

The functions are found by reading the code (:mod:`ast`): a new public function or method
with a ``lang`` parameter must be added to :data:`CALLS`, with a call that gives it ``"xx"``.
"""
from __future__ import annotations

import ast
import datetime
import pathlib

import pandas as pd
import pytest

from synergy import calibration, classify as classify_, dependencies, display, duplicates, explain, find as find_
from synergy import i18n, merge, overlaps
from synergy import metrics, report, review, roadmap as roadmap_, shared_data as shared_data_, stats as stats_, status
from synergy.errors import SynergyError, UnknownLanguage
from synergy.model import CityModel, empty_table
from synergy.visualizations import findings, maps, static, style, views

ROOT = pathlib.Path(__file__).resolve().parent.parent
BAD = "xx"


def public_lang_functions() -> set[str]:
    """``module:function`` and ``module:Class.method`` of every public def with a ``lang`` parameter."""
    found = set()
    for folder, package in (("synergy", "synergy"), ("visualizations", "synergy.visualizations")):
        for path in sorted((ROOT / folder).glob("*.py")):
            module = f"{package}.{path.stem}"
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in tree.body:
                defs = [(node.name, node)] if isinstance(node, ast.FunctionDef) else []
                if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                    defs = [(f"{node.name}.{f.name}", f) for f in node.body if isinstance(f, ast.FunctionDef)]
                for name, f in defs:
                    params = [a.arg for a in f.args.args + f.args.kwonlyargs]
                    if "lang" in params and not name.rpartition(".")[2].startswith("_"):
                        found.add(f"{module}:{name}")
    return found


@pytest.fixture(scope="module")
def city():
    return CityModel.from_records(
        agencies=[{"id": "A", "name": "Dinas A"}, {"id": "B", "name": "Dinas B"}],
        programs=[{"id": "P1", "name": "Aplikasi Pengaduan Warga", "agency": "A", "dimension": ("governance",),
                   "uses": ("D1",), "produces": ("D2",), "budget": 5_000_000},
                  {"id": "P2", "name": "Aplikasi Keluhan Warga", "agency": "B", "dimension": ("governance",),
                   "uses": ("D2",), "produces": ("D1",)}],
        datasets=[{"id": "D1", "name": "Data Satu", "producer": "A"},
                  {"id": "D2", "name": "Data Dua", "producer": "B"}])


def _scored(m):
    return duplicates.score_pairs(m, normalizer=duplicates.shared_normalizer())


def _explain(m, lang):
    return explain.build_result_frames(m, _scored(m), normalizer=duplicates.shared_normalizer(), lang=lang)


#: ``module:function`` -> a call of it on the small city with ``lang``.
CALLS = {
    "synergy.i18n:set_language": lambda m, lang: i18n.set_language(lang),
    "synergy.i18n:check_lang": lambda m, lang: i18n.check_lang(lang),
    "synergy.i18n:pick": lambda m, lang: i18n.pick(("a", "b"), lang),
    "synergy.i18n:Catalogue.text": lambda m, lang: i18n.Catalogue({"k": ("a", "b")}).text("k", lang),
    "synergy.i18n:Catalogue.words": lambda m, lang: i18n.Catalogue({"k": ("a", "b")}).words(lang),
    "synergy.i18n:format_number": lambda m, lang: i18n.format_number(1234, lang),
    "synergy.i18n:format_rupiah": lambda m, lang: i18n.format_rupiah(None, lang),
    "synergy.i18n:format_date": lambda m, lang: i18n.format_date(datetime.date(2025, 3, 5), lang),
    "synergy.classify:classify": lambda m, lang: classify_.classify(m, lang=lang),
    "synergy.dependencies:chain": lambda m, lang: dependencies.chain(m, "D1", "P1", lang=lang),
    "synergy.dependencies:cycles": lambda m, lang: dependencies.cycles(m, lang=lang),
    "synergy.dependencies:Impact.summary": lambda m, lang: dependencies.impact(m, "D1").summary(lang),
    "synergy.display:header": lambda m, lang: display.header("budget", lang),
    "synergy.display:format_table": lambda m, lang: display.format_table(pd.DataFrame(), lang=lang),
    "synergy.duplicates:find_duplicates": lambda m, lang: duplicates.find_duplicates(m, lang=lang),
    "synergy.duplicates:ScoredPairs.notes": lambda m, lang: _scored(m).notes(lang),
    "synergy.explain:build_result_frames": _explain,
    "synergy.find:find": lambda m, lang: find_.find(m, "warga", lang=lang),
    "synergy.merge:MergeResult.summary": lambda m, lang: merge.MergeResult(m).summary(lang),
    "synergy.metrics:coverage": lambda m, lang: metrics.coverage(m, lang=lang),
    "synergy.overlaps:shared_labels": lambda m, lang: overlaps.shared_labels(1, lang),
    "synergy.report:build_report": lambda m, lang: report.build_report(m, lang=lang, maps=False),
    "synergy.review:review_findings": lambda m, lang: review.review_findings(m, lang=lang),
    "synergy.review:run_session": lambda m, lang: review.run_session(
        [], empty_table("decisions"), ask=lambda: "q", say=lambda text: None, save=lambda table: None, lang=lang),
    "synergy.roadmap:roadmap": lambda m, lang: roadmap_.roadmap(m, lang=lang),
    "synergy.shared_data:shared_data": lambda m, lang: shared_data_.shared_data(m, lang=lang),
    "synergy.shared_data:shared_data_notes": lambda m, lang: shared_data_.shared_data_notes(m, lang=lang),
    "synergy.calibration:calibration_note": lambda m, lang: calibration.calibration_note("applications", lang),
    "synergy.stats:stats": lambda m, lang: stats_.stats(m, lang=lang),
    "synergy.stats:CityStats.sections": lambda m, lang: stats_.stats(m).sections(lang),
    "synergy.status:FormStatus.summary": lambda m, lang: status.FormStatus(
        pd.DataFrame({"agency": ["A"], "state": ["missing"]}), pd.DataFrame()).summary(lang),
    "synergy.visualizations.findings:duplicates": lambda m, lang: findings.duplicates(m, lang=lang),
    "synergy.visualizations.findings:application_duplicates":
        lambda m, lang: findings.application_duplicates(m, lang=lang),
    "synergy.visualizations.findings:shared_data": lambda m, lang: findings.shared_data(m, lang=lang),
    "synergy.visualizations.findings:cycles": lambda m, lang: findings.cycles(m, lang=lang),
    "synergy.visualizations.findings:critical_datasets": lambda m, lang: findings.critical_datasets(m, lang=lang),
    "synergy.visualizations.findings:longest_chains": lambda m, lang: findings.longest_chains(m, lang=lang),
    "synergy.visualizations.findings:roadmap": lambda m, lang: findings.roadmap(m, lang=lang),
    "synergy.visualizations.findings:gather": lambda m, lang: findings.gather(m, lang=lang),
    "synergy.visualizations.maps:build_map": lambda m, lang: maps.build_map(m, lang=lang),
    "synergy.visualizations.static:build_picture": lambda m, lang: static.build_picture(m, lang=lang, fmt="svg"),
    "synergy.visualizations.style:text": lambda m, lang: style.text("budget", lang),
    "synergy.visualizations.style:dimension_label": lambda m, lang: style.dimension_label("living", lang),
    "synergy.visualizations.style:element_label": lambda m, lang: style.element_label("health", lang),
    "synergy.visualizations.style:kind_label": lambda m, lang: style.kind_label("agency", lang),
    "synergy.visualizations.style:relation_label": lambda m, lang: style.relation_label("reuse", lang),
    "synergy.visualizations.style:format_rupiah": lambda m, lang: style.format_rupiah(5, lang),
    "synergy.visualizations.style:value_label": lambda m, lang: style.value_label("horizon", "short", lang),
    "synergy.visualizations.views:build_view": lambda m, lang: views.build_view(m, lang=lang),
}


def test_every_public_function_with_a_lang_is_called_here():
    assert public_lang_functions() == set(CALLS)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_wrong_language_is_one_error_everywhere(name, city):
    with pytest.raises(UnknownLanguage) as caught:
        CALLS[name](city, BAD)
    # one error, whichever way a caller catches it, in both languages
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, SynergyError)
    assert "unknown language 'xx'" in str(caught.value) and "bahasa 'xx' tidak dikenal" in str(caught.value)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_both_languages_are_accepted(name, city):
    for lang in i18n.LANGS:
        CALLS[name](city, lang)
    i18n.set_language("id")


def test_numbers_and_money_in_each_language():
    assert [i18n.format_number(1234567, lang) for lang in i18n.LANGS] == ["1.234.567", "1,234,567"]
    assert [i18n.format_rupiah(1_250_000_000, lang) for lang in i18n.LANGS] == ["Rp 1,25 miliar", "IDR 1.25 billion"]
    assert [i18n.format_rupiah(250_000, lang) for lang in i18n.LANGS] == ["Rp 250.000", "IDR 250,000"]
    assert i18n.format_rupiah(pd.NA) == "" and i18n.format_rupiah(float("nan"), missing="-") == "-"
    # explain's and the maps' names for it are the one formatter
    assert explain.format_rupiah is i18n.format_rupiah
    assert style.format_rupiah(None) == "-" and style.format_rupiah(1_250_000_000, "en") == "IDR 1.25 billion"
