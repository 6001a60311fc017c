"""Command line: `python cli.py extract data/raw --out data/out`.

Only wiring: every piece of work is done in `pipeline/`. spaCy is imported inside the commands
that need it, so `--help` answers at once.

Exit status: 0 all documents processed, 1 some documents failed, 2 usage or rule-file errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0])
rules_app = typer.Typer(no_args_is_help=True, help="Work with the rule files.")
app.add_typer(rules_app, name="rules")
console = Console(stderr=True)

RULES = typer.Option(Path("rules"), "--rules", help="Folder of rule files (an analyst's copy of rules/).")


def _check_rules_or_exit(rules: Path) -> None:
    """Stop with status 2, naming file and line, when any rule file is wrong."""
    from pipeline.rules import check_rules

    _book, errors = check_rules(rules)
    for error in errors:
        console.print(f"[red]{error}[/red]", highlight=False)
    if errors:
        raise typer.Exit(2)


@rules_app.command("check")
def rules_check(rules: Path = typer.Argument(Path("rules"), help="Folder of rule files.")) -> None:
    """Check every rule file; print each problem as file:line: message."""
    _check_rules_or_exit(rules)
    console.print(f"[green]{rules}: all rule files are valid[/green]")


@app.command()
def extract(
    folder: Path = typer.Argument(..., help="Folder of .txt articles (searched recursively), or one file."),
    out: Path = typer.Option(Path("data/out"), "--out", help="Folder for the CSV tables."),
    rules: Path = RULES,
    excel: bool = typer.Option(False, "--excel", help="UTF-8 with BOM and ';' for French spreadsheets."),
) -> None:
    """Extract officials, organisations, dates, meetings, relations and quotes into CSV tables."""
    if not folder.exists():
        console.print(f"[red]{folder}: no such file or folder[/red]")
        raise typer.Exit(2)
    _check_rules_or_exit(rules)
    from rich.progress import Progress

    from pipeline.ingest import list_files
    from pipeline.runner import build_pipeline, extract as run

    total = len(list_files(folder)) if folder.is_dir() else 1
    with console.status("Loading the language model…"):
        pipeline = build_pipeline(rules)
    try:
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("Extracting", total=total)
            tables, written = run(folder, out, pipeline, progress=lambda _a: progress.advance(task), excel=excel)
    except KeyboardInterrupt:
        console.print("[yellow]Interrupted: the previous output was left as it was.[/yellow]")
        raise typer.Exit(130) from None
    summary = Table(title=f"Written to {out}/")
    summary.add_column("what")
    summary.add_column("count", justify="right")
    for name, count in tables.counts().items():
        summary.add_row(name, str(count))
    Console().print(summary)
    if tables.counts()["documents failed"]:
        raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        console.print("[yellow]Interrupted.[/yellow]")
        sys.exit(130)


if __name__ == "__main__":
    main()
