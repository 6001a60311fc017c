# Two commands do everything on a fresh machine with Python 3.11+:
#   make extract   -> installs into .venv, then extracts data/raw into data/out
#   make test      -> installs into .venv, then runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: extract test lint bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	$(BIN)/python -m compileall -q pipeline  # as pip does for a regular install: no start-up compiles our 36,000 lines
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/python cli.py extract data/raw --out data/out

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
