# newsclean: `make run` and `make test` do all set-up on a fresh machine (Python >= 3.11, make).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test ui-test lint bench eval clean-output redis-server chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsclean run seeds --output output

# The Redis tests start their own redis-server (Debian package); without one they are skipped.
redis-server:
	@command -v redis-server >/dev/null || (apt-get update && apt-get install -y redis-server) \
		|| echo "note: could not install redis-server; the Redis tests will be skipped"

# The browser test drives Debian's chromium with Playwright (never `playwright install`); without
# a chromium it is skipped, saying so.
chromium:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium) \
		|| echo "note: could not install chromium; the browser test will be skipped"

test: $(STAMP) redis-server chromium
	$(BIN)/ruff check cleaners flows tests bench
	$(BIN)/python -m pytest

# Only the browser test (also part of `make test`); NEWSCLEAN_UI_SHOTS=DIR keeps its screenshots.
ui-test: $(STAMP) chromium
	$(BIN)/python -m pytest -s tests/flows/test_ui_browser.py

lint: $(STAMP)
	$(BIN)/ruff check cleaners flows tests bench

BENCH_STAMP := $(VENV)/.installed-bench

$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

# datatrove (for the side-by-side comparison) lives in its own venv, never in the product's
DT_VENV  := .venv-datatrove
DT_STAMP := $(DT_VENV)/.installed

$(DT_STAMP):
	$(PYTHON) -m venv $(DT_VENV)
	$(DT_VENV)/bin/pip install --quiet "datatrove==0.10.1" "xxhash<4" orjson regex tokenizers
	touch $(DT_STAMP)

# bench/ and eval read ../shared/evaldata and ../shared/bench (not needed by run/test)
bench: $(BENCH_STAMP) $(DT_STAMP)
	$(BIN)/python -m bench.run_all

eval: $(BENCH_STAMP)
	$(BIN)/python -m bench.eval_all

clean-output:
	find output -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +  # everything (_damaged/ too) but .gitkeep
