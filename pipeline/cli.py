"""Command line: `defnews extract data/raw --out data/out` (or `python cli.py ...` in a checkout).

Only wiring: every piece of work is done in `pipeline/`. spaCy is imported inside the commands
that need it, so `--help` answers at once.

Exit status: 0 all documents processed, 1 some documents failed, 2 usage or rule-file errors,
130 interrupted by Ctrl-C and 143 by SIGTERM (the previous output is then left as it was).
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0])
rules_app = typer.Typer(no_args_is_help=True, help="Work with the rule files.")
app.add_typer(rules_app, name="rules")
console = Console(stderr=True)

RULES = typer.Option(None, "--rules", help="Folder of rule files (an analyst's copy of rules/); default: the "
                                            "rules shipped with the tool.", show_default=False)
CACHE = typer.Option(Path("data/cache"), "--cache", help="Folder of the parse cache (model outputs per text).")
NO_CACHE = typer.Option(False, "--no-cache", help="Run the model on every text; neither read nor write the cache.")
COMPARE = typer.Option(None, "--compare", help="A previous output folder: show rows added and removed since.")


_checked: dict = {}  # rule folder -> the rule book `_check_rules_or_exit` read: not read again to build the stages


def _check_rules_or_exit(rules: Path | None, compiled: Path | None = None) -> Path:
    """The rule folder (the shipped rules when None); stop with status 2, naming file and line, when
    any rule file is wrong. Rules found compiled in the cache folder `compiled` were checked when
    they were compiled: the very same files are not read again."""
    from rich.markup import escape

    from pipeline.rulebook import check_rules, default_rules

    rules = rules or default_rules()
    if compiled is not None:
        from pipeline.components.stage import compiled_path
        from pipeline.run.model import MODEL

        if rules.is_dir() and compiled_path(compiled, rules, MODEL).exists():
            return rules
    book, errors = check_rules(rules)
    _checked[rules] = book
    for error in errors:  # one line each, whatever the terminal's width, brackets shown as written
        console.print(f"[red]{escape(str(error))}[/red]", highlight=False, soft_wrap=True)
    if errors:
        raise typer.Exit(2)
    return rules


def _check_engine_or_exit(engine: str, scheduler: str | None) -> None:
    """Stop with status 2 before any model is loaded when the engine cannot run."""
    import importlib.util

    problem = ""
    if engine not in ("local", "dask"):
        problem = f"--engine {engine}: choose local or dask"
    elif engine == "dask" and not scheduler:
        problem = "--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)"
    elif engine == "dask" and importlib.util.find_spec("distributed") is None:
        problem = "--engine dask needs its optional packages: pip install '.[dask]'"
    if problem:
        console.print(f"[red]{problem}[/red]", highlight=False)
        raise typer.Exit(2)


def _security_or_exit(engine: str, scheduler: str | None, ca_file: Path | None, cert: Path | None,
                      key: Path | None) -> dict | None:
    """The TLS files of a tls:// scheduler, checked; status 2 when they do not fit the address."""
    if engine != "dask":
        return None
    from pipeline.run.engines import EngineError, dask_security

    try:
        dask_security(scheduler, ca_file, cert, key)
    except EngineError as error:
        console.print(f"[red]{escape(str(error))}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    return {"ca_file": ca_file, "cert": cert, "key": key} if scheduler.startswith("tls://") else None


def _check_output_or_exit(folder: Path, out: Path) -> None:
    """Status 2 when --out is the input folder or inside it."""
    from pipeline.run.job import OutputError, check_output

    try:
        check_output(folder, out)
    except OutputError as error:
        console.print(f"[red]{escape(str(error))}[/red]", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a scheduler's stop), taken down the same clean path as Ctrl-C."""


def _terminate(_signum: int, _frame: object) -> None:
    """Raise in the main thread, so `with` blocks unwind and the staging folder is removed."""
    raise Terminated()


@rules_app.command("check")
def rules_check(
    rules: Path = typer.Argument(None, help="Folder of rule files (default: the rules shipped with the tool).",
                                 show_default=False),
    rules_option: Path = typer.Option(None, "--rules", help="The same, as other commands take it."),
) -> None:
    """Check every rule file; print each problem as file:line: message."""
    rules = _check_rules_or_exit(rules_option or rules)
    console.print(f"[green]{rules}: all rule files are valid[/green]")


@app.command()
def extract(
    folder: Path = typer.Argument(..., help="Folder of articles, .txt or saved web pages .html/.htm (searched "
                                                 "recursively), or one file."),
    out: Path = typer.Option(Path("data/out"), "--out", help="Folder for the CSV tables."),
    rules: Path = RULES,
    excel: bool = typer.Option(False, "--excel", help="UTF-8 with BOM and ';' for French spreadsheets."),
    output_format: str = typer.Option("csv", "--format", help="csv (the tables), or xlsx (the CSV tables and "
                                                              "tables.xlsx, a workbook of one sheet per table)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes, each loading the model: one per core."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a cluster, dask extra)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address: tls://host:8786 with the "
                                                            "--tls-* files, or tcp:// on a trusted network only."),
    tls_ca_file: Path = typer.Option(None, "--tls-ca-file", help="tls:// scheduler: the CA certificate (PEM)."),
    tls_cert: Path = typer.Option(None, "--tls-cert", help="tls:// scheduler: this client's certificate (PEM)."),
    tls_key: Path = typer.Option(None, "--tls-key", help="tls:// scheduler: this client's private key (PEM)."),
    doc_timeout: float = typer.Option(120.0, "--doc-timeout", min=0, help="Seconds our stages may spend on one "
                                      "document; it is then an error row and the run goes on (0: no limit)."),
    cache: Path = CACHE,
    no_cache: bool = NO_CACHE,
    compare: Path = COMPARE,
    report: bool = typer.Option(False, "--report", help="Also write report.html and network.graphml (see `report`)."),
    watch: bool = typer.Option(False, "--watch", help="Stay up: at each save of a rule file, run the rules again "
                                                       "on the parsed texts, rewrite the tables and show what "
                                                       "changed (with --jobs N, in N processes). Ctrl-C to "
                                                       "stop."),
    no_reuse: bool = typer.Option(False, "--no-reuse", help="Run the rule stages on every document; neither "
                                  "read nor write the documents' stored rows (results cache, in --cache)."),
) -> None:
    """Extract officials, organisations, dates, meetings, relations and quotes into CSV tables."""
    if not folder.exists():
        console.print(f"[red]{folder}: no such file or folder[/red]")
        raise typer.Exit(2)
    if watch and engine != "local":
        console.print("[red]--watch keeps the parsed texts on this machine: drop --engine[/red]", highlight=False)
        raise typer.Exit(2)
    _check_engine_or_exit(engine, scheduler)
    if output_format not in ("csv", "xlsx"):
        console.print(f"[red]--format {escape(output_format)}: choose csv or xlsx[/red]", highlight=False)
        raise typer.Exit(2)
    security = _security_or_exit(engine, scheduler, tls_ca_file, tls_cert, tls_key)
    _check_output_or_exit(folder, out)
    rules = _check_rules_or_exit(rules, None if no_cache else cache)
    previous = _snapshot_or_exit(compare)

    from pipeline.run.ingest import list_files
    from pipeline.run.job import extract as run

    if out.exists() and not out.is_dir():
        console.print(f"[red]--out {escape(str(out))}: is a file, not a folder[/red]", highlight=False)
        raise typer.Exit(2)
    total = len(list_files(folder, out)) if folder.is_dir() else 1
    pipeline = None
    done = [0]  # documents finished, for the message when interrupted
    failed: list[tuple[str, str]] = []  # (file, reason) of every document that could not be read
    signal.signal(signal.SIGTERM, _terminate)
    if watch:  # Ctrl-C stops a watch even when it was started with SIGINT ignored (a script's background job)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        if engine == "local" and (jobs == 1 or watch):  # else the workers load the model, this process never does
            with console.status("Loading the language model…"):
                pipeline = _local_pipeline(rules, cache, no_cache)
        _use_cache(pipeline, cache, no_cache)
        if watch:  # the parsed texts stay in memory for the re-runs (and only there with --no-cache)
            from pipeline.run.cache import ParseCache

            pipeline.cache = (pipeline.cache or ParseCache(cache, pipeline.nlp)).keep_in_memory(disk=not no_cache)
        reuse = None if no_reuse or engine != "local" else _results_cache(cache, no_cache, watch)
        with _progress() as progress:
            task = progress.add_task("Extracting", total=total, file="")

            def advance(article) -> None:
                done[0] += 1
                if article.error:
                    failed.append((article.source_path, article.error))
                progress.update(task, advance=1, file=Path(article.source_path).name)

            tables, written = run(folder, out, pipeline, progress=advance, excel=excel, rules=rules, engine=engine,
                                  jobs=1 if watch else jobs, scheduler=scheduler, workbook=output_format == "xlsx",
                                  doc_timeout=doc_timeout, security=security, reuse=reuse,
                                  cache=None if no_cache or engine != "local" else cache)
    except KeyboardInterrupt as stop:
        console.print(f"[yellow]Interrupted after {done[0]} of {total} documents: nothing was written, "
                      f"{escape(str(out))}/ was left as it was.[/yellow]", highlight=False, soft_wrap=True)
        raise typer.Exit(143 if isinstance(stop, Terminated) else 130) from None
    except OSError as error:  # the output folder cannot be written (full disk, no permission...)
        console.print(f"[red]Stopped: {escape(str(error))}. {escape(str(out))}/ was left as it was.[/red]",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    summary = Table(title=f"Written to {out}/")
    summary.add_column("what")
    summary.add_column("count", justify="right")
    for name, count in tables.counts().items():
        summary.add_row(name, str(count))
    Console().print(summary)
    _report_failures(failed)
    _report_cache(pipeline)
    _report_reuse(reuse)
    _show_comparison(previous, out, compare)
    if report:
        _write_report(out)
    if watch:
        _watch(folder, out, pipeline, rules, excel=excel, workbook=output_format == "xlsx", doc_timeout=doc_timeout,
               jobs=jobs, reuse=reuse)
    if tables.counts()["documents failed"]:
        raise typer.Exit(1)


def _watch(folder: Path, out: Path, pipeline, rules: Path, **options) -> None:
    """`extract --watch`: at each save of a rule file, the rule stages again over the parsed texts
    (kept in memory), the tables rewritten, and what changed since the previous tables. A wrong rule
    file is reported (file:line) and the previous tables stay; Ctrl-C stops, leaving the last good
    tables in `out`. The first run is this process's (it keeps the parsed texts); with `--jobs N` each
    re-run is shared by N processes forked from this one, which hold the rules and the texts already."""
    import time

    from pipeline.run.job import extract as run
    from pipeline.run.job import parse_rules_ahead, rebuild, rule_stamps, wait_for_change
    from pipeline.tuning.compare import compare, render, snapshot

    lines: dict = {}  # each table's lines of the last read, parsed (`compare.read_rows`)
    before = snapshot(out, lines)
    stamps = rule_stamps(rules)
    parse_rules_ahead(rules)
    try:
        while True:
            console.print(f"Watching {escape(str(rules))}/ for changes (Ctrl-C to stop)…", highlight=False,
                          soft_wrap=True)
            stamps = wait_for_change(rules, stamps)
            start = time.monotonic()
            fresh, errors = rebuild(pipeline, rules)
            for error in errors:
                console.print(f"[red]{escape(str(error))}[/red]", highlight=False, soft_wrap=True)
            if errors:
                console.print(f"[yellow]{escape(str(out))}/ keeps the tables of the last good rules.[/yellow]",
                              highlight=False, soft_wrap=True)
                continue
            pipeline = fresh
            run(folder, out, pipeline, rules=rules, **options)  # the options of the first run
            _report_reuse(options.get("reuse"))
            after = snapshot(out, lines)
            render(compare(before, after), Console(), out)
            before = after
            console.print(f"Tables rewritten in {time.monotonic() - start:.1f} s after the save.", highlight=False)
    except KeyboardInterrupt:
        console.print(f"Stopped watching; {escape(str(out))}/ holds the tables of the last good rules.",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(0) from None


# -- tuning: parse cache, comparison with a previous run, explain, evaluate ------------------------


def _local_pipeline(rules: Path, cache: Path, no_cache: bool):
    """The pipeline of this process. With the cache, the model's weights are read only when a text
    misses it, and the compiled rules are kept in it and reused while the rule files are unchanged."""
    from pipeline.components.stage import remember_rules
    from pipeline.run.runner import build_pipeline

    if rules in _checked:
        remember_rules(rules, _checked[rules])
    if no_cache:
        return build_pipeline(rules)
    return build_pipeline(rules, lazy=True, compiled=cache)


SHOW_FAILED = 20  # failed files listed one by one after the summary; a count for the rest


def _progress():
    """Documents done / total, the file just finished, elapsed and remaining time."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Column

    fixed = Column(no_wrap=True)  # the counts and times keep their width; the file name gives way
    columns = [SpinnerColumn(), BarColumn(bar_width=15), MofNCompleteColumn(table_column=fixed)]
    columns += [TextColumn(text, table_column=fixed) if isinstance(text, str) else text
                for text in ("documents", TimeElapsedColumn(table_column=fixed), "elapsed,",
                             TimeRemainingColumn(table_column=fixed), "left")]
    file = TextColumn("[dim]{task.fields[file]}", table_column=Column(no_wrap=True, overflow="ellipsis",
                                                                      max_width=22))
    return Progress(*columns, file, console=console, transient=True)


def _report_failures(failed: list[tuple[str, str]]) -> None:
    """Each document that failed, with the reason documents.csv gives (the first few, then a count):
    files that could not be read apart from documents our own stages failed on or ran out of time with."""
    from pipeline.run.engines import INTERNAL_ERROR, TIMED_OUT

    ours = [pair for pair in failed if pair[1].startswith((INTERNAL_ERROR, TIMED_OUT))]
    unread = [pair for pair in failed if pair not in ours]
    for group, what in ((unread, "could not be read"), (ours, "failed in our stages (a fault of the tool)")):
        if not group:
            continue
        console.print(f"[yellow]{len(group)} file{'s' if len(group) > 1 else ''} {what}:[/yellow]",
                      highlight=False)
        for path, reason in group[:SHOW_FAILED]:
            console.print(f"  {escape(path)}: {escape(reason)}", highlight=False, soft_wrap=True)
        if len(group) > SHOW_FAILED:
            console.print(f"  … and {len(group) - SHOW_FAILED} more (status=error in documents.csv)",
                          highlight=False)


def _use_cache(pipeline, folder: Path, disabled: bool) -> None:
    """Give the local pipeline its parse cache (`--jobs N` workers get theirs from `job.extract`)."""
    if pipeline is not None and not disabled:
        from pipeline.run.cache import ParseCache

        pipeline.cache = ParseCache(folder, pipeline.nlp)


def _results_cache(folder: Path, disabled: bool, watch: bool):
    """The store of each document's rows (`run.results`): on disk in the cache folder, in memory
    too under --watch (only there with --no-cache; with neither, None)."""
    from pipeline.run.results import ResultsCache

    if disabled and not watch:
        return None
    return ResultsCache(None if disabled else folder, memory=watch)


def _report_reuse(reuse) -> None:
    if reuse is not None:
        console.print(reuse.stats.line(), highlight=False, soft_wrap=True)
        for problem in reuse.stats.write_errors[:3]:
            console.print(f"[yellow]the results cache could not be written: {escape(str(problem))}[/yellow]",
                          highlight=False, soft_wrap=True)


def _report_cache(pipeline) -> None:
    cache = getattr(pipeline, "cache", None)
    if cache is None:
        return
    stats = cache.stats
    documents = stats.hits + stats.misses
    if not (documents or stats.rebuilt or stats.write_errors):  # every document's rows reused: no Doc read
        return
    line = (f"{stats.hits} of {documents} document{'s' if documents != 1 else ''} read from the cache of earlier "
            f"runs in {cache.folder.parent}, {stats.misses} analysed by the language model")
    if stats.rebuilt:
        line += f"; {stats.rebuilt} damaged cache entr{'ies were' if stats.rebuilt > 1 else 'y was'} rebuilt"
    console.print(escape(line), highlight=False, soft_wrap=True)
    for problem in stats.write_errors[:3]:
        console.print(f"[yellow]the cache could not be written: {escape(str(problem))}[/yellow]", highlight=False,
                      soft_wrap=True)


def _snapshot_or_exit(previous: Path | None):
    """The previous output's tables, read now: the run may be about to overwrite that very folder."""
    if previous is None:
        return None
    if not previous.is_dir():
        console.print(f"[red]{previous}: no such output folder to compare with[/red]", highlight=False)
        raise typer.Exit(2)
    from pipeline.tuning.compare import snapshot

    return snapshot(previous)


def _show_comparison(before, out: Path, previous: Path | None) -> None:
    if before is None:
        return
    from pipeline.tuning.compare import compare, render, snapshot

    render(compare(before, snapshot(out)), Console(), previous)


@app.command()
def explain(
    file_or_text: str = typer.Argument(..., help="A .txt file, or the text itself in quotes."),
    rules: Path = RULES,
    cache: Path = CACHE,
    no_cache: bool = NO_CACHE,
) -> None:
    """Show one document: entities highlighted, every span and its rule, every row and its rule."""
    rules = _check_rules_or_exit(rules, None if no_cache else cache)
    from pipeline.tuning.explain import explain as run
    from pipeline.tuning.explain import load_input, render

    article = load_input(file_or_text)
    if article.error:
        console.print(f"[red]{article.source_path}: {article.error}[/red]", highlight=False)
        raise typer.Exit(2)
    with console.status("Loading the language model…"):
        pipeline = _local_pipeline(rules, cache, no_cache)
    _use_cache(pipeline, cache, no_cache)
    render(run(pipeline, article), Console())


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Folder of gold JSON files (../shared/gold, data/gold)."),
    out: Path = typer.Option(Path("data/out"), "--out", help="Output folder to score (written first with --input)."),
    input_folder: Path = typer.Option(None, "--input", help="Extract this folder into --out first (cache used)."),
    rules: Path = RULES,
    cache: Path = CACHE,
    no_cache: bool = NO_CACHE,
    csv_path: Path = typer.Option(None, "--csv", help="Write every verdict (tp, fp, fn, wrong) to this CSV file."),
    show: int = typer.Option(20, "--show", help="How many misses and spurious items to list (0: all)."),
    baseline: Path = typer.Option(None, "--baseline", help="Verdicts CSV of an earlier run: list what was fixed "
                                                            "and what broke since (may be the --csv file itself)."),
    only: list[str] = typer.Option(None, "--only", help="Judge only the documents whose name matches this "
                                                        "pattern (repeatable): `--only 'ww*' --only 'xa*'`."),
    leave_out: list[str] = typer.Option(None, "--leave-out", help="Judge every document but those whose name "
                                                                  "matches this pattern (repeatable)."),
) -> None:
    """Precision, recall and F1 per table and attribute, as ../shared/eval/score.py counts, with misses."""
    if baseline is not None and not baseline.is_file() and baseline != csv_path:
        console.print(f"[red]{baseline}: no such verdicts file[/red]", highlight=False)
        raise typer.Exit(2)
    for folder, what in ((gold, "gold folder"), (input_folder, "input folder")):
        if folder is not None and not folder.is_dir():
            console.print(f"[red]{folder}: no such {what}[/red]", highlight=False)
            raise typer.Exit(2)
    if input_folder is not None:
        _extract_quietly(input_folder, out, rules, cache, no_cache)
    elif not out.is_dir():
        console.print(f"[red]{out}: no such output folder (give --input to extract first)[/red]", highlight=False)
        raise typer.Exit(2)
    from pipeline.tuning.evaluate import evaluate as run
    from pipeline.tuning.evaluate import read_verdicts, render, render_changes, render_coverage

    before = read_verdicts(baseline) if baseline is not None and baseline.is_file() else None
    result = run(out, gold, only or (), leave_out or ())
    render_coverage(result, console, show)
    if result.shares_no_document:
        raise typer.Exit(2)
    render(result, Console(), show)
    if before is not None:
        render_changes(*result.changes(before), Console(), show)
    if csv_path is not None:
        result.write_csv(csv_path)
        console.print(f"verdicts written to {csv_path}", highlight=False)


def _extract_quietly(folder: Path, out: Path, rules: Path, cache: Path, no_cache: bool) -> None:
    """`extract` with the rule check first and the cache, for `evaluate --input`."""
    rules = _check_rules_or_exit(rules, None if no_cache else cache)
    from pipeline.run.job import extract as run

    with console.status("Loading the language model…"):
        pipeline = _local_pipeline(rules, cache, no_cache)
    _use_cache(pipeline, cache, no_cache)
    with console.status(f"Extracting {folder}…"):
        run(folder, out, pipeline)
    _report_cache(pipeline)


@app.command("report")
def report_command(
    out: Path = typer.Argument(Path("data/out"), help="An output folder written by `extract`."),
) -> None:
    """Write report.html (texts with entities marked, network, timeline, tables; opens offline) and
    network.graphml (Gephi, yEd) into an output folder."""
    if not (out / "documents.csv").is_file():
        console.print(f"[red]{escape(str(out))}: no documents.csv, not an output folder of extract[/red]",
                      highlight=False)
        raise typer.Exit(2)
    _write_report(out)


def _write_report(out: Path) -> None:
    from pipeline.report import build_report

    with console.status("Writing the report…"):
        written = build_report(out)
    for path in written.values():
        console.print(f"written: {escape(str(path))}", highlight=False, soft_wrap=True)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        console.print("[yellow]Interrupted.[/yellow]")
        sys.exit(130)


if __name__ == "__main__":
    main()
