"""How fast the report is written and how fast a big map becomes usable in a browser.

Usage::

    python benchmarks/bench_report.py                  # everything below
    python benchmarks/bench_report.py --programs 10000 --skip-browser
    python benchmarks/bench_report.py --screenshot docs/img/report.png

Measures

1. the sample city's report: load + build + write, in this process (target < 3 s),
   and the same through the ``synergy report`` command (a new interpreter);
2. a generated city of ``--programs`` programs (default 10,000; seeded,
   ``--agencies`` agencies, one dataset per 10 programs, data flowing from
   earlier to later agencies): the time to build the city map in Python (the
   automatic aggregated view, and the full view with physics off), the file
   size, and the time until the map is drawn and answers in headless Chromium
   (``/usr/bin/chromium``, network blocked): page load to first drawing, then a
   search that selects a node;
3. peak resident memory of this process (``ru_maxrss``).

With ``--screenshot PATH`` the top of the sample city's report is saved as a PNG
(the picture in the README).
"""
from __future__ import annotations

import argparse
import pathlib
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from synergy.model import CityModel  # noqa: E402
from synergy.schema import DIMENSIONS, ELEMENTS  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
SUBJECTS = ["rumah tangga miskin", "balita stunting", "usaha mikro", "jalan rusak", "sampah", "air bersih",
            "penerangan jalan", "sekolah dasar", "puskesmas", "pasar rakyat", "destinasi wisata", "banjir",
            "lalu lintas", "kamera pengawas", "aduan warga", "perizinan usaha", "pajak daerah", "aset daerah",
            "kualitas udara", "ruang terbuka hijau", "lansia", "imunisasi", "tenaga kerja", "koperasi"]
VERBS = ["Aplikasi", "Pendataan", "Layanan Daring", "Sistem Informasi", "Pemetaan", "Dasbor", "Pemantauan"]


