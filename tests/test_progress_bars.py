"""Long commands show how far they are on a terminal, and nothing anywhere else.

Each command runs in a real child process whose standard error is a pseudo-terminal
(what a person at a console has); standard output goes to a file, which the bars must
never touch.
"""
from __future__ import annotations

import os
import pathlib
import select
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run_on_terminal(args, tmp_path, env=None, timeout=300):
    """(exit code, what standard error showed on the terminal, standard output)."""
    master, slave = os.openpty()
    out_path = tmp_path / "stdout.txt"
    with out_path.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "cli", *args], stdin=subprocess.DEVNULL, stdout=out,
                                stderr=slave, cwd=ROOT, env={**os.environ, **(env or {})}, close_fds=True)
        os.close(slave)
        shown = b""
        while True:
            ready, _, _ = select.select([master], [], [], timeout)
            if not ready:
                proc.kill()
                raise AssertionError(f"no end within {timeout} s; the terminal shows:\n{shown[-2000:]!r}")
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal: it ended
                chunk = b""
            if not chunk:
                break
            shown += chunk
        code = proc.wait(timeout=60)
    os.close(master)
    return code, shown.decode("utf-8", "replace"), out_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def four_regions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("roll-up")
    subprocess.run([sys.executable, "-m", "cli", "generate", "--regions", "4", "--programs", "80", "--seed", "3",
                    "-o", str(folder)], cwd=ROOT, check=True, capture_output=True)
    return folder


@pytest.mark.parametrize("workers", ["1", "2"])
def test_duplicates_shows_the_regions_and_reading_then_clears_the_line(four_regions, tmp_path, workers):
    code, shown, out = run_on_terminal(["duplicates", str(four_regions), "--format", "csv"], tmp_path,
                                       env={"SYNERGY_WORKERS": workers})
    assert code == 0, shown
    assert "membaca / reading" in shown
    assert "memeriksa / checking [" in shown  # the checks after reading: seconds at a million programs
    assert "kegiatan rutin / routine work [" in shown
    assert "menyiapkan teks / preparing texts [" in shown  # the records' features: acronyms, owners named,
    assert "membaca nama / reading names [" in shown  # distinct names, then descriptions,
    assert "membaca uraian / reading descriptions [" in shown
    assert "membaca fungsi / reading functions [" in shown  # each distinct name and description read together,
    assert "membaca kode, data / reading codes, data [" in shown  # then codes, kinds of work, data
    assert "duplikasi / duplicates [" in shown and "/4" in shown  # one step per region
    assert f"duplikasi / duplicates [{'.' * 30}] 0/4" in shown  # drawn when the first step starts
    # the bar is wiped: a finished command leaves its output only (and its notes, after the bar)
    bars, wipe, after = shown.rpartition("\r" + " " * 79 + "\r")
    assert wipe and "[#" not in after and "duplikasi /" not in after and "membaca /" not in after
    assert max(len(line) for line in bars.split("\r")) <= 79  # one line of an 80-column console
    assert out.startswith("program_a,program_b,score") and "duplikasi" not in out  # results untouched


def test_shared_data_and_map_show_their_steps(tmp_path):
    code, shown, out = run_on_terminal(["shared-data", "--format", "csv"], tmp_path)
    assert code == 0, shown
    assert "kebutuhan data / data needs [" in shown and "data ganda / duplicate datasets [" in shown
    assert out.startswith("kind,program,dataset") and "[#" not in out
    code, shown, _ = run_on_terminal(["map", "-o", str(tmp_path / "peta.html")], tmp_path)
    assert code == 0, shown
    assert "analisis / analyses [" in shown and "/3" in shown  # the agency map's three analyses


@pytest.mark.parametrize("args, labels", [
    (["metrics", "--what", "communities"], ["duplikasi / duplicates [", "ikatan antar-OPD / agency ties [",
                                            "kelompok kerja / working groups ["]),
    (["metrics"], ["membaca nama / reading names [", "ikatan antar-OPD / agency ties ["]),
    (["metrics", "--what", "critical"], ["simpul kritis / critical nodes ["]),
    (["metrics", "--what", "chains"], ["rantai terpanjang / longest chains ["]),
    (["roadmap"], ["peta jalan / roadmap ["]),
    (["cycles"], ["siklus / cycles ["]),
    (["deps", "R001-OPD01"], ["ketergantungan / dependencies ["]),
    (["impact", "R001-OPD01"], ["dampak / impact ["]),
    (["chain", "R001-OPD01", "R001-OPD02"], ["rantai / chain ["]),
])
def test_the_analyses_after_reading_say_what_they_do(four_regions, tmp_path, args, labels):
    # at a million programs each runs ten seconds to a minute after the files are read
    # a node's id comes after SOURCE: the command, the roll-up, then the rest
    code, shown, out = run_on_terminal([args[0], str(four_regions), *args[1:], "--format", "csv"], tmp_path)
    assert code == 0, shown
    for label in labels:
        assert label in shown, (label, shown[-600:])
    bars, wipe, after = shown.rpartition("\r" + " " * 79 + "\r")
    assert wipe and "[#" not in after and "[." not in after  # wiped before the results
    assert "[#" not in out and "[." not in out


def test_quiet_or_not_a_terminal_draws_nothing(four_regions, tmp_path):
    code, shown, out = run_on_terminal(["-q", "duplicates", str(four_regions), "--format", "csv"], tmp_path)
    assert code == 0
    assert "[" not in shown and "membaca" not in shown
    piped = subprocess.run([sys.executable, "-m", "cli", "duplicates", str(four_regions), "--format", "csv"],
                           cwd=ROOT, capture_output=True, text=True)
    assert piped.returncode == 0 and "[#" not in piped.stderr and "membaca" not in piped.stderr
    assert piped.stdout == out


def test_a_store_folder_shows_its_building_then_its_reading_back(four_regions, tmp_path):
    store = tmp_path / "store"
    code, shown, out = run_on_terminal(["stats", str(four_regions), "--store", str(store)], tmp_path)
    assert code == 0, shown
    assert "membaca / reading" in shown and "menyimpan store / building store [" in shown
    assert "membaca store" not in shown  # built, not read back
    code, shown, again = run_on_terminal(["stats", str(four_regions), "--store", str(store)], tmp_path)
    assert code == 0, shown
    assert "membaca store / reading store [" in shown and "building store" not in shown
    assert "membaca / reading [" not in shown  # the sources are not parsed again
    assert again == out and "[#" not in out  # the same results, untouched by the bars
