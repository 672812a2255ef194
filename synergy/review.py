"""``synergy review``: the analyst decides on duplicate findings, the least sure first.

:func:`review_findings` lists the pairs to decide: every pair the finder scores at least
``threshold`` (by default also pairs just under the reporting line, whose answer teaches
the model most), the probability closest to 0.5 first (active learning), pairs decided
already left out unless their records changed since. :func:`run_session` asks about
them one by one, one key per answer, and hands the decisions table to ``save`` after
every answer (the command writes it atomically), so an interrupted session loses
nothing and the next one starts where it stopped.

The session is plain functions: ``ask`` returns one key, ``say`` shows text; the
command gives it the terminal (click), a test anything else.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .decisions import decision_row, finding_key, review_order, with_decision
from .i18n import Catalogue, check_lang

__all__ = ["KEYS", "Finding", "review_findings", "run_session", "SessionResult", "DEFAULT_THRESHOLD"]

#: Lowest probability a pair to review has (below the reporting line of 0.5 on purpose).
DEFAULT_THRESHOLD = 0.3
#: One key per decision.
KEYS = {"y": "confirmed", "n": "rejected", "p": "in-progress", "d": "done"}

_WORDS = Catalogue({
    "confirmed": ("benar", "confirmed"),
    "rejected": ("bukan", "rejected"),
    "in-progress": ("proses", "in progress"),
    "done": ("selesai", "done"),
    "likelihood": ("kemungkinan duplikat", "likelihood of a duplicate"),
    "reasons": ("alasan", "reasons"),
    "previous": ("keputusan sebelumnya", "previous decision"),
    "changed": ("berubah sejak itu", "changed since"),
    "skip": ("dilewati", "skipped"),
    "undo": ("dibatalkan", "undone"),
    "nothing": ("tidak ada yang dibatalkan", "nothing to undo"),
    "written": ("ditulis", "written"),
    "none": ("Tidak ada temuan yang perlu diputuskan.", "No finding to decide."),
    "done_all": ("Semua temuan sudah diputuskan.", "Every finding is decided."),
    "stopped": ("Berhenti.", "Stopped."),
    "summary": ("{n} keputusan pada sesi ini; {left} temuan belum diputuskan.",
                "{n} decisions in this session; {left} findings left undecided."),
    "keys": ("[y] benar  [n] bukan  [p] proses  [d] selesai  [s] lewati  [u] batal  [q] keluar",
             "[y] confirmed  [n] rejected  [p] in progress  [d] done  [s] skip  [u] undo  [q] quit"),
    "unknown": ("tombol tidak dikenal", "unknown key"),
})


@dataclass(frozen=True)
class Finding:
    """One pair to decide, with what the analyst needs to see."""

    key: str
    a: str
    b: str
    score: float
    name_a: str = ""
    name_b: str = ""
    agency_a: str = ""
    agency_b: str = ""
    reasons: str = ""
    previous: object = None          # the Decided it had, when its records changed since
    kind: str = "duplicate"


def review_findings(model, *, kind: str = "programs", threshold: float = DEFAULT_THRESHOLD, lang: str = "id",
                    matcher=None, include_routine: bool = False, across_regions: bool = False) -> list[Finding]:
    """The duplicate pairs to decide, the least sure first (see the module docstring)."""
    from .decisions import decided_findings
    from .duplicates import find_duplicates

    check_lang(lang)
    result = find_duplicates(model, threshold=threshold, lang=lang, kind=kind, matcher=matcher, decisions=False,
                             include_routine=include_routine, across_regions=across_regions)
    pairs = result.pairs
    first, second = pairs.columns[:2]
    decided = decided_findings(model)
    keys = [finding_key("duplicate", a, b) for a, b in zip(pairs[first], pairs[second])]
    out = []
    for i in review_order(pairs["score"].tolist(), keys, decided):
        r = pairs.iloc[i]
        out.append(Finding(keys[i], r[first], r[second], float(r["score"]), r["name_a"], r["name_b"],
                           r["agency_a"], r["agency_b"], r["reasons"], decided.get(keys[i])))
    return out


@dataclass
class SessionResult:
    """What a session did: the decisions table after it, and how many answers it kept."""

    table: object
    answered: int = 0
    left: int = 0
    log: list = field(default_factory=list)


def _show(f: Finding, position: int, total: int, words: dict) -> str:
    lines = [f"[{position}/{total}] {words['likelihood']}: {f.score:.0%}",
             f"  {f.a}  {f.name_a} ({f.agency_a})",
             f"  {f.b}  {f.name_b} ({f.agency_b})"]
    if f.reasons:
        lines.append(f"  {words['reasons']}: {f.reasons}")
    if f.previous is not None:
        p = f.previous
        lines.append(f"  {words['previous']}: {words.get(p.decision, p.decision)} ({p.date or '-'}, {p.by or '-'}); "
                     f"{words['changed']}: {', '.join(p.changed)}")
    lines.append(words["keys"])
    return "\n".join(lines)


def run_session(findings, table, *, ask, say, save, by: str = "", date: str = "", texts=None,
                lang: str = "id") -> SessionResult:
    """Ask about ``findings`` one by one; ``save(table)`` after every answer and every undo.

    ``ask()`` returns one key (``y n p d`` decide, ``s`` skips, ``u`` undoes the last
    answer or skip, ``q`` stops; ``KeyboardInterrupt`` and ``EOFError`` stop too),
    ``say(text)`` shows text. Each answer becomes one row of the decisions table (any
    earlier row on the same finding replaced), with ``by``, ``date`` and the fingerprint
    of the records' names and descriptions (``texts``, :func:`synergy.decisions.record_texts`).

    Examples
    --------
    >>> from synergy.model import empty_table
    >>> fs = [Finding("duplicate:P-1|P-2", "P-1", "P-2", 0.55), Finding("duplicate:P-3|P-4", "P-3", "P-4", 0.6)]
    >>> keys = iter("nuyy")
    >>> saved = []
    >>> r = run_session(fs, empty_table("decisions"), ask=lambda: next(keys), say=lambda t: None,
    ...                 save=saved.append, by="Ani", date="2025-03-01", lang="en")
    >>> r.table[["a", "b", "decision", "by"]].values.tolist(), r.answered, len(saved)
    ([['P-1', 'P-2', 'confirmed', 'Ani'], ['P-3', 'P-4', 'confirmed', 'Ani']], 2, 4)
    """
    words = _WORDS.words(lang)
    state = {"table": table, "position": 0, "answered": 0}
    history: list = []  # (position, table before the answer, or None for a skip)
    if not findings:
        say(words["none"])
        return SessionResult(table, 0, 0)
    try:
        stopped = _loop(findings, state, history, ask, say, save, words, by, date, texts)
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, Ctrl-D, end of input: every answer given is saved already
        stopped = True
    say(words["stopped"] if stopped else words["done_all"])
    table, answered = state["table"], state["answered"]
    decided = {finding_key(k, a, b) for k, a, b in zip(table["kind"], table["a"], table["b"])}
    left = sum(f.key not in decided for f in findings)
    say(words["summary"].format(n=answered, left=left))
    return SessionResult(table, answered, left)


def _loop(findings, state, history, ask, say, save, words, by, date, texts) -> bool:
    """Ask until every finding is answered (False) or the analyst stops (True)."""
    while state["position"] < len(findings):
        f = findings[state["position"]]
        say(_show(f, state["position"] + 1, len(findings), words))
        key = (ask() or "").lower()
        if key in KEYS:
            row = decision_row(f.kind, f.a, f.b, KEYS[key], by=by, date=date, texts=texts)
            if f.previous is not None and f.previous.note:
                row["note"] = f.previous.note
            after = with_decision(state["table"], row)
            save(after)  # on disk first: a stop after this line loses nothing, one before it keeps the old table
            history.append((state["position"], state["table"]))
            state["table"] = after
            state["answered"] += 1
            say(f"-> {words[KEYS[key]]}")
            state["position"] += 1
        elif key == "s":
            history.append((state["position"], None))
            say(f"-> {words['skip']}")
            state["position"] += 1
        elif key == "u":
            if not history:
                say(words["nothing"])
                continue
            position, before = history[-1]
            if before is not None:
                save(before)
                state["table"] = before
                state["answered"] -= 1
            history.pop()
            state["position"] = position
            say(f"-> {words['undo']}")
        elif key == "q":
            return True
        else:
            say(f"{words['unknown']}: {key!r}")
    return False