def generate(n_programs: int, n_agencies: int, seed: int = 7) -> CityModel:
    """A seeded synthetic city; programs use data of agencies listed before theirs (no cycles)."""
    rng = random.Random(seed)
    dims, elements = list(DIMENSIONS), list(ELEMENTS)
    agencies = [{"id": f"OPD{a:03d}", "name": f"Dinas Sintetis {a}", "short_name": f"OPD {a}"}
                for a in range(n_agencies)]
    n_datasets = max(n_agencies, n_programs // 10)
    datasets = [{"id": f"DS{d:05d}", "name": f"Data {rng.choice(SUBJECTS)} {d}",
                 "producer": f"OPD{d % n_agencies:03d}"} for d in range(n_datasets)]
    by_agency: dict[int, list[str]] = {}
    for d in range(n_datasets):
        by_agency.setdefault(d % n_agencies, []).append(f"DS{d:05d}")
    programs = []
    for p in range(n_programs):
        a = p % n_agencies
        element = rng.choice(elements)
        earlier = [ds for b in range(a) for ds in by_agency[b][:3]]
        uses = tuple(sorted(set(rng.sample(earlier, min(len(earlier), rng.randint(0, 2)))))) if earlier else ()
        own = by_agency[a]
        programs.append({
            "id": f"P{p:06d}", "name": f"{rng.choice(VERBS)} {rng.choice(SUBJECTS)} {p}", "agency": f"OPD{a:03d}",
            "dimension": (ELEMENTS[element][0],) if rng.random() < 0.9 else (rng.choice(dims),),
            "element": element, "budget": rng.randrange(50, 5_000) * 1_000_000,
            "uses": uses, "produces": (own[p // n_agencies % len(own)],) if rng.random() < 0.3 else (),
        })
    return CityModel.from_records(agencies, programs, datasets)


def seconds(start: float) -> str:
    return f"{time.perf_counter() - start:.2f} s"


def bench_sample_report(out_dir: pathlib.Path) -> None:
    from synergy.ingest import load_model
    from synergy.report import write_report

    start, cpu = time.perf_counter(), time.process_time()
    model, _ = load_model(None)
    loaded = time.perf_counter() - start
    path = write_report(model, out_dir / "laporan.html")
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"sample report (in process, first run with imports): load {loaded:.2f} s, load+build+write "
          f"{total:.2f} s wall / {total_cpu:.2f} s CPU, {path.stat().st_size / 1e6:.2f} MB, {len(model.programs)} programs")
    start, cpu = time.perf_counter(), time.process_time()
    write_report(model, out_dir / "laporan2.html")
    print(f"sample report again (warm): {seconds(start)} wall / {time.process_time() - cpu:.2f} s CPU")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import cli; cli.main()", "report", "-o", str(out_dir / "cli.html")],
                   check=True, capture_output=True, cwd=ROOT)
    print(f"sample report (synergy report command, new interpreter): {seconds(start)}")


def time_to_interactive(browser, path: pathlib.Path, search: str) -> tuple[float, float, int]:
    """Seconds to the first drawing, then to a search answered; node count."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    leaked = []
    own = path.resolve().as_uri()

    def route(r):
        if r.request.url == own:
            r.continue_()
        else:
            leaked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(own)
    page.wait_for_selector(".syn-map[data-state=ready]", timeout=300_000)
    drawn = time.perf_counter() - start
    page.fill(".syn-search", search)
    page.press(".syn-search", "Enter")
    page.wait_for_selector(".syn-side .syn-node-name, .syn-side .syn-results li", timeout=60_000)
    answered = time.perf_counter() - start
    nodes = page.evaluate("window.synergyMaps[0].nodes.length")
    context.close()
    if leaked:
        raise SystemExit(f"requests left the page: {leaked[:3]}")
    return drawn, answered, nodes


def bench_big_map(n_programs: int, n_agencies: int, out_dir: pathlib.Path, browser) -> None:
    from synergy.visualizations.maps import write_map

    start = time.perf_counter()
    model = generate(n_programs, n_agencies)
    print(f"generated {n_programs} programs, {n_agencies} agencies, {len(model.datasets)} datasets: {seconds(start)}")
    from synergy.visualizations import findings

    start = time.perf_counter()
    analyses = findings.gather(model, names=("duplicates", "shared_data"))
    print(f"analyses the map shows (duplicates: {len(analyses['duplicates'].table())} pairs, shared data: "
          f"{len(analyses['shared_data'].table())} rows): {seconds(start)}")
    for label, aggregate, search in (("default view", None, "Dinas Sintetis 7"), ("full, no aggregation", False, "P000123")):
        start = time.perf_counter()
        path = write_map(model, out_dir / f"peta-{'agg' if aggregate is None else 'full'}.html", aggregate=aggregate,
                         analyses=analyses)
        built = time.perf_counter() - start
        line = f"{n_programs}-program map, {label}: built and written {built:.2f} s, {path.stat().st_size / 1e6:.1f} MB"
        if browser is not None:
            drawn, answered, nodes = time_to_interactive(browser, path, search)
            line += f"; Chromium: {nodes} nodes drawn {drawn:.2f} s, search answered {answered:.2f} s"
        print(line, flush=True)


def screenshot(path: pathlib.Path, out_dir: pathlib.Path, browser) -> None:
    from synergy.ingest import load_model
    from synergy.report import write_report

    model, _ = load_model(None)
    report = write_report(model, out_dir / "shot.html")
    page = browser.new_page(viewport={"width": 1200, "height": 1500}, device_scale_factor=1)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(report.resolve().as_uri())
    page.wait_for_selector(".syn-map[data-state=ready]", timeout=60_000)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    page.close()
    print(f"screenshot: {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--programs", type=int, default=10_000)
    parser.add_argument("--agencies", type=int, default=60)
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--skip-sample", action="store_true")
    parser.add_argument("--screenshot", type=pathlib.Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp)
        if not args.skip_sample:
            bench_sample_report(out)
        browser = playwright = None
        if not args.skip_browser:
            from playwright.sync_api import sync_playwright

            playwright = sync_playwright().start()
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            if args.screenshot and browser is not None:
                screenshot(args.screenshot, out, browser)
            if args.programs:
                bench_big_map(args.programs, args.agencies, out, browser)
        finally:
            if browser is not None:
                browser.close()
                playwright.stop()
    print(f"peak memory (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
