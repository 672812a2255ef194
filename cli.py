"""The ``synergy`` command: a thin click layer over the ``synergy`` library.

Each command parses its arguments, calls one library function and formats the
result. Heavy libraries (pandas, rdflib, networkx) are imported inside the
commands, so that ``synergy --help`` answers at once.

Exit codes: 0 done, 1 invalid data or analysis error, 2 wrong usage.

Everything the command says is in Bahasa Indonesia unless English is asked for
(``synergy --lang en ...``, ``SYNERGY_LANG=en`` or an English locale; see
:mod:`synergy.i18n`): the help of every command and option (Indonesian texts in
:mod:`synergy.help_id`), click's own messages, and the headers of tables.
"""
from __future__ import annotations

import contextlib
import functools
import sys

import click

from synergy import i18n  # standard library only: --help stays instant

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: The commands as ``--help`` lists them: daily work first, servers and generators last.
COMMAND_GROUPS = (
    (("Pekerjaan harian", "Daily work"),
     ("find", "validate", "stats", "duplicates", "review", "shared-data", "deps", "impact", "chain", "cycles",
      "roadmap", "metrics", "classify")),
    (("Formulir dan rencana tahunan", "Forms and the yearly plan"),
     ("template", "status", "merge", "diff", "import-ckan")),
    (("Laporan, peta dan graf pengetahuan", "Report, maps and the knowledge graph"),
     ("report", "map", "export", "sparql")),
    (("Server dan pembangkit data", "Servers and generators"), ("push", "regions", "counts", "generate")),
)
_EXAMPLE_MARK = {"id": "Contoh:", "en": "Example:"}
_METAVARS_ID = {"[OPTIONS]": "[OPSI]", "COMMAND [ARGS]...": "PERINTAH [ARG]..."}


def _help_text(command, name: str) -> str:
    """A command's help in the chosen language: the Indonesian text of :mod:`synergy.help_id`
    (or the English docstring), then the docstring's example, which both languages share."""
    import inspect

    english = inspect.cleandoc(command.help or "")
    if i18n.language() == "en":
        return english
    from synergy.help_id import COMMANDS

    text = COMMANDS.get(name)
    if text is None:
        return english
    example = english.partition("\b\nExample:")[2]
    text = inspect.cleandoc(text)
    return f"{text}\n\n\b\n{_EXAMPLE_MARK['id']}{example}" if example else text


def _option_help(text):
    if not text or i18n.language() == "en":
        return text
    from synergy.help_id import OPTIONS

    return OPTIONS.get(text, text)


class SynergyCommand(click.Command):
    """A command whose help follows the chosen language (:mod:`synergy.i18n`)."""

    def _name(self, ctx) -> str:
        return "synergy" if ctx.parent is None else self.name

    def format_help_text(self, ctx, formatter):
        text = _help_text(self, self._name(ctx)).partition("\f")[0]
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def get_short_help_str(self, limit: int = 45) -> str:
        from click.core import _make_default_short_help

        return _make_default_short_help(_help_text(self, self.name), limit).strip()

    def format_options(self, ctx, formatter):
        params = self.get_params(ctx)
        originals = [param.help if hasattr(param, "help") else None for param in params]
        try:
            for param in params:
                if getattr(param, "help", None):
                    param.help = _option_help(param.help)
            super().format_options(ctx, formatter)
        finally:
            for param, original in zip(params, originals):
                if hasattr(param, "help"):
                    param.help = original

    def get_help_option(self, ctx):
        fresh = getattr(self, "_help_option", None) is None
        option = super().get_help_option(ctx)
        if fresh and option is not None:  # click words it once, in the language of that run: keep the source
            option.help = "Show this message and exit."
        return option

    def collect_usage_pieces(self, ctx):
        pieces = super().collect_usage_pieces(ctx)
        if i18n.language() == "en":
            return pieces
        return [_METAVARS_ID.get(p, p) for p in pieces]


class SynergyGroup(SynergyCommand, click.Group):
    """The ``synergy`` command: chooses the language each run, lists commands in groups."""

    command_class = SynergyCommand

    def main(self, *args, **kwargs):
        i18n.install()
        i18n.choose()  # --lang, given first on the command line, changes it again
        return super().main(*args, **kwargs)

    def list_commands(self, ctx):
        ordered = [name for _, names in COMMAND_GROUPS for name in names if name in self.commands]
        return ordered + sorted(set(self.commands) - set(ordered))

    def format_commands(self, ctx, formatter):
        listed = set()
        width = max(len(name) for name in self.commands)
        limit = formatter.width - 6 - width
        for titles, names in (*COMMAND_GROUPS, (("Lainnya", "Other"), tuple(sorted(self.commands)))):
            rows = [(name, self.commands[name].get_short_help_str(limit)) for name in names
                    if name in self.commands and name not in listed and not self.commands[name].hidden]
            listed.update(name for name, _ in rows)
            if rows:
                with formatter.section(i18n.pick(titles, i18n.language())):
                    formatter.write_dl(rows, col_max=width + 2)


def _choose_language(ctx, param, value):
    """--lang: the language from here on (eager, so that help and errors follow it)."""
    if value is not None:
        i18n.set_language(value)
    return i18n.language()


# --------------------------------------------------------------------------- shared
def source_argument(func):
    """``[SOURCE]...``: folders, workbooks or RDF files; none means the sample city.

    Also adds ``--store DIR`` and ``--endpoint URL``; they are not passed
    to the command but kept in click's context, where :func:`load` finds them.
    """
    func = click.argument("sources", nargs=-1, type=click.Path(exists=True, dir_okay=True))(func)
    func = click.option(
        "--endpoint", "endpoint_url", metavar="URL", default=None, expose_value=False,
        callback=_stash_backend, help="Read the data from this SPARQL 1.1 server instead of files "
        "(URL#CODE: one region only); credentials from SYNERGY_ENDPOINT_USER/_PASSWORD.",
    )(func)
    func = click.option(
        "--store", "store_dir", metavar="DIR", default=None, expose_value=False,
        type=click.Path(file_okay=False), callback=_stash_backend,
        help="Keep the loaded sources in folder DIR (Oxigraph + tables); later runs skip parsing.",
    )(func)
    func = _timeout_option(func, expose_value=False, callback=_stash_backend)
    func = _columns_option(func)
    return func


def _columns_option(func):
    """``--columns FILE``: the column mapping for files with headers of their own (data contract v2)."""
    return click.option(
        "--columns", "columns_file", metavar="FILE", default=None, expose_value=False,
        type=click.Path(exists=True, dir_okay=False), callback=_stash_backend,
        help="Column mapping (table,column,header) for files with headers of their own; "
             "a folder's own columns.csv / kolom.csv is read without it.",
    )(func)


def _columns():
    """--columns of the current command, or None."""
    ctx = click.get_current_context(silent=True)
    return (ctx.meta if ctx is not None else {}).get("synergy.columns_file")


def _timeout_option(func, **kwargs):
    """``--timeout SECONDS``: how long one request to a SPARQL server may take."""
    return click.option(
        "--timeout", "timeout", metavar="SECONDS", type=click.FloatRange(min=0.1), default=60.0,
        show_default=True, help="With --endpoint: seconds one request to the server may take, answer included.",
        **kwargs,
    )(func)


def _stash_backend(ctx, param, value):
    ctx.meta[f"synergy.{param.name}"] = value
    return value


def _timeout():
    """--timeout of the current command (seconds), 60 when not given."""
    ctx = click.get_current_context(silent=True)
    return (ctx.meta if ctx is not None else {}).get("synergy.timeout") or 60.0


def _backend():
    """(endpoint URL or None, store DIR or None) given to the current command."""
    ctx = click.get_current_context(silent=True)
    meta = ctx.meta if ctx is not None else {}
    endpoint, store = meta.get("synergy.endpoint_url"), meta.get("synergy.store_dir")
    if endpoint and store:
        raise click.UsageError("beri --endpoint atau --store, tidak keduanya / give --endpoint or --store, not both")
    if endpoint and ctx is not None and ctx.params.get("sources"):
        raise click.UsageError("beri SOURCE atau --endpoint, tidak keduanya / give SOURCE or --endpoint, not both")
    return endpoint, store


