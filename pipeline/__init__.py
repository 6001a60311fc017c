"""Officials, organisations, dates, meetings, relations and quotes from French defence news.

The package, in the order data flows:

    run/ingest        files in, decoded          (run/: the machinery of a run)
    run/model         spaCy fr_core_news_md       + components/sentences (line breaks open sentences)
    components/       our spaCy stages, registered as factories (components/factories.py):
                      lexicon -> dates -> entities -> officials -> meetings -> relations -> quotes
    run/export        the only place that knows about tables and CSV
    rulebook/         the rule files of rules/, read and checked (every stage's knowledge)
    run/runner, run/engines, run/job, run/cache   one Language per run, where it runs, the parse cache
    tuning/           explain, evaluate, compare: the analyst's tuning loop
    cli.py            the commands (`defnews`), wiring only

Python API (`api.py`): `load()` gives the spaCy pipeline, `tables(text_or_folder)` the tables.
"""

from pipeline.api import load, tables

__all__ = ["load", "tables"]
