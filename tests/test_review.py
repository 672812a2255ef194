"""``synergy review`` (issue 13): one key per decision, least sure first, undo, resumable,
the decisions file written after every answer; end to end through a pseudo-terminal."""
from __future__ import annotations

import datetime
import os
import pathlib
import re
import select
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import main
from synergy.decisions import finding_key
from synergy.model import empty_table
from synergy.review import Finding, run_session

HERE = pathlib.Path(__file__).parent
ROOT = HERE.parent
DEVSET = HERE / "data" / "duplicates"
COLUMNS = ["kind", "a", "b", "decision", "note", "by", "date", "fingerprint"]


@pytest.fixture
def devset(tmp_path):
    folder = tmp_path / "kota"
    folder.mkdir()
    for name in ("agencies.csv", "programs.csv", "datasets.csv"):
        shutil.copy(DEVSET / name, folder / name)
    return folder


def read_decisions(folder) -> pd.DataFrame:
    return pd.read_csv(folder / "keputusan.csv", dtype=str, keep_default_na=False)


# ------------------------------------------------------------------ the session, as functions
FINDINGS = [Finding(finding_key("duplicate", f"P-{i}", f"Q-{i}"), f"P-{i}", f"Q-{i}", 0.5 + i / 100) for i in range(4)]


def session(keys, findings=FINDINGS, table=None):
    keys = iter(keys)
    said, saved = [], []

    def ask():
        key = next(keys)
        if isinstance(key, type) and issubclass(key, BaseException):
            raise key
        return key

    result = run_session(findings, empty_table("decisions") if table is None else table, ask=ask, say=said.append,
                         save=saved.append, by="Ani", date="2025-03-01", lang="en")
    return result, said, saved


def test_one_key_per_decision_skip_undo_and_quit():
    result, said, saved = session(["y", "s", "n", "u", "u", "p", "d", "q"])
    # y P-0; s P-1; n P-2; u (P-2 again); u (P-1 again, the skip undone); p P-1; d P-2; q at P-3
    assert result.table[["a", "decision", "by", "date"]].values.tolist() == [
        ["P-0", "confirmed", "Ani", "2025-03-01"], ["P-1", "in-progress", "Ani", "2025-03-01"],
        ["P-2", "done", "Ani", "2025-03-01"]]
    assert result.answered == 3 and result.left == 1
    assert len(saved) == 5  # every answer and every undo of an answer is written at once
    assert saved[1]["decision"].tolist() == ["confirmed", "rejected"] and saved[2]["decision"].tolist() == ["confirmed"]
    assert said[0].splitlines()[0] == "[1/4] likelihood of a duplicate: 50%"
    assert said[-1] == "3 decisions in this session; 1 findings left undecided."


@pytest.mark.parametrize("stop", [KeyboardInterrupt, EOFError], ids=["ctrl-c", "end-of-input"])
def test_an_interrupted_session_keeps_every_answer_given(stop):
    result, said, saved = session(["n", stop])
    assert result.table["decision"].tolist() == ["rejected"] and saved[-1]["decision"].tolist() == ["rejected"]
    assert "Stopped." in said


def test_an_unknown_key_asks_again_and_nothing_to_undo_is_said():
    result, said, _ = session(["x", "u", "q"])
    assert "unknown key: 'x'" in said and "nothing to undo" in said and result.answered == 0


def test_the_cli_asks_least_sure_first_writes_after_each_answer_and_resumes(devset):
    first = CliRunner().invoke(main, ["review", str(devset), "--no-learn", "--by", "Ani", "--lang", "en"], input="yns")
    assert first.exit_code == 0, first.output
    shown = [float(m) for m in re.findall(r"likelihood of a duplicate: (\d+)%", first.stdout)]
    assert len(shown) == 4 and [abs(s - 50) for s in shown] == sorted(abs(s - 50) for s in shown)
    total = int(re.search(r"\[1/(\d+)\]", first.stdout).group(1))
    table = read_decisions(devset)
    assert table.columns.tolist() == COLUMNS
    assert table["decision"].tolist() == ["confirmed", "rejected"]
    assert set(table["by"]) == {"Ani"} and set(table["date"]) == {datetime.date.today().isoformat()}
    assert all(re.fullmatch(r"[\w.-]+:[0-9a-f]{8};[\w.-]+:[0-9a-f]{8}", f) for f in table["fingerprint"])
    asked = re.findall(r"^  (DV-\d+)  ", first.stdout, flags=re.M)
    assert [tuple(sorted(asked[i:i + 2])) for i in (0, 2)] == [tuple(sorted(r)) for r in table[["a", "b"]].values]
    second = CliRunner().invoke(main, ["review", str(devset), "--no-learn", "--by", "Budi", "--lang", "en"], input="d")
    assert second.exit_code == 0, second.output
    assert f"[1/{total - 2}]" in second.stdout  # the decided pairs are not asked again
    assert read_decisions(devset)[["decision", "by"]].values.tolist() == [
        ["confirmed", "Ani"], ["rejected", "Ani"], ["done", "Budi"]]


