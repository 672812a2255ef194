"""Time every shared-data, dependency and metrics analysis on a synthetic city.

Usage::

    python benchmarks/bench_analyses.py                    # 100,000 programs (the target: all < 30 s)
    python benchmarks/bench_analyses.py --programs 10000 --regions 5
    python benchmarks/bench_analyses.py --programs 1000000 --regions 500 --stream   # shared data as the CLI reads it

The city is generated here (seeded): regions of 30 agencies each, one
walidata per region, a region-free BPS, a few "master" datasets per region
that many agencies use (population, poverty, maps), datasets mostly produced by
one program and used by programs listed after it (real plans are mostly
ordered), 1 % of links pointing backwards (so cycles exist), 40 % of programs
with a free-text data need, 5 % with an explicit ``depends_on``.

Densities follow the sample city (data/pasuruan): about half a dataset use
per program, a quarter of programs producing a dataset, 15 % with a data need
(a quarter of those about subjects no dataset covers: gaps), 5 % with an
explicit ``depends_on``; topics are subject x group x aspect (about 13,000), so that
two datasets share a topic about as often as in a real plan. (``synergy.generate``
writes programs without uses/produces/needs, so it cannot exercise these
analyses; this generator does.)

Prints one line per analysis: wall and CPU seconds, rows returned; then the
totals, the peak resident memory of the process (``ru_maxrss``) and the load
average (on a shared machine wall time depends on it, CPU time hardly).
"""
from __future__ import annotations

import argparse
import os
import pathlib
import random
import resource
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from synergy.model import CityModel  # noqa: E402
from synergy.schema import ELEMENTS  # noqa: E402

SUBJECTS = [
    "rumah tangga miskin", "balita stunting", "usaha mikro kecil menengah", "jalan rusak", "sampah rumah tangga",
    "air bersih", "penerangan jalan umum", "sekolah dasar", "puskesmas", "pasar rakyat", "destinasi wisata",
    "genangan banjir", "lalu lintas", "kamera pengawas", "aduan warga", "perizinan usaha", "pajak daerah",
    "aset daerah", "pegawai negeri", "arsip daerah", "kualitas udara", "ruang terbuka hijau", "pedagang kaki lima",
    "anak putus sekolah", "lansia terlantar", "ibu hamil", "imunisasi anak", "tenaga kerja", "pelatihan kerja",
    "koperasi", "nelayan", "lahan pertanian", "harga pangan", "bantuan sosial", "rumah tidak layak huni",
    "kebakaran", "bencana alam", "angkutan umum", "parkir", "retribusi pasar",
]
#: What a dataset or need says about its subject; subject x aspect gives ~1,600 distinct topics.
ASPECTS = [
    "jumlah", "lokasi", "kondisi", "anggaran", "capaian", "realisasi", "kebutuhan", "sebaran", "riwayat",
    "status", "kapasitas", "jadwal", "tarif", "penerima", "petugas", "sarana", "keluhan", "izin", "produksi",
    "harga", "volume", "kualitas", "kejadian", "peserta", "pelanggaran", "inventaris", "tagihan", "standar",
    "indeks", "rencana", "pendapatan", "biaya", "rute", "luas", "daya", "titik", "register", "profil", "target",
    "evaluasi",
]
#: Who or where a subject concerns; subject x group gives 320 subjects, as many as a real plan names.
GROUPS = ["anak", "lansia", "perempuan", "penyandang disabilitas", "wilayah pesisir", "kawasan industri",
          "pusat perdagangan", "permukiman padat"]
#: Subjects no dataset covers: needs about them are gaps.
NOVEL = ["kebisingan kota", "sumur resapan", "cagar budaya", "hewan ternak", "menara telekomunikasi",
         "reklame", "rumah ibadah", "makam umum"]
VERBS = ["Pengembangan Aplikasi", "Pendataan", "Peningkatan Layanan", "Pembangunan Sistem", "Sosialisasi",
         "Pelatihan", "Pemantauan", "Penyediaan Data", "Digitalisasi", "Pemetaan"]
