"""The project's one error hierarchy, and the problem lines the validator reports.

Library code raises these; only ``cli.py`` turns them into exit codes and messages.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem", "SynergyError", "InvalidData", "UnknownNode", "AmbiguousName", "UnknownLanguage",
           "format_problems"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, located the way the user sees it.

    ``where`` is ``file`` or ``file[sheet]``; ``row`` the spreadsheet's own row
    number (the header is row 1), 0 when the problem concerns a whole file.

    >>> str(Problem("programs.csv", 14, "agency", "unknown agency 'DINKS' (did you mean 'DINKES'?)"))
    "programs.csv:14: agency: unknown agency 'DINKS' (did you mean 'DINKES'?)"
    >>> str(Problem("opd.csv", 1, "warna", "unknown column kept as extra data", "warning"))
    'opd.csv:1: warna: warning: unknown column kept as extra data'
    """

    where: str
    row: int
    column: str
    message: str
    severity: str = "error"  # or "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        place = f"{self.where}:{self.row}" if self.row else self.where
        column = f" {self.column}:" if self.column else ""
        level = " warning:" if self.severity == "warning" else ""
        return f"{place}:{column}{level} {self.message}"


def format_problems(problems) -> str:
    """One line per problem, errors and warnings in input order."""
    return "\n".join(str(p) for p in problems)


class SynergyError(Exception):
    """Base of every error the library raises on purpose."""


class InvalidData(SynergyError):
    """The input breaks the data contract; ``problems`` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        errors = [p for p in self.problems if p.is_error]
        super().__init__(format_problems(errors or self.problems))


class UnknownNode(SynergyError):
    """An id that is not in the graph, with the closest ids as suggestions."""

    def __init__(self, node_id: str, suggestions=()):
        self.node_id = node_id
        self.suggestions = list(suggestions)
        hint_id = hint_en = ""
        if self.suggestions:
            names = ", ".join(f"'{s}'" for s in self.suggestions)
            hint_id, hint_en = f" (mungkin maksudnya {names}?)", f" (did you mean {names}?)"
        # Indonesian first, then English, as every message a user reads
        super().__init__(f"id '{node_id}' tidak dikenal{hint_id} / unknown id '{node_id}'{hint_en}")


class UnknownLanguage(SynergyError, ValueError):
    """A ``lang`` that is neither ``id`` nor ``en`` (:func:`synergy.i18n.check_lang`).

    A ``ValueError`` too: a wrong argument value, whichever way a caller catches it.
    """

    def __init__(self, lang, allowed=("id", "en")):
        self.lang = lang
        listed = ", ".join(allowed)
        super().__init__(f"bahasa {lang!r} tidak dikenal: pakai salah satu dari {listed} / "
                         f"unknown language {lang!r}: use one of {listed}")


class AmbiguousName(SynergyError):
    """A name given where an id is expected that fits several nodes (or none wholly).

    ``candidates`` are ``(id, kind, name, agency)`` tuples, best first; the
    message lists up to ten of them so that the user can give the id instead.

    >>> print(AmbiguousName("miskin", [("P-1", "program", "Data Miskin", "DINSOS")], partial=True))
    tidak ada nama yang memuat semua kata 'miskin'; yang paling mirip / no name holds every word of 'miskin'; the closest:
      P-1  program  Data Miskin  (DINSOS)
    """

    SHOWN = 10

    def __init__(self, text: str, candidates, partial: bool = False):
        self.text = text
        self.candidates = list(candidates)
        self.partial = partial
        n = len(self.candidates)
        if partial:
            head = (f"tidak ada nama yang memuat semua kata '{text}'; yang paling mirip / "
                    f"no name holds every word of '{text}'; the closest:")
        else:
            head = f"'{text}' cocok dengan {n} nama: tulis kodenya / matches {n} names: give the id"
        lines = [head]
        for node_id, kind, name, agency in self.candidates[: self.SHOWN]:
            owner = f"  ({agency})" if agency and agency != node_id else ""
            lines.append(f"  {node_id}  {kind}  {name}{owner}")
        if n > self.SHOWN:
            lines.append(f"  ... {n - self.SHOWN} lagi / more: synergy find \"{text}\"")
        super().__init__("\n".join(lines))
