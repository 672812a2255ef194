"""Regenerate docs/cli.md, the command-line reference, from ``synergy --help``.

The page is the help of ``synergy`` and then of each command, in the order and the
groups of ``synergy --help`` (daily work first, servers and generators last), in
Bahasa Indonesia (``--lang en``: English, printed, not written). Nothing is written
by hand: change a docstring in ``cli.py`` or a text in ``synergy/help_id.py`` and run
this again. The help is formatted for a fixed width (:data:`WIDTH` columns), whatever
the terminal or ``$COLUMNS`` say, so that the page is the same on every machine;
``tests/test_cli_md.py`` regenerates it and fails when docs/cli.md differs.

    python scripts/build_cli_md.py            # write docs/cli.md
    python scripts/build_cli_md.py --check    # exit 1 if docs/cli.md is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "cli.md"
#: The width the help is wrapped to: cli.py's max_content_width, never the terminal's.
WIDTH = 100

_INTRO = {
    "id": ("# Rujukan perintah `synergy`",
           "Halaman ini dibuat dari `synergy --help` oleh `scripts/build_cli_md.py`; jangan disunting "
           "dengan tangan (ubah docstring di `cli.py` atau teks di `synergy/help_id.py`, lalu jalankan "
           "`python scripts/build_cli_md.py`). Setiap perintah menerima `--lang en` (bahasa Inggris) "
           "dan `-q` (hanya hasil dan kesalahan)."),
    "en": ("# The `synergy` command reference",
           "Generated from `synergy --help` by `scripts/build_cli_md.py`; do not edit by hand. Every "
           "command takes `--lang id|en` and `-q` (results and errors only)."),
}


def command_help(args: list[str], lang: str = "id") -> str:
    """The text ``synergy ARGS --help`` prints in ``lang``, wrapped to :data:`WIDTH` columns."""
    from click.testing import CliRunner

    import cli

    result = CliRunner().invoke(cli.main, ["--lang", lang, *args, "--help"], prog_name="synergy",
                                env={"SYNERGY_LANG": lang, "COLUMNS": str(WIDTH)}, terminal_width=WIDTH)
    if result.exit_code != 0:
        raise RuntimeError(f"synergy {' '.join(args)} --help failed: {result.output}")
    return result.stdout


def build(lang: str = "id") -> str:
    """The whole page: ``synergy --help``, then each group's commands, in ``--help``'s order."""
    import cli
    from synergy import i18n

    title, intro = _INTRO[lang]
    lines = [title, "", intro, "", "## synergy", "", "```text", command_help([], lang).rstrip(), "```", ""]
    column = 1 if lang == "en" else 0
    listed = set()
    groups = [*cli.COMMAND_GROUPS, (("Lainnya", "Other"), tuple(sorted(cli.main.commands)))]
    for titles, names in groups:
        names = [n for n in names if n in cli.main.commands and n not in listed and not cli.main.commands[n].hidden]
        if not names:
            continue
        listed.update(names)
        lines += [f"## {titles[column]}", ""]
        for name in names:
            lines += [f"### synergy {name}", "", "```text", command_help([name], lang).rstrip(), "```", ""]
    i18n.choose()  # leave the process's language as the environment sets it
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    if "--lang" in argv and argv[argv.index("--lang") + 1:][:1] == ["en"]:
        sys.stdout.write(build("en"))
        return 0
    text = build("id")
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python scripts/build_cli_md.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"ditulis / written: {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
