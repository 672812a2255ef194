"""The package as a user installs it: a wheel in a fresh virtual environment.

The fresh environment borrows the test environment's third-party packages through a
``.pth`` line (so the test needs no network), while synergy itself comes only from
the wheel: nothing of the repository is importable there.
"""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(out)],
        check=True, cwd=out,
    )
    (found,) = out.glob("synergy-*.whl")
    return found


def test_wheel_ships_ontology_sample_and_no_generic_top_level(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {n.split("/")[0] for n in names if not n.startswith("synergy-")}
    assert top_level == {"synergy", "cli.py"}
    assert "synergy/ontology/synergy.ttl" in names
    assert "synergy/ontology/dimensions.ttl" in names
    assert "synergy/ontology/shapes.ttl" in names
    assert "synergy/data/pasuruan/programs.csv" in names
    assert "synergy/data/pasuruan/pasuruan.xlsx" in names


def test_wheel_ships_every_data_file_the_package_holds(wheel):
    """Every non-Python file of the folders that become synergy.* (the matching model, code lists,
    templates, vendored scripts, ...) is in the wheel: a file left out breaks an installed command."""
    names = set(zipfile.ZipFile(wheel).namelist())
    folders = {"synergy": "synergy", "ontology": "synergy/ontology", "data": "synergy/data",
               "visualizations": "synergy/visualizations"}
    missing = []
    for folder, package in folders.items():
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
                inside = f"{package}/{path.relative_to(ROOT / folder).as_posix()}"
                if inside not in names:
                    missing.append(inside)
    assert not missing, missing


@pytest.fixture(scope="module")
def fresh_env(wheel, tmp_path_factory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    purelib = subprocess.run(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    # Third-party dependencies from the test environment, appended after the venv's own.
    Path(purelib, "_borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install", "--no-deps", "-q", str(wheel)],
        check=True,
    )
    return bin_dir


def run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    return subprocess.run([str(bin_dir / "synergy"), *args], cwd=cwd, env=env, capture_output=True, text=True)


def test_installed_command_runs_outside_the_repository(fresh_env, tmp_path):
    located = subprocess.run(
        [str(fresh_env / "python"), "-c", "import synergy, cli; print(synergy.__file__); print(cli.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    ).stdout
    assert str(ROOT) not in located, located

    help_run = run(fresh_env, "--help", cwd=tmp_path)
    assert help_run.returncode == 0, help_run.stderr
    assert "Cara pakai: synergy" in help_run.stdout  # Bahasa Indonesia by default

    validate = run(fresh_env, "validate", cwd=tmp_path)
    assert validate.returncode == 0, validate.stdout + validate.stderr

    stats = run(fresh_env, "stats", "--format", "csv", cwd=tmp_path)
    assert stats.returncode == 0, stats.stderr
    assert "program" in stats.stdout

    # the README's second set-up command: the main job on the embedded sample city
    report = run(fresh_env, "report", "-o", "laporan.html", cwd=tmp_path)
    assert report.returncode == 0, report.stdout + report.stderr
    assert "Kota Pasuruan" in (tmp_path / "laporan.html").read_text(encoding="utf-8")
    dup = run(fresh_env, "duplicates", "--of", "applications", "--format", "csv", cwd=tmp_path)
    assert dup.returncode == 0 and dup.stdout.startswith("application_a,application_b,score"), dup.stderr


def test_no_generic_package_names_installed(fresh_env):
    purelib = Path(subprocess.run(
        [str(fresh_env / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip())
    for generic in ("data", "ontology", "visualizations", "tests", "benchmarks"):
        assert not (purelib / generic).exists(), generic