PLACES = ["Kota", "Kecamatan", "Kelurahan", "Kawasan Pusat", "Wilayah Pesisir"]
DATA_WORDS = ["Data", "Daftar", "Rekap", "Basis Data", "Peta", "Statistik"]
HORIZONS = ["quick-win", "short", "medium", "long", ""]
CLASSES = ["terbuka", "terbatas", "dikecualikan", ""]


def generate(n_programs: int, n_regions: int, seed: int = 1) -> CityModel:
    """A synthetic city (see the module docstring)."""
    rng = random.Random(seed)
    elements = list(ELEMENTS)
    agencies, programs, datasets = [], [], []
    agencies.append({"id": "BPS", "name": "Badan Pusat Statistik", "type": "external", "roles": ("pembina-data",)})
    for s in range(len(SUBJECTS) // 2):
        datasets.append({"id": f"DS-BPS-{s:03d}", "name": f"Statistik {SUBJECTS[s]}", "producer": "BPS",
                         "keywords": tuple(SUBJECTS[s].split()), "classification": "terbuka"})
    per_region = n_programs // n_regions
    for r in range(n_regions):
        region = f"35.{r:02d}"
        ags = [f"R{r:02d}-OPD{i:02d}" for i in range(30)]
        for i, a in enumerate(ags):
            agencies.append({"id": a, "name": f"Perangkat Daerah {i} Wilayah {r}", "region": region,
                             "roles": ("walidata",) if i == 0 else ("produsen-data",)})
        region_ds = []
        masters = []
        for m, subject in enumerate(("penduduk nik kartu keluarga", "rumah tangga miskin", "peta dasar wilayah")):
            did = f"R{r:02d}-DSM{m}"
            masters.append(did)
            datasets.append({"id": did, "name": f"Data {subject}", "producer": ags[m + 1],
                             "keywords": tuple(subject.split()), "classification": rng.choice(CLASSES)})
        start = len(programs)
        for j in range(per_region):
            pid = f"R{r:02d}-P{j:05d}"
            subject = f"{rng.choice(SUBJECTS)} {rng.choice(GROUPS)}"
            topic = f"{rng.choice(ASPECTS)} {subject}"
            el = rng.choice(elements)
            uses = set()
            if rng.random() < 0.3:
                uses.add(rng.choice(masters))
            if region_ds and rng.random() < 0.3:
                # mostly data produced earlier; 1 % of the time any dataset (cycles)
                pool = region_ds if rng.random() < 0.01 else region_ds[: max(1, len(region_ds) - 1)]
                uses.add(rng.choice(pool))
            produces = ()
            if rng.random() < 0.25:
                did = f"R{r:02d}-DS{len(region_ds):05d}"
                region_ds.append(did)
                produces = (did,)
                datasets.append({"id": did, "name": f"{rng.choice(DATA_WORDS)} {topic} {rng.choice(PLACES)}",
                                 "producer": ags[j % 30], "keywords": (topic,),
                                 "classification": rng.choice(CLASSES)})
            deps = ()
            if j > 0 and rng.random() < 0.05:
                deps = (programs[start + rng.randrange(j)]["id"],)
            needs = ()
            if rng.random() < 0.15:
                about = rng.choice(NOVEL) if rng.random() < 0.25 else f"{rng.choice(SUBJECTS)} {rng.choice(GROUPS)}"
                needs = (f"data {rng.choice(ASPECTS)} {about} per {rng.choice(PLACES).lower()}",)
            programs.append({
                "id": pid, "name": f"{rng.choice(VERBS)} {subject} {rng.choice(PLACES)}", "agency": ags[j % 30],
                "dimension": (ELEMENTS[el][0],), "element": el, "horizon": rng.choice(HORIZONS),
                "budget": rng.randrange(50, 5000) * 1_000_000, "uses": tuple(sorted(uses)),
                "produces": produces, "needs": needs, "depends_on": deps,
                "description": f"{topic} di {rng.choice(PLACES).lower()}",
            })
        # a program using a dataset produced after it (the backwards 1 %) can close a loop; also plant one
        if per_region > 2:
            a, b = programs[start], programs[start + 1]
            a["depends_on"] = (b["id"],)
            b["depends_on"] = (a["id"],)
    return CityModel.from_records(agencies=agencies, programs=programs, datasets=datasets)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=100_000)
    parser.add_argument("--regions", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duplicates", action="store_true",
                        help="also time the duplicates analysis on this city, and count duplicated programs in "
                             "the agency matrix and communities, as `synergy metrics` does by default")
    parser.add_argument("--stream", action="store_true",
                        help="read shared data a piece at a time, as `synergy shared-data --format csv` writes it "
                             "(shared_data(stream=True)), instead of as one frame")
    args = parser.parse_args(argv)

    from synergy import dependencies as dep
    from synergy import metrics, roadmap, shared_data
    from synergy.duplicates import find_duplicates

    t0 = time.perf_counter()
    model, source = generate(args.programs, args.regions, args.seed), "bench_analyses.generate"
    print(f"city: {len(model.programs):,} programs, {len(model.datasets):,} datasets, "
          f"{len(model.agencies):,} agencies, {args.regions} regions ({source}, {time.perf_counter() - t0:.1f} s)")
    hub = "R00-DSM0"  # the population dataset of region 0
    ends = {}  # the start and end of the longest chain, found once the flow graph is built

    def leaf():
        if not ends:
            top = dep.longest_chains(model, 1)
            ends.update(start=top.loc[0, "start"].strip("{}").split("|")[0],
                        end=top.loc[0, "end"].strip("{}").split("|")[0])
        return ends["end"]

    def pieces_read(found):
        """Each piece made and let go, as the CLI writes them; the rows counted."""
        return range(sum(len(piece) for piece in found.pieces(50_000)))

    def build():
        flow = dep.flow_graph(model)
        flow.condensed()
        return flow.program_edges()

    runs = [
        ("flow graph + condensation (once)", build),
        *([("duplicates (find_duplicates)", lambda: find_duplicates(model).pairs)] if args.duplicates else []),
        ("shared_data (all kinds)", (lambda: pieces_read(shared_data.shared_data(model, stream=True)))
         if args.stream else (lambda: shared_data.shared_data(model))),
        ("downstream (master dataset)", lambda: dep.downstream(model, hub)),
        ("upstream (end of longest chain)", lambda: dep.upstream(model, leaf())),
        ("chain (longest)", lambda: dep.chain(model, ends["start"], leaf())),
        ("cycles", lambda: dep.cycles(model)),
        ("impact (master dataset)", lambda: dep.impact(model, hub).affected),
        ("critical_nodes", lambda: dep.critical_nodes(model)),
        ("longest_chains", lambda: dep.longest_chains(model, 10)),
        ("roadmap", lambda: roadmap.roadmap(model)),
        ("agency_pairs", lambda: metrics.agency_pairs(model, duplicates=args.duplicates)),
        ("coverage", lambda: metrics.coverage(model)),
        ("communities", lambda: metrics.communities(model, duplicates=args.duplicates)),
    ]
    total = cpu_total = 0.0
    print(f"{'analysis':<34} {'wall':>9}  {'cpu':>9}  {'rows':>8}")
    for name, run in runs:
        start, cpu = time.perf_counter(), time.process_time()
        result = run()
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
        total += seconds
        cpu_total += cpu_seconds
        print(f"{name:<34} {seconds:7.2f} s  {cpu_seconds:7.2f} s  {len(result):>8,}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = os.getloadavg()[0]
    print(f"{'total':<34} {total:7.2f} s  {cpu_total:7.2f} s  (target < 30 s at 100,000 programs)")
    print(f"peak memory {peak:,.0f} MB; load average {load:.1f} on {os.cpu_count()} cores "
          "(wall time grows with other work on the machine; cpu time does not)")


if __name__ == "__main__":
    main()
