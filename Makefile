# Two commands on a fresh machine: `make run` (set up, build the samples, serve) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= dist
PORT   ?= 8080

.PHONY: run install browser build serve test clean

run: build serve

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Debian's chromium and chromedriver for tests/test_browser.py (skipped without them); needs root.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

build: install
	$(BIN)/kg build --out $(OUT)

serve: install
	$(BIN)/kg serve --release $(OUT) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(OUT) $(OUT).releases .pytest_cache