def output_options(func):
    """``--format table|csv|json|jsonl``, ``-o FILE`` and ``--wide``, shared by every analysis command."""
    func = click.option(
        "--wide", is_flag=True, expose_value=False, callback=_stash_backend,
        help="Table: every column, cells not wrapped (wider than the terminal).",
    )(func)
    func = click.option(
        "--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default=None,
        help="Output format (default: table on a terminal, csv otherwise); jsonl: one JSON object per line.",
    )(func)
    func = click.option(
        "-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
        help="Write to FILE instead of standard output.",
    )(func)
    return func


def lang_option(func=None, *, expose_value=True):
    """``--lang id|en`` after the command's name: the language of what it prints from there on.

    ``expose_value=False`` for a command whose library call takes no ``lang`` (its table
    headers and notes still follow it, through :mod:`synergy.i18n`)."""
    if func is None:
        return functools.partial(lang_option, expose_value=expose_value)
    return click.option(
        "--lang", type=click.Choice(["id", "en"]), default=None, is_eager=True, callback=_choose_language,
        expose_value=expose_value,
        help="Language of reasons, labels and headers: id (Bahasa Indonesia, the default) or en.",
    )(func)


def _set_quiet(ctx, param, value):
    if value:
        from synergy.progress import QUIET, set_verbosity  # stdlib only: --help stays instant

        set_verbosity(QUIET)
    return value


_QUIET_HELP = "Print only results and errors (no progress, no notes)."


def quiet_option(func):
    """``-q`` / ``--quiet`` after the command's name, as before it: no "ditulis / written" line,
    no progress bar, no notes or warnings on standard error; results and errors only."""
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_quiet,
                        help=_QUIET_HELP)(func)


def lexicon_option(func):
    """``--lexicon FILE`` (repeatable): extra synonyms for the commands that match texts."""
    return click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="Extra synonyms (SKOS .ttl or CSV term,synonyms[,broader]); repeatable.")(func)


def show_rejected_option(func):
    """``--show-rejected``: keep the findings the decisions table rejected."""
    return click.option("--show-rejected", is_flag=True,
                        help="Also list the findings the analyst rejected (decisions table), with their decision.")(func)


def force_option(func):
    """``--force``: replace the file or folder ``-o`` names when it exists."""
    return click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")(func)


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
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as exc:
            # e.g. -o into a folder without write permission, a full disk
            raise click.ClickException(_file_error(exc))
        except Exception as exc:  # a bug of ours: say so plainly, no traceback for users
            import os

            if os.environ.get("SYNERGY_DEBUG"):
                raise
            raise click.ClickException(
                f"kesalahan internal / internal error: {type(exc).__name__}: {exc}. "
                "Mohon laporkan; jalankan dengan SYNERGY_DEBUG=1 untuk rincian / "
                "please report it; run with SYNERGY_DEBUG=1 for details"
            )

    return wrapper


def _file_error(exc: OSError) -> str:
    """The line for a file that could not be read or written, naming it:
    the library names the file it writes; else the command's -o or --store."""
    import errno

    where = getattr(exc, "filename", None)
    if not where:
        ctx = click.get_current_context(silent=True)
        if ctx is not None:
            where = next((ctx.params.get(k) for k in ("output", "output_dir") if ctx.params.get(k)), None) \
                or ctx.meta.get("synergy.store_dir")
    reason = " ".join(str(exc.strerror or exc).split())
    if exc.errno == errno.ENOSPC or "No space left" in str(exc):
        target = f" {where}" if where else ""
        return (f"disk penuh: berkas{target} tidak dapat ditulis; kosongkan ruang disk lalu jalankan lagi / "
                f"disk full: cannot write{target}; free some disk space and run again")
    target = f" {where}" if where else ""
    return (f"tidak dapat membaca/menulis berkas{target} ({reason}) / cannot read or write the file{target}: "
            f"{reason}")


def load(sources):
    """Load and validate SOURCEs (or the sample city); warnings go to stderr.

    With ``--endpoint URL`` the model is read from the SPARQL server; with
    ``--store DIR`` from the folder when it is current for SOURCEs.
    """
    from synergy.ingest import load_model

    endpoint, store = _backend()  # refuses SOURCE with --endpoint
    if endpoint:
        from synergy.endpoint import load_from_endpoint

        url, _, region = endpoint.partition("#")
        return _loaded(load_from_endpoint(url, region or None, timeout=_timeout()))
    from synergy.progress import is_quiet, track

    columns = _columns()
    if store:
        import functools

        from synergy.store import open_store_dir

        loaded = open_store_dir(store, list(sources), also=[columns] if columns else (),
                                loader=functools.partial(load_model, columns=columns, progress=track),
                                progress=track)
        model, warnings = loaded.model, loaded.warnings
        _keep_features_in(loaded.path / "features")
    else:
        model, warnings = load_model(list(sources) or None, columns=columns, progress=track)

    if not is_quiet():  # --quiet: results and errors only
        for problem in warnings:
            click.echo(str(problem), err=True)
    return _loaded(model)


def _keep_features_in(folder):
    """For the rest of the command, the records' features are kept in (and read back from)
    ``folder``: a later run on the same records skips reading them (synergy.features_cache)."""
    from synergy.features_cache import kept_in

    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.with_resource(kept_in(folder))


def _loaded(model):
    """Keep the city last loaded: tables name its nodes beside their ids."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta["synergy.model"] = model
    return model


def resolve_id(model, text, kinds=None):
    """The id TEXT names: an id as it is, or a unique name (:func:`synergy.find.resolve`)."""
    from synergy.find import resolve

    found = resolve(model, text, kinds=kinds)
    if found != text:
        _say(f"{text} -> {found}")
    return found


def query_backend(query, *, base=None, compact=False):
    """Run SPARQL where the data lives (``--endpoint`` server or ``--store`` folder).

    Returns a DataFrame, or None when the command was given neither option (then
    the caller queries its own rdflib graph).
    """
    from synergy.namespace import DEFAULT_BASE

    endpoint, store = _backend()
    if endpoint:
        from synergy.endpoint import query as remote_query

        return remote_query(endpoint.partition("#")[0], query, base=base or DEFAULT_BASE, compact=compact,
                            timeout=_timeout())
    if store:
        ctx = click.get_current_context()
        from synergy.store import open_store_dir

        loaded = open_store_dir(store, list(ctx.params.get("sources") or ()), base=base or DEFAULT_BASE)
        return loaded.query(query, compact=compact)
    return None


def default_format(fmt, output):
    """``--format`` as given, else table on a terminal and csv otherwise."""
    if fmt is None:
        return "table" if (output is None and sys.stdout.isatty()) else "csv"
    return fmt


def _table_width(output):
    """Characters a table line may take: the terminal's (or $COLUMNS), 100 in a pipe, no limit in a file."""
    import os
    import shutil

    ctx = click.get_current_context(silent=True)
    if output or (ctx is not None and ctx.meta.get("synergy.wide")):
        return None
    if os.environ.get("COLUMNS", "").isdigit():
        return max(int(os.environ["COLUMNS"]), 40)
    if sys.stdout.isatty():
        return max(shutil.get_terminal_size().columns, 40)
    return 100


def table_text(frame, output=None):
    """``frame`` as a table for people (:func:`synergy.display.format_table`): names beside ids,
    headers in the chosen language, rupiah, fitted to the terminal."""
    from synergy.display import format_table, node_labels

    ctx = click.get_current_context(silent=True)
    model = ctx.meta.get("synergy.model") if ctx is not None else None
    frame = _decisions_up_front(frame)
    return format_table(frame, lang=i18n.language(), names=node_labels(model) if model is not None else None,
                        width=_table_width(output), wide=bool(ctx is not None and ctx.meta.get("synergy.wide")))


def _decisions_up_front(frame):
    """With any finding decided, its ``decision`` (and ``recheck``, when a record changed) right
    after the three leading columns of a table for people, not among the columns that do not fit.
    CSV and JSON keep the contract's order."""
    columns = list(getattr(frame, "columns", ()))
    if "decision" not in columns or not frame["decision"].fillna("").astype(str).str.len().any():
        return frame
    moved = ["decision"] + (["recheck"] if "recheck" in columns
                            and frame["recheck"].fillna("").astype(str).str.len().any() else [])
    rest = [c for c in columns if c not in moved]
    return frame[rest[:3] + moved + rest[3:]]


def write_or_echo(text, output):
    """Write ``text`` atomically to ``output`` (and say so), or to standard output."""
    write_pieces((text,), output)


