"""`python cli.py explain FILE_OR_TEXT`: one document, and why each row came out of it.

A tuner changes a rule and needs to see, on one text, what the pipeline now reads there: the text
with its entities highlighted, every span with its label, value and the rule that produced it, and
the rows of every table with the rule behind each. Nothing is written to disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from spacy.tokens import Doc

from pipeline.run.export import doc_rows
from pipeline.run.ingest import Article, read_article
from pipeline.run.runner import Pipeline

STYLES = {"PERSON": "bold magenta", "RANK": "bold yellow", "ROLE": "bold cyan", "ORG": "bold green",
          "LOC": "bold blue", "DATE": "bold red", "EVENT": "bold white on dark_green", "MISC": "italic"}
QUOTE_RULE = "quotes: « » + rules/speech.yml"
# table -> (columns shown, how to read the rule behind the row)
SHOWN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "officials": (("name", "rank", "role", "organisation", "country"), ("rank_rule", "role_rule",
                                                                        "organisation_rule")),
    "meetings": (("kind", "date_start", "date_end", "location", "host", "participants"), ("rule",)),
    "relations": (("subject", "relation", "object"), ("rule",)),
    "quotes": (("speaker", "quote"), ()),
}


@dataclass
class Explanation:
    """One analysed document and its rows."""

    article: Article
    doc: Doc
    rows: dict[str, list[dict]]


def load_input(file_or_text: str) -> Article:
    """A path to an existing file is read as the pipeline reads files; anything else is the text itself."""
    path = Path(file_or_text)
    try:
        is_file = len(file_or_text) < 4096 and path.is_file()
    except OSError:  # a text too long or odd to be a path
        is_file = False
    if is_file:
        return read_article(path)
    return Article(doc_id="text", source_path="<text>", text=file_or_text)


def explain(pipeline: Pipeline, article: Article) -> Explanation:
    """Run the whole pipeline over one article (the parse cache is used when the pipeline has one)."""
    _article, doc = next(iter(pipeline.analyse([article])))
    return Explanation(article, doc, doc_rows(doc))


def highlighted(doc: Doc) -> Text:
    """The text with each entity coloured by label and tagged with it."""
    text = Text()
    last = 0
    for ent in doc.ents:
        text.append(doc.text[last : ent.start_char])
        text.append(ent.text, style=STYLES.get(ent.label_, "bold"))
        text.append(f"[{ent.label_}]", style="dim")
        last = ent.end_char
    text.append(doc.text[last:])
    return text


def spans_table(rows: list[dict]) -> Table:
    """Every entity: label, text, normalized value, the rule (or `model`) that produced it."""
    table = Table(title="Spans", show_lines=False)
    for column in ("label", "text", "normalized", "source", "chars"):
        table.add_column(column, overflow="fold")
    for row in rows:
        style = STYLES.get(row["label"], "")
        table.add_row(Text(row["label"], style=style), row["text"], str(row["normalized"]), row["source"],
                      f"{row['start_char']}-{row['end_char']}")
    return table


def rows_table(name: str, rows: list[dict]) -> Table:
    """The rows one table gets from the document, each with the rule behind it."""
    columns, rules = SHOWN[name]
    table = Table(title=f"{name}.csv ({len(rows)} rows)")
    for column in (*columns, "rule"):
        table.add_column(column, overflow="fold", max_width=60 if column in ("quote", "participants") else None)
    for row in rows:
        table.add_row(*(str(row.get(c, "")) for c in columns), _rule(name, row, rules))
    return table


def _rule(name: str, row: dict, rules: tuple[str, ...]) -> str:
    if name == "quotes":
        return QUOTE_RULE
    if name == "officials":
        return "\n".join(f"{r.removesuffix('_rule')}: {row[r]}" for r in rules if row.get(r)) or "-"
    return " ".join(str(row.get(r, "")) for r in rules) or "-"


def render(explanation: Explanation, console: Console) -> None:
    """Everything on the terminal: text, spans, rows."""
    doc, rows = explanation.doc, explanation.rows
    header = f"{explanation.article.source_path} — {len(doc)} tokens"
    if doc._.published:
        header += f", published {doc._.published}"
    console.print(Panel(highlighted(doc), title=header, title_align="left"))
    console.print(Text.assemble("labels: ", *((f" {label} ", style) for label, style in STYLES.items())))
    console.print(spans_table(rows.get("entities", [])))
    for name in SHOWN:
        console.print(rows_table(name, rows.get(name, [])))
