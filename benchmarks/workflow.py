"""Figures for the city's yearly workflow: template, merge, diff, CKAN import, DCAT.

Run: python benchmarks/workflow.py [--packages 2000]
Prints wall time of each step and the process's peak memory so far, and checks
the results (the merged forms give back the city, the catalogue conforms).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import tempfile
import time
import resource


def measure(label, func):
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<58} {seconds:7.2f} s   peak RSS so far {peak:6.0f} MiB", flush=True)
    return result


def synthetic_portal(folder: pathlib.Path, n: int, rows: int = 1000) -> None:
    """n packages over 40 organisations, in package_search pages of ``rows``."""
    orgs = [{"id": f"org-{i}", "name": f"dinas-{i}", "title": f"Dinas Nomor {i} Kota Contoh"} for i in range(40)]
    packages = []
    for i in range(n):
        org = orgs[i % len(orgs)]
        packages.append({
            "id": f"pkg-{i}", "name": f"data-{i}", "title": f"Data Nomor {i}", "notes": "Uraian data.",
            "owner_org": org["id"], "organization": org, "private": False, "state": "active",
            "license_id": "cc-by", "license_title": "Creative Commons Attribution",
            "license_url": "http://www.opendefinition.org/licenses/cc-by",
            "metadata_modified": "2024-01-01T00:00:00", "tags": [{"name": "t%d" % (i % 50)}],
            "resources": [{"name": "csv", "format": "CSV", "url": f"https://data.example.go.id/{i}.csv"}],
        })
    for page, start in enumerate(range(0, n, rows)):
        body = {"help": "https://data.example.go.id/api/3/action/help_show?name=package_search", "success": True,
                "result": {"count": n, "results": packages[start:start + rows]}}
        (folder / f"package_search_{page:03d}.json").write_text(json.dumps(body), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", type=int, default=2000)
    args = parser.parse_args()

    from synergy.ckan import import_ckan
    from synergy.dcat import catalog_graph, validate_catalog
    from synergy.diff import diff_models
    from synergy.ingest import load_model
    from synergy.merge import merge_sources
    from synergy.template import write_template

    city, _ = load_model()
    print(f"sample city: {len(city.agencies)} agencies, {len(city.programs)} programs, {len(city.datasets)} datasets")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        forms = tmp / "forms"
        forms.mkdir()
        measure(f"template: one pre-filled form per agency ({len(city.agencies)})", lambda: [
            write_template(forms / f"{a}.xlsx", city, a) for a in city.agencies["id"]])
        result = measure(f"merge: {len(city.agencies)} forms -> CSV folder", lambda: merge_sources(
            sorted(forms.glob("*.xlsx")), tmp / "kota"))
        changes = measure("diff: merged forms vs the sample city (with duplicates)",
                          lambda: diff_models(city, result.model))
        print(f"  changes found: {len(changes)} (0 means the forms gave the city back)")
        portal = tmp / "portal"
        portal.mkdir()
        synthetic_portal(portal, args.packages)
        imported = measure(f"import-ckan: {args.packages} packages in pages of 1000",
                           lambda: import_ckan(portal, city))
        graph = measure("dcat: catalogue graph of the import", lambda: catalog_graph(imported.model))
        report = measure(f"dcat: SHACL check ({len(graph)} triples)", lambda: validate_catalog(graph))
        print(f"  conforms: {report.conforms}")


if __name__ == "__main__":
    main()