def write_pieces(chunks, output):
    """:func:`write_or_echo` for text that comes in pieces, each written as it comes.

    When the reader of standard output stops early (``synergy ... | head``) the command
    ends quietly with exit code 1, as Python advises: there is nobody left to tell, and
    no error in the data."""
    if output:
        from synergy.output import write_chunks_atomic

        write_chunks_atomic(output, chunks)
        _say(f"ditulis / written: {output}")
        return
    import os
    import sys

    try:
        for chunk in chunks:
            click.echo(chunk, nl=False)
        sys.stdout.flush()
    except BrokenPipeError:
        # the interpreter's own flush at exit would fail again and print a warning
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise click.exceptions.Exit(1)


def emit(frame, fmt, output, *, plain=False):
    """Write a DataFrame in the chosen format to ``output`` or standard output.

    CSV and JSON keep the data contract's columns and values; a table is for people
    (:func:`table_text`), unless ``plain`` (SPARQL results: the query names the columns).
    """
    from synergy.output import render_chunks

    fmt = default_format(fmt, output)
    if fmt == "table" and not plain:
        write_or_echo(table_text(frame, output), output)
        return
    # written piece by piece as it is formatted: the text of millions of rows is never whole
    write_pieces(render_chunks(frame, fmt), output)


@click.group(cls=SynergyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="synergy")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None, is_eager=True, callback=_choose_language,
              expose_value=False,
              help="Language of help, messages and tables: id (Bahasa Indonesia, the default) or en; "
                   "also SYNERGY_LANG=en or an English locale.")
@click.option("-q", "--quiet", is_flag=True, help=_QUIET_HELP)
@click.option("-v", "--verbose", is_flag=True, help="Print more notes on standard error.")
def main(quiet=False, verbose=False):
    """synergy: the Smart City Masterplan as a knowledge graph.

    Finds duplicated programs, shared-data opportunities and dependency chains
    between a city's agencies (perangkat daerah). Every command that reads a city
    takes zero or more SOURCEs (folders, workbooks, RDF files); with none it uses
    the embedded sample city (Kota Pasuruan, illustrative data). Where a command
    asks for an ID, a name does too: synergy find tells which.

    \b
    Example:
      synergy find kependudukan
      synergy validate
      synergy duplicates --clusters
    """
    from synergy.progress import set_verbosity  # stdlib only: --help stays instant

    set_verbosity(-1 if quiet else (1 if verbose else 0))


# ------------------------------------------------------------------ finding by name
@main.command("find")
@source_argument
@click.argument("text", metavar="TEXT")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["agency", "program", "dataset", "application"]),
              help="Only this kind (repeatable; default: all).")
@click.option("--limit", type=click.IntRange(1, None), default=None, help="At most this many rows (default: all).")
@lang_option
@output_options
@quiet_option
@handle_errors
def find_command(sources, text, kinds, limit, lang, fmt, output):
    """Find agencies, programs, datasets and applications by a word, a name or an acronym.

    TEXT comes last, after any SOURCE. Names, descriptions and agencies'
    short names are read the Indonesian way: by word, by stem (pelatihan ~
    latih), by synonym (keluhan ~ pengaduan) and by acronym (NIK ~ nomor
    induk kependudukan). Best first; columns id, kind, name, agency, then
    score (0-1), the terms matched and why (which field held them). Every
    command that asks for an ID takes a name that only one node has.

    \b
    Example:
      synergy find kependudukan
      synergy find "keluhan warga" --kind program
      synergy find docs/examples/rencana-2026 pengaduan --format csv -o temuan.csv
    """
    from synergy.find import find

    _check_ids(text)
    frame = find(load(sources), text, kinds=list(kinds) or None, limit=limit, lang=lang)
    if frame.empty:
        _say(f"tidak ada yang cocok dengan '{text}' / nothing matches '{text}'")
    emit(frame, fmt, output)


# ------------------------------------------------------------------ foundation
@main.command()
@source_argument
@click.option(
    "--format", "fmt", type=click.Choice(["lines", "csv", "json"]), default="lines", show_default=True,
    help="lines: one problem per line; csv/json: columns where, row, column, severity, message.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the problems to FILE instead of standard output.")
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def validate(sources, fmt, output):
    """Check SOURCEs against the data contract and list every problem.

    Prints one line per problem (file[sheet]:row: column: message), then a
    summary. Exit code 1 if there is any error, 0 if only warnings (or none).
    With no SOURCE, checks the embedded sample city.

    \b
    Example:
      synergy validate
      synergy validate data/pasuruan/pasuruan.xlsx
      synergy template data/pasuruan --agency DINKES -o formulir-dinkes.xlsx
      synergy validate formulir-dinkes.xlsx --format csv -o masalah.csv
    """
    from synergy.ingest import validate_sources

    endpoint, _store = _backend()  # --store is harmless here: validating always reads the files
    if endpoint:
        raise click.UsageError("validate memeriksa berkas (folder, buku kerja, berkas RDF), bukan --endpoint / "
                               "validate checks files (folders, workbooks, RDF files), not an --endpoint")
    problems = validate_sources(list(sources) or None, columns=_columns())
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    summary = (
        f"{errors} kesalahan, {warnings} peringatan / "
        f"{errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}"
    )
    if fmt == "lines" and output is None:
        for problem in problems:
            click.echo(str(problem))
        click.echo(summary)
    else:
        if fmt == "lines":
            write_or_echo("".join(f"{p}\n" for p in problems), output)
        else:
            import pandas as pd

            columns = ["where", "row", "column", "severity", "message"]
            frame = pd.DataFrame([[getattr(p, c) for c in columns] for p in problems], columns=columns)
            emit(frame, fmt, output)
        _say(summary)
    if errors:
        sys.exit(1)


_EXPORT_FORMATS = ["turtle", "jsonld", "nt", "graphml", "gexf", "dcat"]  # dcat: synergy.dcat


