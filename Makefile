# Two commands do all the set-up on a fresh machine with Python 3.10+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/shigu-gui $(FILE)

lint: $(STAMP)
	$(BIN)/ruff check shigu_gui tests bench
	$(BIN)/mypy shigu_gui

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench.py

screenshots: $(VENV)/.installed
	$(BIN)/shigu-gui --screenshot docs/reading.png --size 1280x800
	$(BIN)/shigu-gui --screenshot docs/charts.png --tab charts --size 1280x800

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
