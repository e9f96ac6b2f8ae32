# Two commands do all the set-up on a fresh machine with Python 3.10+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test
# pyproject.toml's version, the one source (shigu_gui/version.py reads the same at run time).
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)

.PHONY: run test test-lowest lint eval bench screenshots install install-data uninstall desktop-caches install-desktop bundle clean

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

# The tests with the lowest versions pyproject.toml allows, in a venv of their own (.venv-lowest).
LOWEST := .venv-lowest
test-lowest:
	rm -rf $(LOWEST)
	$(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install -q --upgrade pip
	$(LOWEST)/bin/python tools/lowest_constraints.py > $(LOWEST)/constraints.txt
	$(LOWEST)/bin/pip install -q -c $(LOWEST)/constraints.txt -e '.[test]'
	sed 's/[=;].*//' $(LOWEST)/constraints.txt | sort -u > $(LOWEST)/direct.txt
	$(LOWEST)/bin/pip list --format=freeze | tr _ - | grep -i -F -f $(LOWEST)/direct.txt
	QT_QPA_PLATFORM=offscreen $(LOWEST)/bin/python -m pytest -q

# Fields right per report of ../shared/corpus against tests/corpus_truth.json (written by reading them);
# any other folder with a truth file of its own: make eval CORPUS=dir TRUTH=dir/truth.json
eval: $(VENV)/.installed
	$(BIN)/python tools/eval.py --verbose $(if $(CORPUS),--corpus $(CORPUS)) $(if $(TRUTH),--truth $(TRUTH))

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

# Installing for the desktop, as packagers expect: `make install PREFIX=/usr DESTDIR=/tmp/pkg`
# (default PREFIX /usr/local), `make uninstall` with the same variables. bin/shigu-gui is a link to
# this checkout's .venv/bin/shigu-gui; a packager that installs the wheel into PREFIX itself runs
# `make install-data` (everything but bin). The .desktop file names the program by its full path.
APP_ID := io.github.shigu_gui.ShiguGui
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share
ICON_SIZES := 16 24 32 48 64 128 256 512
HICOLOR = $(DESTDIR)$(DATADIR)/icons/hicolor
INSTALLED := $(DESTDIR)$(BINDIR)/shigu-gui $(DESTDIR)$(DATADIR)/applications/$(APP_ID).desktop \
	$(DESTDIR)$(DATADIR)/metainfo/$(APP_ID).metainfo.xml $(HICOLOR)/scalable/apps/$(APP_ID).svg \
	$(HICOLOR)/symbolic/apps/$(APP_ID)-symbolic.svg $(foreach s,$(ICON_SIZES),$(HICOLOR)/$(s)x$(s)/apps/$(APP_ID).png)

install: install-data $(VENV)/.installed
	install -d $(DESTDIR)$(BINDIR)
	ln -sfn $(CURDIR)/$(BIN)/shigu-gui $(DESTDIR)$(BINDIR)/shigu-gui

install-data:
	install -d $(DESTDIR)$(DATADIR)/applications $(DESTDIR)$(DATADIR)/metainfo
	sed -e 's|^Exec=shigu-gui|Exec=$(BINDIR)/shigu-gui|' -e 's|^TryExec=.*|TryExec=$(BINDIR)/shigu-gui|' \
		resources/$(APP_ID).desktop > $(DESTDIR)$(DATADIR)/applications/$(APP_ID).desktop
	chmod 644 $(DESTDIR)$(DATADIR)/applications/$(APP_ID).desktop
	install -m 644 resources/$(APP_ID).metainfo.xml $(DESTDIR)$(DATADIR)/metainfo/
	for s in $(ICON_SIZES); do \
		install -D -m 644 resources/icons/hicolor/$${s}x$${s}/apps/$(APP_ID).png $(HICOLOR)/$${s}x$${s}/apps/$(APP_ID).png \
		|| exit 1; done
	install -D -m 644 resources/icons/shigu-gui.svg $(HICOLOR)/scalable/apps/$(APP_ID).svg
	install -D -m 644 resources/icons/hicolor/symbolic/apps/$(APP_ID)-symbolic.svg \
		$(HICOLOR)/symbolic/apps/$(APP_ID)-symbolic.svg
	rm -f $(DESTDIR)$(DATADIR)/applications/shigu-gui.desktop $(HICOLOR)/scalable/apps/shigu-gui.svg  # before the id
	@$(MAKE) --no-print-directory desktop-caches

uninstall:
	rm -f $(INSTALLED)
	@$(MAKE) --no-print-directory desktop-caches

# The menu and icon caches of a live system; a staged install (DESTDIR) leaves them to the package.
desktop-caches:
	@if [ -z "$(DESTDIR)" ]; then \
		if command -v update-desktop-database >/dev/null; then update-desktop-database -q $(DATADIR)/applications; fi; \
		if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -qtf $(DATADIR)/icons/hicolor; fi; \
	fi; true

# The reader in your own desktop menu: the install above, under ~/.local.
install-desktop:
	$(MAKE) install PREFIX=$(HOME)/.local

# The smoke test runs the bundle with no virtual environment: every tab drawn, every format read
# as the package reads it (tools/bundle_smoke.py). tools/bundle_filter.py says what is left out.
bundle: $(BIN)/python
	$(BIN)/pip install -q -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean shigu-gui.spec
	$(BIN)/python tools/bundle_smoke.py dist/shigu-gui/shigu-gui dist/smoke
	test "$$(dist/shigu-gui/shigu-gui --version)" = "shigu-gui $(VERSION)"
	tar -C dist -czf dist/shigu-gui-$(VERSION)-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz shigu-gui
	@echo "bundle ok: dist/shigu-gui/ ($$(du -sh dist/shigu-gui | cut -f1)), dist/shigu-gui-$(VERSION)-*.tar.gz"

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