def _check_base(ctx, param, value):
    """--base must be an absolute IRI ending in / or # (node IRIs are base + path)."""
    import re

    if value is not None and not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*[/#]$", value):
        raise click.BadParameter(
            f"'{value}' bukan IRI mutlak yang berakhiran '/' atau '#' / "
            f"'{value}' is not an absolute IRI ending in '/' or '#', e.g. https://data.pasuruankota.go.id/id/"
        )
    return value


def _base_option(func):
    return click.option(
        "--base", default=None, callback=_check_base, metavar="IRI",
        help="IRI under which agencies, programs and datasets are minted "
             "(default: https://w3id.org/synergy/id/).",
    )(func)


@main.command("export")
@source_argument
@click.option("--format", "fmt", type=click.Choice(_EXPORT_FORMATS), default=None,
              help="turtle, jsonld, nt (RDF), graphml, gexf (Gephi) or dcat (dataset catalogue, "
                   "DCAT-AP style: .ttl, .rdf, .jsonld); default: from the -o suffix.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="File to write (.ttl, .jsonld, .nt, .graphml, .gexf).")
@_base_option
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def export_command(sources, fmt, output, base):
    """Write the city as a knowledge graph: RDF (Turtle, JSON-LD, N-Triples) or GraphML/GEXF.

    RDF uses the synergy ontology (ontology/synergy.ttl) and loads back as a
    SOURCE of every command. GraphML and GEXF open in Gephi, yEd or Cytoscape.

    \b
    Example:
      synergy export -o kota.ttl
      synergy export data/pasuruan --format gexf -o peta.gexf
      synergy export data/pasuruan/pasuruan.xlsx --base https://data.pasuruankota.go.id/id/ -o kota.jsonld
    """
    from synergy.errors import SynergyError
    from synergy.export import export, format_for_path
    from synergy.namespace import DEFAULT_BASE

    if fmt is None:
        try:
            fmt = format_for_path(output)
        except SynergyError as exc:
            raise click.UsageError(str(exc))
    model = load(sources)
    if fmt == "dcat":  # the dataset catalogue for CKAN / Satu Data portals
        from synergy.dcat import write_catalog

        write_catalog(model, output, base=base or DEFAULT_BASE)
    else:
        export(model, fmt, output, base=base or DEFAULT_BASE)
    _say(f"ditulis / written: {output} ({fmt})")


@main.command()
@source_argument
@click.argument("query")
@output_options
@_base_option
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def sparql(sources, query, fmt, output, base):
    """Run a SPARQL QUERY over the city's RDF graph, with the project's prefixes bound.

    QUERY is the query text, or @FILE to read it from a file. Prefixes syn:,
    dim:, dct:, dcat:, org:, skos:, prov:, rdfs:, xsd: and ag:/pr:/ds: (agencies,
    programs, datasets) are bound; the dimension scheme's labels are included.
    With --endpoint or --store the query runs on that server or store itself.

    \b
    Example:
      synergy sparql 'SELECT ?p ?title WHERE { ?p syn:runBy ag:DINKES ; dct:title ?title }'
      synergy sparql data/pasuruan @docs/examples/program-per-dimensi.rq --format csv
    """
    from synergy.namespace import DEFAULT_BASE
    from synergy.rdf import model_to_rdf, sparql_query

    if query.startswith("@"):
        try:
            with open(query[1:], encoding="utf-8-sig") as handle:
                query = handle.read()
        except OSError as exc:
            raise click.BadParameter(f"{query[1:]} tidak terbaca / cannot read {query[1:]}: {exc.strerror}",
                                     param_hint="QUERY")
    base = base or DEFAULT_BASE
    table_wanted = default_format(fmt, output) == "table"
    # on --endpoint / --store the query runs where the data lives, not on a copy read back
    frame = query_backend(query, base=base, compact=table_wanted)
    if frame is None:
        model = load(sources)
        frame = sparql_query(model_to_rdf(model, base=base), query, base=base, compact=table_wanted)
    emit(frame, fmt, output, plain=True)


@main.command()
@source_argument
@output_options
@lang_option
@quiet_option
@handle_errors
def stats(sources, fmt, output, lang):
    """Count agencies, programs, datasets and links, by dimension, element and agency.

    As a table it prints four sections; CSV and JSON give one long table with
    columns group, key, label, count, agencies, datasets, budget.

    \b
    Example:
      synergy stats
      synergy stats data/pasuruan --format csv -o statistik.csv
    """
    from synergy.stats import stats as city_stats

    result = city_stats(load(sources), lang=lang)
    if default_format(fmt, output) != "table":
        emit(result.to_frame(), fmt, output)
        return
    write_or_echo("\n".join(f"{title}\n{table_text(frame, output)}" for title, frame in result.sections(lang)),
                  output)


@main.command("classify")
@source_argument
@click.option("--all", "all_records", is_flag=True,
              help="Suggest for every program and application, also those that have a dimension.")
@lang_option
@output_options
@quiet_option
@handle_errors
def classify_command(sources, all_records, lang, fmt, output):
    """Suggest a smart city dimension and element where the data has none.

    One row per program and application whose dimension is empty (every one
    with --all): id, dimension, element, confidence (0-1), kind, name, reason,
    second_dimension. The evidence comes from the dimension scheme, the
    lexicon, the e-government functions, the nomenclature code and the
    agency's urusan; the reason lists it in words, strongest first (Bahasa
    Indonesia; English with --lang en). A suggestion is never written into
    the data: check it, then type the dimension into the source yourself.

    \b
    Example:
      synergy classify
      synergy classify data/pasuruan --all --format csv -o usulan-dimensi.csv
      synergy classify docs/examples/rencana-2026 --lang en
    """
    from synergy.classify import classify

    frame = classify(load(sources), all=all_records, lang=lang)
    suggested = int((frame["dimension"] != "").sum())
    _say(f"{len(frame)} program/aplikasi, {suggested} dengan usulan dimensi, {len(frame) - suggested} tanpa "
         f"petunjuk; usulan tidak ditulis ke data / {len(frame)} programs/applications, {suggested} with a "
         "suggested dimension; suggestions are not written into the data", level=1)
    emit(frame, fmt, output)  # a table keeps the leading columns that fit; CSV/JSON carry the reasons


# ------------------------------------------------------------------ duplicates
@main.command("duplicates")
@source_argument
@click.option("--of", "records", type=click.Choice(["programs", "applications"]), default="programs",
              show_default=True,
              help="What to compare: programs, or the application inventory (applications table).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Lowest match probability reported, 0-1 (default 0.5; higher: fewer, surer findings).")
@click.option("--include-routine", is_flag=True,
              help="Also compare routine support programs (program 01: salaries, planning documents...).")
@click.option("--across-regions", is_flag=True,
              help="Also pair programs of different regions (province or national roll-up).")
@lexicon_option
@click.option("--clusters", "show_clusters", is_flag=True,
              help="One row per cluster (group of programs doing the same work) instead of per pair.")
@click.option("--national", "show_national", is_flag=True,
              help="One row per local system that does the job of a national general application "
                   "(aplikasi umum SPBE: SRIKANDI, SP4N-LAPOR!, SIPD, SPSE) instead of the pairs.")
@click.option("--rdf", "rdf_output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the findings as RDF (Turtle, syn:possibleDuplicateOf with syn:duplicateScore).")
@show_rejected_option
@click.option("--learn", is_flag=True,
              help="Refit the matching model with the city's own decisions (confirmed and rejected pairs) first.")
@lang_option
@output_options
@quiet_option
@handle_errors
def duplicates_command(sources, records, threshold, include_routine, across_regions, lexicons, show_clusters,
                       show_national, rdf_output, show_rejected, learn, lang, fmt, output):
    """Programs (or applications) of different agencies that look like the same work, with reasons.

    One row per pair (columns program_a, program_b, score, cluster, agencies,
    reasons, ...; application_a, application_b, ... with --of applications),
    strongest first; the score is a match probability (0-1) and the reasons say what
    each piece of evidence added. --clusters gives one row per group with its
    cohesion, combined budget, suggested lead agency and action; --national the local
    systems that rebuild a national general application. In an application inventory
    one system listed by several agencies (same name, same address, a national
    application) is shared use, not a duplicate. Reasons are in Bahasa Indonesia
    (English with --lang en). Routine support programs are left out unless
    --include-routine. What limited the analysis is noted on stderr. With a
    decisions table (keputusan.csv, see synergy review) a rejected pair is left
    out (--show-rejected keeps it) and the others carry a decision column;
    --learn refits the model with those decisions first.

    \b
    Example:
      synergy duplicates
      synergy duplicates data/pasuruan --threshold 0.8 --format csv -o duplikasi.csv
      synergy duplicates data/pasuruan --clusters --lang en
      synergy duplicates data/pasuruan --of applications
      synergy duplicates data/pasuruan --national
    """
    from synergy.duplicates import DEFAULT_THRESHOLD, find_duplicates
    from synergy.progress import track

    model = load(sources)
    matcher = None
    if learn:
        from synergy.learning import learn as learn_from_decisions

        matcher = learn_from_decisions(model, kind=records, include_routine=include_routine,
                                       across_regions=across_regions)
    # the pairs as CSV or JSON are written a piece at a time as their reasons are made: a dense
    # roll-up's millions of pairs are never whole in memory (tables and RDF need them whole)
    fmt = default_format(fmt, output)
    stream = not (show_national or show_clusters or rdf_output) and fmt != "table"
    result = find_duplicates(
        model, threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
        include_routine=include_routine, across_regions=across_regions,
        lexicon=list(lexicons) or None, lang=lang, kind=records, matcher=matcher, show_rejected=show_rejected,
        progress=track, stream=stream,
    )
    from synergy.calibration import calibration_note
    from synergy.explain import PairFrames

    frame = result.national if show_national else result.clusters if show_clusters else result.pairs
    # what a likelihood was worth on real data, and how much of the readers' duplicates was reported
    # (when there was something to compare: an empty list is no clean bill either)
    compared = len(model.applications if records == "applications" else model.programs) > 1
    likelihood = calibration_note(records, lang) if compared else ""
    notes = [*result.notes, likelihood] if likelihood else list(result.notes)
    if not isinstance(frame, PairFrames):
        for note in notes:
            _say(note)
    if rdf_output:
        from rdflib import Graph

        from synergy.duplicates import duplicates_to_rdf

        write_or_echo(duplicates_to_rdf(Graph(), result).serialize(format="turtle"), rdf_output)
    if isinstance(frame, PairFrames):
        from synergy.output import CHUNK_ROWS

        # each row's text is written where its reasons are (the worker processes): never a frame
        write_pieces(frame.text_pieces(fmt, CHUNK_ROWS, encoded=True), output)
        for note in notes:  # after the pairs' progress bar, not under it
            _say(note)
    else:
        emit(frame, fmt, output)  # a table keeps the leading columns that fit; CSV/JSON carry them all


@main.command("generate")
@click.option("--regions", type=click.IntRange(1, 10_000), default=1, show_default=True,
              help="Number of regions (cities) to generate.")
@click.option("--programs", type=click.IntRange(1, 10_000_000), default=200, show_default=True,
              help="Programs per region.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed: same seed, same files.")
@click.option("--duplicate-rate", type=click.FloatRange(0.0, 0.5), default=0.03, show_default=True,
              help="Share of programs that get a planted duplicate in another agency.")
@click.option("-o", "--output", "output_dir", required=True, type=click.Path(file_okay=False, writable=True),
              help="Folder to write agencies, programs, datasets and answer_key to.")
@click.option("--parquet", is_flag=True, help="Write Parquet files instead of CSV.")
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def generate_command(regions, programs, seed, duplicate_rate, output_dir, parquet):
    """Write a synthetic city (or many) in the data contract's format, with planted duplicates.

    Program names come from the real planning nomenclature; every planted
    duplicate is listed in answer_key (kind,a,b,note). Ids are unique across
    regions. For tests and benchmarks: the data is realistic, not real.

    \b
    Example:
      synergy generate --regions 3 --programs 500 --seed 7 -o kota-sintetis
      synergy duplicates kota-sintetis --format csv -o temuan.csv
    """
    from synergy.generate import write_city

    written = write_city(output_dir, regions=regions, programs=programs, seed=seed,
                         duplicate_rate=duplicate_rate, fmt="parquet" if parquet else "csv")
    for path in written:
        _say(f"ditulis / written: {path}")



# ----------------------------------------------------- shared data, dependencies
def _node_id_argument(name="node_id", metavar="ID"):
    return click.argument(name, metavar=metavar)


def _check_ids(*ids):
    """SOURCE is variadic and the ids come last: a path where an id belongs means it was forgotten."""
    import os

    for node_id in ids:
        # a path written as one (data/pasuruan, kota.xlsx); a bare word is a name even where a folder has it
        if ((os.path.sep in node_id or "/" in node_id) and os.path.exists(node_id)) or node_id.lower().endswith(
                (".xlsx", ".csv", ".ttl", ".jsonld", ".nt")):
            raise click.UsageError(
                f"'{node_id}' tampaknya SOURCE, bukan kode: tulis kodenya paling akhir / "
                f"'{node_id}' looks like a SOURCE, not an id: give the id last, "
                "e.g. synergy deps data/pasuruan DS-NIK")


@main.command("shared-data")
@source_argument
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["reuse", "duplicate-dataset", "gap", "hub", "orphan"]),
              help="Only this kind of finding (repeatable; default: all).")
