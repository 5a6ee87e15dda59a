# Two commands: `make demo` (set up if needed, then score + report the bundled sample dump)
# and `make test` (set up if needed, then run the test suite). Both are idempotent.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_IN := datasets/demo/comments.jsonl
DEMO_POSTS := datasets/demo/posts.csv
OUT ?= out/demo

.PHONY: setup demo test lint browser benchmark clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch pinned: this machine holds its CPU wheel; an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

# Debian's chromium for the HTML-report browser test (installed only when missing and we can).
browser:
	@command -v chromium >/dev/null 2>&1 || bash scripts/install_browser.sh

demo: setup
	$(BIN)/comment-analyzer score $(DEMO_IN) --posts $(DEMO_POSTS) -o $(OUT)
	$(BIN)/comment-analyzer report $(DEMO_IN) --posts $(DEMO_POSTS) -o $(OUT)/report.html

test: setup browser
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check analyzer scripts tests

benchmark: setup
	$(BIN)/python scripts/benchmark.py --bench ../shared/bench/comments-4k.txt

clean:
	rm -rf $(VENV) out .pytest_cache
