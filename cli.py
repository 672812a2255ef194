"""The ``synergy`` command: a thin click layer over the ``synergy`` library.

Each command parses its arguments, calls one library function and formats the
result. Heavy libraries (pandas, rdflib, networkx) are imported inside the
commands, so that ``synergy --help`` answers at once.

Exit codes: 0 done, 1 invalid data or analysis error, 2 wrong usage.
"""
from __future__ import annotations

import functools
import sys

import click

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# --------------------------------------------------------------------------- shared
def source_argument(func):
    """``[SOURCE]...``: folders, workbooks or RDF files; none means the sample city."""
    return click.argument("sources", nargs=-1, type=click.Path(exists=True, dir_okay=True))(func)


def output_options(func):
    """``--format table|csv|json`` and ``-o FILE``, shared by every analysis command."""
    func = click.option(
        "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default=None,
        help="Output format (default: table on a terminal, csv otherwise).",
    )(func)
    func = click.option(
        "-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
        help="Write to FILE instead of standard output.",
    )(func)
    return func


def lang_option(func):
    return click.option(
        "--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
        help="Language of reasons and labels: id (Bahasa Indonesia) or en.",
    )(func)


def handle_errors(func):
    """Turn the library's errors into clean messages and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from synergy.errors import InvalidData, SynergyError

        try:
            return func(*args, **kwargs)
        except InvalidData as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            n_errors = sum(p.is_error for p in exc.problems)
            raise click.ClickException(
                f"{n_errors} kesalahan pada data masukan / {n_errors} error(s) in the input; "
                "perbaiki baris di atas lalu jalankan lagi / fix the rows above and run again"
            )
        except SynergyError as exc:
            raise click.ClickException(str(exc))

    return wrapper


def load(sources, **kwargs):
    """Load and validate SOURCEs (or the sample city); warnings go to stderr."""
    from synergy.ingest import load_model

    model, warnings = load_model(list(sources) or None, **kwargs)
    for problem in warnings:
        click.echo(str(problem), err=True)
    return model


def emit(frame, fmt, output):
    """Write a DataFrame in the chosen format to ``output`` or standard output."""
    from synergy.output import render, write_text_atomic

    if fmt is None:
        fmt = "table" if (output is None and sys.stdout.isatty()) else "csv"
    text = render(frame, fmt)
    if output:
        write_text_atomic(output, text)
        click.echo(f"ditulis / written: {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="synergy")
def main():
    """synergy: the Smart City Masterplan as a knowledge graph.

    Finds duplicated programs, shared-data opportunities and dependency chains
    between a city's agencies (perangkat daerah). With no SOURCE, commands run on
    the embedded sample city (Kota Pasuruan, illustrative data).

    \b
    Example:
      synergy validate data/pasuruan
      synergy duplicates --format csv -o duplikasi.csv
    """


# ------------------------------------------------------------------ foundation (issue 2)
@main.command()
@source_argument
def validate(sources):
    """Check SOURCEs against the data contract and list every problem.

    Prints one line per problem (file[sheet]:row: column: message), then a
    summary. Exit code 1 if there is any error, 0 if only warnings (or none).
    With no SOURCE, checks the embedded sample city.

    \b
    Example:
      synergy validate data/pasuruan
      synergy validate opd.xlsx dinkes.xlsx dinsos.xlsx
    """
    from synergy.ingest import validate_sources

    problems = validate_sources(list(sources) or None)
    for problem in problems:
        click.echo(str(problem))
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    click.echo(
        f"{errors} kesalahan, {warnings} peringatan / "
        f"{errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}"
    )
    if errors:
        sys.exit(1)



# ------------------------------------------------------------------ duplicates (issue 3)


# ----------------------------------------------------- shared data, dependencies (issue 4)


# --------------------------------------------------------------- maps and report (issue 5)


# ----------------------------------------------------------- stores and servers (issue 6)


# ------------------------------------------------------------- the city's workflow (issue 7)


if __name__ == "__main__":
    main()