@lexicon_option
@show_rejected_option
@lang_option
@output_options
@quiet_option
@handle_errors
def shared_data_command(sources, kinds, lexicons, show_rejected, lang, fmt, output):
    """Data to share instead of collecting twice: reuse, duplicate-dataset, gap, hub, orphan.

    One row per opportunity, with the agencies involved, a rank within its
    kind and a reason (Bahasa Indonesia; English with --lang en). Restricted
    (terbatas) and excluded (dikecualikan) data need a data-sharing agreement:
    the reason says so. When many datasets have a title only (no description
    or keywords), a note warns that duplicate datasets found from titles alone
    are often wrong. With a decisions table (keputusan.csv) a rejected reuse,
    duplicate-dataset or gap finding is left out (--show-rejected keeps it) and
    the others carry a decision column.

    \b
    Example:
      synergy shared-data
      synergy shared-data data/pasuruan --kind reuse --kind gap --format csv -o berbagi.csv
    """
    from synergy.progress import track
    from synergy.shared_data import FindingFrames, shared_data, shared_data_notes

    # as CSV or JSON the findings are written a piece at a time as their reasons are made: the text
    # of millions of findings is never whole in memory (a table, for people, is made whole)
    fmt = default_format(fmt, output)
    model = load(sources)
    found = shared_data(model, lang=lang, lexicon=list(lexicons) or None, kinds=list(kinds) or None,
                        show_rejected=show_rejected, progress=track, stream=fmt != "table")
    if isinstance(found, FindingFrames):
        from synergy.output import CHUNK_ROWS

        # each row's text is made where its reason is (the worker processes): never a frame
        write_pieces(found.text_pieces(fmt, CHUNK_ROWS, encoded=True), output)
    else:
        emit(found, fmt, output)
    for note in shared_data_notes(model, list(kinds) or None, lang):
        _say(note)


@main.command("deps")
@source_argument
@_node_id_argument()
@click.option("--direction", type=click.Choice(["downstream", "upstream"]), default="downstream",
              show_default=True, help="downstream: what needs ID; upstream: what ID needs.")
@output_options
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def deps_command(sources, node_id, direction, fmt, output):
    """Everything that depends on ID (or that ID depends on), with its depth.

    ID is a program, dataset, application or agency: its id, or a name only
    one of them has (synergy find lists the candidates). It comes LAST, after
    any SOURCE: the last argument is always taken as the id. Depth counts hops
    through datasets: a dataset's users are depth 1, what they produce depth 2, ...

    \b
    Example:
      synergy deps DS-NIK
      synergy deps data/pasuruan DS-NIK --direction downstream --format csv
      synergy deps P-001 --direction upstream
      synergy deps SIMPUS --direction upstream
    """
    from synergy.dependencies import downstream, upstream

    _check_ids(node_id)
    walk = downstream if direction == "downstream" else upstream
    model = load(sources)
    node = resolve_id(model, node_id)  # before the bar: it may say which node a name is
    with _working("ketergantungan / dependencies"):  # seconds at a million programs
        frame = walk(model, node)
    emit(frame, fmt, output)


@main.command("chain")
@source_argument
@click.argument("from_id", metavar="FROM")
@click.argument("to_id", metavar="TO")
@lang_option
@output_options
@quiet_option
@handle_errors
def chain_command(sources, from_id, to_id, lang, fmt, output):
    """The dependency chain between FROM and TO, every hop with its reason.

    FROM and TO (ids, or names only one node has) come last, after any
    SOURCE. The chain is searched both ways and printed in flow order (each
    row: FROM is needed by TO).

    \b
    Example:
      synergy chain DS-NIK P-001
      synergy chain Dispendukcapil Dinkes
      synergy chain data/pasuruan DISPENDUKCAPIL DINKES --lang en
    """
    from synergy.dependencies import chain as find_chain

    _check_ids(from_id, to_id)
    model = load(sources)
    from_id, to_id = resolve_id(model, from_id), resolve_id(model, to_id)
    with _working("rantai / chain"):  # seconds at a million programs
        frame = find_chain(model, from_id, to_id, lang=lang)
    if frame.empty:
        _say(f"tidak ada rantai ketergantungan antara {from_id} dan {to_id} / "
             f"no dependency chain between {from_id} and {to_id}")
    emit(frame, fmt, output)


@main.command("cycles")
@source_argument
@click.option("--max-length", type=click.IntRange(2, None), default=12, show_default=True,
              help="Longest cycle searched, in programs.")
@lang_option
@output_options
@quiet_option
@handle_errors
def cycles_command(sources, max_length, lang, fmt, output):
    """Every circular dependency between programs, shortest first.

    A cycle is written in flow order from its smallest id back to it:
    'A -> B -> A' means B needs A and A needs B.

    \b
    Example:
      synergy cycles
      synergy cycles data/pasuruan --format json -o siklus.json
    """
    from synergy.dependencies import cycles as find_cycles

    model = load(sources)
    with _working("siklus / cycles"):  # seconds at a million programs
        frame = find_cycles(model, lang=lang, max_length=max_length)
    emit(frame, fmt, output)


@main.command("impact")
@source_argument
@_node_id_argument()
@lang_option
@output_options
@quiet_option
@handle_errors
def impact_command(sources, node_id, lang, fmt, output):
    """What stops if ID (dataset, program or agency) stops: programs, agencies, budget.

    Prints the affected nodes (ID itself at depth 0); the totals go to
    standard error. ID (an id, or a name only one node has) comes last, after
    any SOURCE. The nodes whose stop hurts most: synergy metrics --what critical.

    \b
    Example:
      synergy impact DS-NIK
      synergy impact "SIAK Terpusat"
      synergy impact data/pasuruan DISKOMINFOTIK --format csv -o dampak.csv
    """
    from synergy.dependencies import impact as find_impact

    _check_ids(node_id)
    model = load(sources)
    node = resolve_id(model, node_id)
    with _working("dampak / impact"):  # seconds at a million programs
        result = find_impact(model, node)
    _say(result.summary(lang))
    emit(result.affected, fmt, output)


