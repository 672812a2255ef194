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



_EXPORT_FORMATS = ["turtle", "jsonld", "nt", "graphml", "gexf"]


def _check_base(ctx, param, value):
    """--base must be an absolute IRI ending in / or # (node IRIs are base + path)."""
    import re

    if value is not None and not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*[/#]$", value):
        raise click.BadParameter(
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
              help="turtle, jsonld, nt (RDF) or graphml, gexf (Gephi); default: from the -o suffix.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="File to write (.ttl, .jsonld, .nt, .graphml, .gexf).")
@_base_option
@handle_errors
def export_command(sources, fmt, output, base):
    """Write the city as a knowledge graph: RDF (Turtle, JSON-LD, N-Triples) or GraphML/GEXF.

    RDF uses the synergy ontology (ontology/synergy.ttl) and loads back as a
    SOURCE of every command. GraphML and GEXF open in Gephi, yEd or Cytoscape.

    \b
    Example:
      synergy export -o kota.ttl
      synergy export data/pasuruan --format gexf -o peta.gexf
      synergy export opd.xlsx --base https://data.pasuruankota.go.id/id/ -o kota.jsonld
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
    export(model, fmt, output, base=base or DEFAULT_BASE)
    click.echo(f"ditulis / written: {output} ({fmt})", err=True)


@main.command()
@source_argument
@click.argument("query")
@output_options
@_base_option
@handle_errors
def sparql(sources, query, fmt, output, base):
    """Run a SPARQL QUERY over the city's RDF graph, with the project's prefixes bound.

    QUERY is the query text, or @FILE to read it from a file. Prefixes syn:,
    dim:, dct:, dcat:, org:, skos:, prov:, rdfs:, xsd: and ag:/pr:/ds: (agencies,
    programs, datasets) are bound; the dimension scheme's labels are included.

    \b
    Example:
      synergy sparql 'SELECT ?p ?title WHERE { ?p syn:runBy ag:DINKES ; dct:title ?title }'
      synergy sparql data/pasuruan @programs_per_dimension.rq --format csv
    """
    from synergy.namespace import DEFAULT_BASE
    from synergy.rdf import model_to_rdf, sparql_query

    if query.startswith("@"):
        try:
            with open(query[1:], encoding="utf-8-sig") as handle:
                query = handle.read()
        except OSError as exc:
            raise click.BadParameter(f"cannot read {query[1:]}: {exc.strerror}", param_hint="QUERY")
    base = base or DEFAULT_BASE
    model = load(sources)
    table_wanted = fmt == "table" or (fmt is None and output is None and sys.stdout.isatty())
    frame = sparql_query(model_to_rdf(model, base=base), query, base=base, compact=table_wanted)
    emit(frame, fmt, output)


@main.command()
@source_argument
@output_options
@lang_option
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
    from synergy.output import render, write_text_atomic
    from synergy.stats import stats as city_stats

    result = city_stats(load(sources), lang=lang)
    if fmt is None:
        fmt = "table" if (output is None and sys.stdout.isatty()) else "csv"
    if fmt != "table":
        emit(result.to_frame(), fmt, output)
        return
    text = "\n".join(f"{title}\n{render(frame, 'table')}" for title, frame in result.sections(lang))
    if output:
        write_text_atomic(output, text)
        click.echo(f"ditulis / written: {output}", err=True)
    else:
        click.echo(text, nl=False)


# ------------------------------------------------------------------ duplicates (issue 3)


# ----------------------------------------------------- shared data, dependencies (issue 4)


# --------------------------------------------------------------- maps and report (issue 5)
MAP_VIEWS = ("city", "duplicates", "sharing", "chain", "agency", "dimension")
FOCUSED_VIEWS = ("chain", "agency", "dimension")


@main.command("map")
@source_argument
@click.option("--view", type=click.Choice(MAP_VIEWS), default="city", show_default=True,
              help="What to show: the whole city, duplicates, data sharing, the dependency chain "
                   "around --focus, one agency (--focus AGENCY) or one dimension (--focus living).")
@click.option("--focus", metavar="ID", default=None,
              help="Id the chain, agency or dimension view centres on.")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
              help="html (interactive, offline), png or svg (default: from -o's suffix, else html).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: peta-VIEW.FORMAT).")
@click.option("--aggregate/--no-aggregate", default=None,
              help="Fold programs into their agency (default: only above 3,000 nodes).")
@lang_option
@handle_errors
def map_command(sources, view, focus, fmt, output, aggregate, lang):
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
        raise click.UsageError(f"--view {view} needs --focus ID")
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in ("png", "svg") else "html"
    output = output or f"peta-{view}.{fmt}"
    model = load(sources)
    write_map(model, output, fmt=fmt, view=view, focus=focus, lang=lang, aggregate=aggregate)
    click.echo(f"ditulis / written: {output}", err=True)


@main.command("report")
@source_argument
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="laporan.html",
              show_default=True, help="HTML file to write.")
@click.option("--no-maps", is_flag=True, help="Leave the interactive maps out (a smaller file).")
@lang_option
@handle_errors
def report_command(sources, output, no_maps, lang):
    """Write the leadership report: one offline HTML file.

    Headline numbers, the dimension x agency heat map, duplicate programs,
    data-sharing opportunities, critical datasets, the roadmap and the
    interactive maps, in Bahasa Indonesia (or English with --lang en). Opens
    without internet and prints well (also to PDF).

    \b
    Example:
      synergy report -o laporan.html
      synergy report data/pasuruan --lang en -o report.html
    """
    from synergy.report import write_report

    model = load(sources)
    write_report(model, output, lang=lang, maps=not no_maps)
    click.echo(f"ditulis / written: {output}", err=True)


# ----------------------------------------------------------- stores and servers (issue 6)


# ------------------------------------------------------------- the city's workflow (issue 7)


if __name__ == "__main__":
    main()