def test_a_pair_whose_program_changed_is_asked_again_with_its_old_decision(devset):
    result = CliRunner().invoke(main, ["review", str(devset), "--no-learn", "--by", "Ani", "--lang", "en"], input="n")
    assert result.exit_code == 0, result.output
    a, b = read_decisions(devset)[["a", "b"]].values[0]
    programs = pd.read_csv(devset / "programs.csv", dtype=str, keep_default_na=False)
    programs.loc[programs["id"] == a, "name"] += " Terpadu"
    programs.to_csv(devset / "programs.csv", index=False)
    again = CliRunner().invoke(main, ["review", str(devset), "--no-learn", "--by", "Budi", "--lang", "en"], input="y")
    assert again.exit_code == 0, again.output
    assert (f"previous decision: rejected ({datetime.date.today().isoformat()}, Ani); changed since: {a}"
            in again.stdout)
    table = read_decisions(devset)
    assert table[["a", "b", "decision", "by"]].values.tolist() == [[a, b, "confirmed", "Budi"]]


def test_review_needs_a_place_for_its_file(tmp_path):
    result = CliRunner().invoke(main, ["review"])
    assert result.exit_code == 2
    assert ("beri --decisions FILE (keputusan.csv), atau satu folder SOURCE tempat menyimpannya / give --decisions "
            "FILE (keputusan.csv), or one SOURCE folder to keep it in") in result.output
    result = CliRunner().invoke(main, ["review", "--decisions", str(tmp_path / "catatan.csv")])
    assert result.exit_code == 2
    assert ("berkas keputusan harus bernama keputusan.csv atau decisions.csv / the decisions file must be named "
            "keputusan.csv or decisions.csv") in result.output


# ------------------------------------------------------------------ end to end in a terminal
def _own_terminal():
    """In the child: a new session whose controlling terminal is the pty (so Ctrl-C is a SIGINT)."""
    import fcntl
    import termios

    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """``python -m cli ARGS`` on a pseudo-terminal: read what it shows, type keys."""

    def __init__(self, args, cwd):
        master, slave = os.openpty()
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
        self.proc = subprocess.Popen([sys.executable, "-m", "cli", *args], stdin=slave, stdout=slave, stderr=slave,
                                     cwd=cwd, env=env, close_fds=True, preexec_fn=_own_terminal)
        os.close(slave)
        self.master = master
        self.seen = ""
        self.mark = 0  # where the last awaited text ended: a wait looks only at what came after it

    def wait_for(self, text, timeout=180):
        deadline = time.monotonic() + timeout
        while text not in self.seen[self.mark:]:
            ready, _, _ = select.select([self.master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError(f"no {text!r} on the terminal within {timeout} s; it shows:\n{self.seen[-3000:]}")
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # the program ended
                chunk = b""
            if not chunk:
                raise AssertionError(f"the program ended before showing {text!r}:\n{self.seen[-3000:]}")
            self.seen += chunk.decode("utf-8", "replace").replace("\r\n", "\n")
        self.mark = self.seen.index(text, self.mark) + len(text)
        return self.seen

    def type(self, key):
        os.write(self.master, key.encode())

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        os.close(self.master)


def test_review_in_a_terminal_keys_in_file_out_interrupted_and_resumed(devset):
    args = ["review", str(devset), "--no-learn", "--by", "Ani", "--lang", "id"]
    term = Terminal(args, ROOT)
    try:
        # the question and its key legend may arrive in separate reads: wait for the legend
        shown = term.wait_for("[q] keluar")
        total = int(re.search(r"\[1/(\d+)\]", shown).group(1))
        assert "[y] benar  [n] bukan  [p] proses  [d] selesai  [s] lewati  [u] batal  [q] keluar" in shown
        for key, shown_next in (("y", "[2/"), ("n", "[3/")):
            term.type(key)
            term.wait_for(shown_next)
        assert read_decisions(devset)["decision"].tolist() == ["confirmed", "rejected"]
        term.type("u")
        term.wait_for("-> dibatalkan")
        assert read_decisions(devset)["decision"].tolist() == ["confirmed"]  # the undo is on disk at once too
        term.wait_for("[2/")  # the undone pair is asked again
        term.type("p")
        term.wait_for("-> proses")
        term.wait_for("[3/")
        # the answers are on disk before the next key: a hard stop now loses none of them
        table = read_decisions(devset)
        assert table["decision"].tolist() == ["confirmed", "in-progress"]
        term.proc.send_signal(signal.SIGKILL)
    finally:
        term.close()
    assert not list(devset.glob(".*tmp*"))  # no half-written file left behind
    term = Terminal(args, ROOT)
    try:
        term.wait_for(f"[1/{total - 2}]")  # resumed: the two decided pairs are not asked again
        term.type("d")
        term.wait_for(f"[2/{total - 2}]")
        term.wait_for("[q] keluar")  # asking now: a Ctrl-C typed while the last answer is being saved would wait
        term.type("\x03")  # Ctrl-C
        shown = term.wait_for("1 keputusan pada sesi ini")
        assert "Berhenti." in shown
        assert term.proc.wait(timeout=60) == 0
    finally:
        term.close()
    assert read_decisions(devset)["decision"].tolist() == ["confirmed", "in-progress", "done"]