@main.command("roadmap")
@source_argument
@lang_option
@output_options
@quiet_option
@handle_errors
def roadmap_command(sources, lang, fmt, output):
    """Programs in phases by dependency order, circles set aside, horizon warnings.

    Phase 1 needs nothing else; phase 2 needs only phase 1; ... A warning marks
    a program planned sooner than a medium or long term program it needs.

    \b
    Example:
      synergy roadmap
      synergy roadmap data/pasuruan --lang en --format csv -o roadmap.csv
    """
    from synergy.roadmap import roadmap as build_roadmap

    model = load(sources)
    with _working("peta jalan / roadmap"):  # half a minute at a million programs
        frame = build_roadmap(model, lang=lang)
    emit(frame, fmt, output)


@main.command("metrics")
@source_argument
@click.option("--what", type=click.Choice(["matrix", "coverage", "communities", "critical", "chains"]),
              default="matrix", show_default=True,
              help="matrix: agency pairs (shared datasets, dependencies, duplicates); coverage: "
                   "dimensions and elements; communities: working groups; critical: nodes whose stop "
                   "hurts most; chains: longest dependency chains.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for communities and sampling.")
@click.option("--no-duplicates", is_flag=True, help="Leave duplicated programs out of matrix and communities.")
@lang_option
@output_options
@quiet_option
@handle_errors
def metrics_command(sources, what, seed, no_duplicates, lang, fmt, output):
    """Synergy metrics: agency ties, plan coverage, working groups, critical nodes.

    \b
    Example:
      synergy metrics
      synergy metrics --what coverage --lang en
      synergy metrics data/pasuruan --what communities --seed 1 --format csv
    """
    from synergy import dependencies, metrics as m
    from synergy.progress import track

    model = load(sources)
    if what == "matrix":
        frame = m.agency_pairs(model, duplicates=not no_duplicates, progress=track)
    elif what == "coverage":
        frame = m.coverage(model, lang=lang)
    elif what == "communities":
        frame = m.communities(model, seed=seed, duplicates=not no_duplicates, progress=track)
    elif what == "critical":
        with _working("simpul kritis / critical nodes"):  # tens of seconds at a million programs
            frame = dependencies.critical_nodes(model, seed=seed)
    else:
        with _working("rantai terpanjang / longest chains"):
            frame = dependencies.longest_chains(model)
    emit(frame, fmt, output)




# --------------------------------------------------------------- maps and report
MAP_VIEWS = ("agencies", "city", "duplicates", "sharing", "chain", "agency", "dimension")
FOCUSED_VIEWS = ("chain", "agency", "dimension")


@main.command("map")
@source_argument
@click.option("--view", type=click.Choice(MAP_VIEWS), default="agencies", show_default=True,
              help="What to show: the agencies and what ties them (default), every program of the city, "
                   "duplicates, data sharing, the dependency chain around --focus, one agency "
                   "(--focus AGENCY) or one dimension (--focus living).")
@click.option("--focus", metavar="ID", default=None,
              help="What the chain, agency or dimension view centres on: an id or a name (chain, agency), "
                   "a dimension (dimension).")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
              help="html (interactive, offline), png or svg (default: from -o's suffix, else html).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: peta-VIEW.FORMAT).")
@click.option("--aggregate/--no-aggregate", default=None,
              help="Fold programs into their agency (default: only above 3,000 nodes).")
@click.option("--size-by", type=click.Choice(["budget", "programs"]), default=None,
              help="Size of an agency on the agencies map (default: budget when the data has budgets).")
@lang_option
@quiet_option
@handle_errors
def map_command(sources, view, focus, fmt, output, aggregate, size_by, lang):
    """Draw a map of the city: an interactive HTML page or a picture.

    The HTML page works offline (no internet needed): search a name, filter by
    agency and dimension, click a node for its details.

    \b
    Example:
      synergy map -o peta.html
      synergy map --view chain --focus DS-NIK -o rantai.html
      synergy map --view dimension --focus living --format png -o living.png
    """
    from pathlib import Path

    from synergy.visualizations.maps import write_map

    if view in FOCUSED_VIEWS and not focus:
        raise click.UsageError(f"--view {view} perlu --focus ID / --view {view} needs --focus ID")
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in ("png", "svg") else "html"
    output = output or f"peta-{view}.{fmt}"
    model = load(sources)
    if focus and view in ("chain", "agency"):  # a name will do (a dimension view takes the dimension's key)
        from synergy.errors import UnknownNode

        try:
            focus = resolve_id(model, focus, kinds=["agency"] if view == "agency" else None)
        except UnknownNode:
            pass  # the map names the closest ids itself
    from synergy.progress import track

    extra = {"size_by": size_by} if size_by else {}
    write_map(model, output, fmt=fmt, view=view, focus=focus, lang=lang, aggregate=aggregate, progress=track,
              **extra)
    _say(f"ditulis / written: {output}")


@main.command("report")
@source_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="laporan.html",
              show_default=True, help="HTML file to write.")
@click.option("--no-maps", is_flag=True, help="Leave the interactive maps out (a smaller file).")
@lang_option
@quiet_option
@handle_errors
def report_command(sources, output, no_maps, lang):
    """Write the leadership report: one offline HTML file.

    The government's name and the decisions to take (which programs, which
    agencies, how much money, who could lead), then the agency synergy map,
    duplicate programs, applications, data sharing, critical data, the roadmap
    and the heat map, in Bahasa Indonesia (or English with --lang en). Every
    table opens in full and downloads as CSV; opens without internet and
    prints well (also to PDF). A progress bar shows how far a big city is.

    \b
    Example:
      synergy report -o laporan.html
      synergy report data/pasuruan --lang en -o report.html
    """
    from synergy.progress import track
    from synergy.report import write_report

    model = load(sources)
    write_report(model, output, lang=lang, maps=not no_maps, progress=track)
    _say(f"ditulis / written: {output}")


# ----------------------------------------------------------- stores and servers
@main.command("push")
@click.argument("sources", nargs=-1, type=click.Path(exists=True, dir_okay=True))
@click.option("--endpoint", "endpoint_url", required=True, metavar="URL",
              help="SPARQL 1.1 endpoint that accepts updates, e.g. http://127.0.0.1:8890/sparql-auth.")
@click.option("--region", metavar="CODE", default=None,
              help="Push only this region (Kemendagri code, e.g. 35.75); agencies without a region "
                   "belong to it. Default: every region in the data.")
@click.option("--update-endpoint", "update_url", metavar="URL", default=None,
              help="Where SPARQL Update goes, when not the --endpoint URL (GraphDB: .../statements).")
@click.option("--graph-store", "graph_store_url", metavar="URL", default=None,
              help="Graph Store Protocol service for a fast upload (Virtuoso: .../sparql-graph-crud-auth).")
@_base_option
@_timeout_option
@output_options
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def push_command(sources, endpoint_url, region, update_url, graph_store_url, base, timeout, fmt, output):
    """Write the city (or each region) as a named graph on a SPARQL 1.1 server.

    Each region's previous graph is replaced in one step: the new triples are
    uploaded to a staging graph, counted, and moved in place with one MOVE; if
    anything fails first, the server keeps the previous version. Credentials come
    from the environment variables SYNERGY_ENDPOINT_USER and
    SYNERGY_ENDPOINT_PASSWORD, never from the command line (set them first,
    e.g. export SYNERGY_ENDPOINT_USER=dba).

    \b
    Example:
      synergy push data/pasuruan --endpoint http://127.0.0.1:8890/sparql-auth --region 35.75
      synergy stats --endpoint http://127.0.0.1:8890/sparql-auth#35.75
    """
    from synergy.endpoint import push
    from synergy.namespace import DEFAULT_BASE
    from synergy.progress import track

    model = load(sources)
    frame = push(model, endpoint_url, region, base=base or DEFAULT_BASE, update_url=update_url,
                 graph_store_url=graph_store_url, timeout=timeout, progress=track)
    emit(frame, fmt, output)


@main.command("regions")
@click.option("--endpoint", "endpoint_url", required=True, metavar="URL", help="SPARQL 1.1 endpoint.")
@_base_option
@_timeout_option
@output_options
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def regions_command(endpoint_url, base, timeout, fmt, output):
    """List the regions a SPARQL server holds: region, graph, triples, expected.

    expected is the count the server's manifest records for the region (empty
    for a region pushed by an older synergy); a region whose triples differ
    from it was not pushed to the end, and the other commands refuse it.

    \b
    Example:
      synergy regions --endpoint http://127.0.0.1:8890/sparql
    """
    from synergy.endpoint import regions
    from synergy.namespace import DEFAULT_BASE

    emit(regions(endpoint_url, base=base or DEFAULT_BASE, timeout=timeout), fmt, output)


