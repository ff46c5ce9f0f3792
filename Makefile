# One task file for people and CI. `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CORPORA ?= ../shared/corpora
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test lint eval geodata clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

## demo: the ledger of the bundled example article (the Kursk incursion report)
demo: $(VENV)/.installed
	$(VENV)/bin/claimledger analyze examples/kursk.txt --published 2024-08-13

## test: lint, type check and the whole test suite
test: $(VENV)/.installed lint
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests eval scripts
	$(VENV)/bin/ruff format --check src tests eval scripts

## geodata: rebuild the shipped gazetteer from GeoNames-derived packages on PyPI
geodata: $(VENV)/.installed
	$(PY) -m pip install --quiet countryinfo
	$(PY) scripts/geodata/build.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist src/*.egg-info

-include scripts/train/train.mk
