# Two commands do all the set-up on a fresh machine with Python 3.10+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test
# pyproject.toml's version, the one source (shigu_gui/version.py reads the same at run time).
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)

.PHONY: run test lint eval bench screenshots install-desktop bundle clean

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
	$(BIN)/ruff check shigu_gui tests bench tools
	$(BIN)/mypy shigu_gui
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Fields right per report of ../shared/corpus against tests/corpus_truth.json (written by reading them).
eval: $(VENV)/.installed
	$(BIN)/python tools/eval.py --verbose

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/bench.py

# Your own reading position and marks stay out of the pictures: a scratch data folder.
screenshots: $(VENV)/.installed
	scratch=$$(mktemp -d) && \
	SHIGU_GUI_DATA=$$scratch $(BIN)/shigu-gui --screenshot docs/reading.png --section 突出打硬仗 --size 1280x800 && \
	SHIGU_GUI_DATA=$$scratch $(BIN)/shigu-gui --screenshot docs/charts.png --tab charts --size 1280x800 && \
	{ SHIGU_GUI_DATA=$$scratch $(BIN)/shigu-gui library add resources/report.txt $(wildcard ../shared/corpus/*.txt) \
		>/dev/null; true; } && \
	SHIGU_GUI_DATA=$$scratch $(BIN)/shigu-gui --screenshot docs/library.png --tab library-chart --size 1280x800; \
	status=$$?; rm -rf "$$scratch"; exit $$status

APPS := $(HOME)/.local/share/applications
ICONS := $(HOME)/.local/share/icons/hicolor/scalable/apps

install-desktop: $(VENV)/.installed
	mkdir -p $(APPS) $(ICONS)
	sed -e 's|^Exec=.*|Exec=$(CURDIR)/$(BIN)/shigu-gui %f|' -e 's|^TryExec=.*|TryExec=$(CURDIR)/$(BIN)/shigu-gui|' \
		resources/shigu-gui.desktop > $(APPS)/shigu-gui.desktop
	cp resources/icons/shigu-gui.svg $(ICONS)/shigu-gui.svg
	@if command -v update-desktop-database >/dev/null; then update-desktop-database $(APPS); fi
	@echo "installed: $(APPS)/shigu-gui.desktop"

bundle: $(BIN)/python
	$(BIN)/pip install -q -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean shigu-gui.spec
	env -i PATH=/usr/bin:/bin HOME=$$(mktemp -d) QT_QPA_PLATFORM=offscreen \
		dist/shigu-gui/shigu-gui --screenshot dist/bundle-smoke.png
	@test -s dist/bundle-smoke.png
	test "$$(dist/shigu-gui/shigu-gui --version)" = "shigu-gui $(VERSION)"
	tar -C dist -czf dist/shigu-gui-$(VERSION)-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz shigu-gui
	@echo "bundle ok: dist/shigu-gui/, dist/shigu-gui-$(VERSION)-*.tar.gz (smoke screenshot dist/bundle-smoke.png)"

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