@main.command("counts")
@source_argument
@output_options
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def counts_command(sources, fmt, output):
    """Count programs per region and dimension, where the data lives.

    With --endpoint the server counts (nothing is downloaded); with --store the
    Oxigraph store does; otherwise the sources are loaded and counted in memory.
    Columns: region, dimension, programs.

    \b
    Example:
      synergy counts data/pasuruan
      synergy counts data/pasuruan --store toko/
      synergy counts --endpoint http://127.0.0.1:8890/sparql
    """
    from synergy.endpoint import counts
    from synergy.store import COUNTS_QUERY, load_store, store_query

    endpoint, store = _backend()
    if endpoint:
        frame = counts(endpoint.partition("#")[0], timeout=_timeout())
    elif store:
        load(sources)  # brings the folder up to date and repeats the warnings
        frame = query_backend(COUNTS_QUERY.format(graph_open="", graph_close=""))
    else:
        frame = store_query(load_store(load(sources), vocabulary=False),
                            COUNTS_QUERY.format(graph_open="", graph_close=""))
    emit(frame, fmt, output)



# ------------------------------------------------------------- the city's workflow
@main.command("template")
@source_argument
@click.option("-o", "--output", required=True, type=click.Path(writable=True),
              help="Workbook to write (.xlsx); with --all, the folder to write one form per agency into.")
@click.option("--agency", metavar="ID", default=None,
              help="Agency the form is for (its id or name): its row, programs, datasets and applications "
                   "pre-filled from SOURCE (else the sample city).")
@click.option("--all", "all_agencies", is_flag=True,
              help="One pre-filled form per agency of the city, in folder OUTPUT (formulir-ID.xlsx).")
@force_option
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def template_command(sources, output, agency, all_agencies, force):
    """Write the fill-in workbook (formulir) an agency completes and sends back.

    Sheets: Petunjuk (instructions, Bahasa Indonesia then English), agencies,
    programs, datasets, applications (header row = the data contract's
    columns, with notes, drop-down lists and input hints). With SOURCE, the
    drop-downs list the city's agencies, datasets and programs as "name (id)"
    (the id is what is read), and a hidden sheet lists the city's ids, so that
    a pre-filled form validates on its own. Without SOURCE the form is blank,
    and --agency or --all use the sample city. A filled copy is a SOURCE of every command;
    synergy status tells which forms came back.

    \b
    Example:
      synergy template -o formulir.xlsx
      synergy template --all -o formulir/
      synergy template data/pasuruan --agency Dinkes -o formulir-dinkes.xlsx
      synergy validate formulir-dinkes.xlsx
    """
    import pathlib

    from synergy.template import write_forms, write_template

    if all_agencies:
        if agency:
            raise click.UsageError("give --agency or --all, not both / beri --agency atau --all, tidak keduanya")
        if output.lower().endswith((".xlsx", ".xlsm")):
            raise click.BadParameter("dengan --all, OUTPUT adalah folder / with --all, OUTPUT is a folder",
                                     param_hint="-o")
        from synergy.progress import track

        model = load(sources)
        written = write_forms(output, model, overwrite=force, progress=track)
        _say(f"{len(written)} formulir ditulis ke / forms written to {output}")
        return
    if not output.lower().endswith(".xlsx"):  # not .xlsm either: the form holds no macros
        raise click.BadParameter("formulir harus berkas .xlsx (tanpa makro) / the form must be an .xlsx file "
                                 "(no macros)", param_hint="-o")
    if pathlib.Path(output).exists() and not force:
        raise click.ClickException(f"{output}: sudah ada; pakai --force / already exists; use --force to replace it")
    # a form for an agency is its rows pre-filled: from SOURCE, else the sample city (as --all)
    model = load(sources) if sources or agency or _backend()[0] else None
    unknown = None
    if model is not None and agency:
        from synergy.errors import UnknownNode

        try:
            agency = resolve_id(model, agency, kinds=["agency"])
        except UnknownNode as exc:
            close = ", ".join(f"'{s}'" for s in exc.suggestions)
            hint = (f" (mungkin maksudnya {close}?)", f" (did you mean {close}?)") if close else ("", "")
            unknown = (f"peringatan / warning: {agency} tidak ada di kota{hint[0]}; formulir hanya berisi kodenya, "
                       f"isi namanya / is not in the city{hint[1]}; the form holds only its id: fill in its name")
    write_template(output, model, agency)  # refuses an id that is no id (DIN KES) before any warning
    if unknown:
        _say(unknown)
    _say(f"ditulis / written: {output}")


@main.command("status")
@source_argument
@click.option("--forms", "forms", multiple=True, required=True, type=click.Path(exists=True),
              help="Returned forms: a folder of workbooks (each one a form) or a workbook; repeatable.")
@click.option("--changes", "show_changes", is_flag=True,
              help="One row per changed field (agency, form, change, table, id, field, old, new) instead.")
@output_options
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def status_command(sources, forms, show_changes, fmt, output):
    """Which agencies returned their form, what changed against the city, which forms are still invalid.

    SOURCE is the city the forms were made from (synergy template SOURCE
    --all). One row per agency: state returned, invalid (the form does not
    validate on its own: errors and the first problem) or missing, and how
    many of its rows (its own row, programs, datasets, applications) are
    added, changed or removed against the city. A form belongs to the agency
    whose row it holds (else the file name formulir-ID.xlsx says it).

    \b
    Example:
      synergy template --all -o formulir/
      synergy status --forms formulir/
      synergy status --forms formulir/ --changes --format csv -o perubahan.csv
    """
    from synergy.status import form_status

    model = load(sources)
    result = form_status(model, forms, columns=_columns())
    _say(result.summary(i18n.language()))
    emit(result.changes if show_changes else result.agencies, fmt, output)


@main.command("merge")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True))
@click.option("-o", "--output", required=True, type=click.Path(writable=True),
              help="A folder (agencies.csv, programs.csv, datasets.csv) or an .xlsx workbook.")
@force_option
@_columns_option
@lang_option
@quiet_option
@handle_errors
def merge_command(sources, output, force, lang):
    """Merge the agencies' workbooks into one city (a CSV folder or one workbook).

    A row that several sources repeat exactly is kept once; an id defined twice
    with different content is an error naming both places, and nothing is
    written. The result is written atomically and never over an existing one
    unless --force.

    A folder of workbooks merges every workbook in it. A form's hidden list
    of the city's ids is never merged: when the merged tables name ids that
    no merged source defines, a warning says so (merge every form, or the
    forms with the city's data).

    \b
    Example:
      synergy template --all -o formulir/
      synergy merge formulir/ -o kota/
      synergy merge formulir/formulir-DINKES.xlsx formulir/formulir-DINSOS.xlsx -o dua-opd.xlsx
    """
    from synergy.merge import merge_sources
    from synergy.progress import track

    result = merge_sources(sources, output, overwrite=force, progress=track, columns=_columns())
    for problem in result.warnings:
        _say(str(problem), level=1)
    _say(result.summary(lang))
    if result.unresolved:
        _say(result.unresolved_note())


@main.command("diff")
@click.argument("old", type=click.Path(exists=True, dir_okay=True))
@click.argument("new", type=click.Path(exists=True, dir_okay=True))
@output_options
@click.option("--no-duplicates", is_flag=True, help="Do not compare duplicated program pairs (faster).")
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def diff_command(old, new, fmt, output, no_duplicates):
    """Show what changed between two versions of the plan, field by field.

    One row per change: change (added, removed, changed, link-added,
    link-removed, duplicate-new, duplicate-resolved), table, id, field, old, new.

    \b
    Example:
      synergy diff docs/examples/rencana-2025 docs/examples/rencana-2026
      synergy diff docs/examples/rencana-2025 docs/examples/rencana-2026 --format csv -o perubahan.csv
    """
    from synergy.diff import diff_models
    from synergy.progress import track

    frame = diff_models(load([old]), load([new]), duplicates=not no_duplicates, progress=track)
    emit(frame, fmt, output)
    counts = frame["change"].value_counts()
    _say(", ".join(f"{k}: {counts[k]}" for k in counts.index) or "tidak ada perubahan / no changes", level=1)


