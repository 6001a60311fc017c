"""Staged extraction of officials, organisations, dates, meetings, relations and quotes
from French defence news. Read top-down: ingest -> model -> lexicon -> dates -> entities ->
officials -> meetings -> relations -> quotes -> export; `runner` wires them together."""