@main.command("import-ckan")
@click.argument("path", type=click.Path(exists=True, dir_okay=True))
@click.option("--agencies", "agencies_source", type=click.Path(exists=True, dir_okay=True), default=None,
              help="The city's SOURCE whose agency ids the portal's organisations are mapped to.")
@click.option("-o", "--output", required=True, type=click.Path(writable=True),
              help="A folder (CSV) or an .xlsx workbook to write the imported city to.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the organisation matching as CSV.")
@click.option("--cutoff", type=click.FloatRange(0.5, 1.0), default=0.85, show_default=True,
              help="Least similarity for a fuzzy organisation match.")
@force_option
@lang_option(expose_value=False)
@quiet_option
@handle_errors
def import_ckan_command(path, agencies_source, output, report_path, cutoff, force):
    """Import a Satu Data (CKAN) portal's catalogue: organisations and datasets.

    PATH is a JSON file or a folder of them, saved from the portal's API
    (package_search pages, package_show, organization_list). Organisations
    become agencies (matched to --agencies ids by name, title or short name,
    then fuzzily), packages datasets, tags keywords; licence and resources are
    kept as extra columns. Every organisation that matched no agency is listed.

    Save the pages with e.g. curl -o ckan/p0.json
    'https://PORTAL/api/3/action/package_search?rows=1000&start=0'.

    \b
    Example:
      synergy import-ckan docs/examples/ckan --agencies data/pasuruan -o satudata/
      synergy import-ckan docs/examples/ckan -o satudata.xlsx --report organisasi.csv
    """
    from synergy.ckan import import_ckan
    from synergy.merge import write_model
    from synergy.output import render, write_text_atomic
    from synergy.progress import track

    city = load([agencies_source]) if agencies_source else None
    result = import_ckan(path, city, cutoff=cutoff, progress=track)
    for problem in result.warnings:
        _say(str(problem))
    write_model(result.model, output, overwrite=force)
    matches = result.matches
    for row in matches.itertuples():
        if row.match == "new":
            _say(f"tidak cocok / no match: {row.organization} ({row.title}) -> agency baru / new agency {row.agency}")
        elif row.match == "fuzzy":
            _say(f"mirip / fuzzy: {row.organization} ({row.title}) -> {row.agency} ({row.score:.2f}); periksa / check it")
    if report_path:
        write_text_atomic(report_path, render(matches, "csv"))
    _say(f"{len(result.model.datasets)} data, {len(matches)} organisasi / organisations "
         f"({len(result.unmatched)} tidak cocok / unmatched) -> {output}")


# ------------------------------------------------------- the analyst's decisions
_DECISION_FILES = ("keputusan.csv", "decisions.csv")


def _decisions_file(sources, given):
    """The decisions file a review writes, and whether SOURCE reads it already."""
    import pathlib

    if given:
        path = pathlib.Path(given)
        if path.name.lower() not in _DECISION_FILES:
            raise click.UsageError("berkas keputusan harus bernama keputusan.csv atau decisions.csv / "
                                   "the decisions file must be named keputusan.csv or decisions.csv")
        inside = any(pathlib.Path(s).is_dir() and pathlib.Path(s).resolve() == path.resolve().parent for s in sources)
        return path, inside
    folders = [pathlib.Path(s) for s in sources if pathlib.Path(s).is_dir()]
    if len(folders) != 1:
        raise click.UsageError("beri --decisions FILE (keputusan.csv), atau satu folder SOURCE tempat menyimpannya / "
                               "give --decisions FILE (keputusan.csv), or one SOURCE folder to keep it in")
    found = sorted(p for p in folders[0].iterdir() if p.name.lower() in _DECISION_FILES)
    return (found[0] if found else folders[0] / _DECISION_FILES[0]), True


@contextlib.contextmanager
def _key_reader():
    """One key at a time, without Enter: the terminal in cbreak mode for the whole session (keys
    typed ahead are kept, Ctrl-C stops), or one character (spaces skipped) of piped input."""
    if not sys.stdin.isatty():
        def from_pipe():
            while True:
                ch = sys.stdin.read(1)
                if not ch:
                    raise EOFError
                if not ch.isspace():
                    return ch

        yield from_pipe
        return
    try:
        import termios
        import tty
    except ImportError:  # no POSIX terminal (Windows): click reads a key
        yield click.getchar
        return
    import os
    import select

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    tty.setcbreak(fd, termios.TCSANOW)
    # Ctrl-C arrives as a key, not as SIGINT: a signal can be ignored (a shell starts background
    # jobs so) or land in another thread, and then the session would not stop
    keys = termios.tcgetattr(fd)
    keys[3] &= ~termios.ISIG
    termios.tcsetattr(fd, termios.TCSANOW, keys)

    def from_terminal():
        while not select.select([fd], [], [], 0.2)[0]:  # short waits: a signal's handler still runs between them
            pass
        ch = os.read(fd, 1).decode("utf-8", "replace")
        if ch == "\x03":
            raise KeyboardInterrupt
        if ch in ("", "\x04"):
            raise EOFError
        return ch

    try:
        yield from_terminal
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


@main.command("review")
@source_argument
@click.option("--of", "records", type=click.Choice(["programs", "applications"]), default="programs",
              show_default=True, help="What to review: duplicate programs, or duplicate applications.")
@click.option("-d", "--decisions", "decisions_file", type=click.Path(dir_okay=False), default=None,
              help="The decisions file to write (keputusan.csv or decisions.csv); default: the one in the SOURCE folder.")
@click.option("--by", "by", metavar="NAME", default=None, help="Who decides (default: the login name).")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=0.3, show_default=True,
              help="Lowest match probability asked about (below the reporting line of 0.5: those answers teach most).")
@click.option("--learn/--no-learn", default=True, show_default=True,
              help="Order the pairs with the model refitted on the decisions taken so far.")
@lang_option
@quiet_option
@handle_errors
def review_command(sources, records, decisions_file, by, threshold, learn, lang):
    """Decide on duplicate findings one by one, the least sure first.

    Shows each pair (names, agencies, likelihood, reasons) and waits for one
    key: y confirmed (benar), n rejected (bukan), p in progress (proses), d done
    (selesai), s skip, u undo, q quit. Every answer is written at once (the file
    is replaced atomically) to the decisions table keputusan.csv in the SOURCE
    folder (or --decisions FILE), with who and when; a finding decided before is
    not asked again unless its programs' names or descriptions changed since.
    Stop any time and run it again to continue. The pairs the model is least
    sure of come first (probability closest to 0.5), also pairs just under the
    reporting line: their answers teach the model most (--learn).

    \b
    Example:
      synergy merge data/pasuruan -o kota/
      synergy review kota/
      synergy review kota/ --of applications --by "Ani (Diskominfotik)"
      synergy duplicates kota/ --learn
    """
    import datetime
    import getpass

    from synergy.decisions import parse_table, record_texts, table_text
    from synergy.model import empty_table
    from synergy.output import write_text_atomic
    from synergy.review import review_findings, run_session

    path, inside = _decisions_file(sources, decisions_file)
    model = load([*sources, *([str(path)] if path.exists() and not inside else [])])
    matcher = None
    if learn and len(model.decisions):
        from synergy.learning import learn as learn_from_decisions

        matcher = learn_from_decisions(model, kind=records)
    findings = review_findings(model, kind=records, threshold=threshold, lang=lang, matcher=matcher)
    table = parse_table(path.read_text(encoding="utf-8-sig")) if path.exists() else empty_table("decisions")

    saved = []

    def save(current):
        write_text_atomic(path, table_text(current))
        saved.append(path)

    try:
        who = by or getpass.getuser()
    except Exception:  # no login name (a container): leave it empty rather than fail
        who = ""
    with _key_reader() as ask:
        result = run_session(findings, table, ask=ask, say=click.echo, save=save, by=who,
                             date=datetime.date.today().isoformat(), texts=record_texts(model), lang=lang)
    if saved:
        _say(f"ditulis / written: {path} ({len(result.table)} keputusan / decisions)")


def _say(message, level=0):
    """A message for the user on stderr, unless --quiet (level 1: only with --verbose)."""
    from synergy.progress import verbosity

    if verbosity() >= level:
        click.echo(message, err=True)


def _working(label: str):
    """A one-step bar on a terminal while an analysis runs after the files are read (seconds to
    a minute at a million programs); nothing with --quiet or off a terminal."""
    from synergy.progress import stages, track

    return stages(track, label, 1)



if __name__ == "__main__":
    main()
