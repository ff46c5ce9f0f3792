# Benchmarks (issue 9), included by the Makefile (-include bench/bench.mk). On a fresh clone:
#   make bench                      the table on stdout, the numbers in bench/results.json
#   make bench BENCH_ARTICLES=300   a quicker run
#   make bench BENCH_MIN_RATIO=0.8  also fail when analyze is below 80 % of the bare pipeline
#   make bench-profile              where the time after the pipeline goes (bench/profile.txt)
#   make bench-store                claims --entity and conflicts over 10,000 stored articles (bench/store.json)
#   make bench-big-input            100 MB inputs through the CLI: exit codes and peak memory (bench/big_input.json)
#   make bench-all                  bench, bench-store and bench-big-input
PYTHON ?= python3
VENV ?= .venv
PY ?= $(VENV)/bin/python
CORPORA ?= ../shared/corpora
BENCH_ARTICLES ?= 2000
BENCH_WORKERS ?= 1 2
BENCH_CORPUS ?= bench/corpus/gum-wikinews-$(BENCH_ARTICLES).jsonl
BENCH_MIN_RATIO ?=
BENCH_STORE_ARTICLES ?= 10000
BENCH_STORE_DB ?=
BENCH_BIG_MB ?= 100

.PHONY: bench bench-profile bench-store bench-big-input bench-all

$(BENCH_CORPUS): bench/corpus.py | $(VENV)/.installed
	$(PY) -m bench.corpus --corpora $(CORPORA) --articles $(BENCH_ARTICLES) --out $@

## bench: articles/s, words/s and peak memory of nlp, analyze and ingest with 1 and 2 workers
bench: $(VENV)/.installed $(BENCH_CORPUS)
	$(PY) -m bench.run $(BENCH_CORPUS) --workers $(BENCH_WORKERS) $(if $(BENCH_MIN_RATIO),--min-ratio $(BENCH_MIN_RATIO))

## bench-profile: the cost of each extraction stage on top of the language pipeline
bench-profile: $(VENV)/.installed $(BENCH_CORPUS)
	$(PY) -m bench.profile_extract $(BENCH_CORPUS) --articles 300 --out bench/profile.txt

## bench-store: claims --entity (< 100 ms) and conflicts (< 1 s) over 10,000 stored articles
bench-store: $(VENV)/.installed
	$(PY) -m bench.store --articles $(BENCH_STORE_ARTICLES) $(if $(BENCH_STORE_DB),--db $(BENCH_STORE_DB)) --check

## bench-big-input: 100 MB inputs through analyze and ingest: exit codes, peak memory of the process tree
bench-big-input: $(VENV)/.installed
	$(PY) -m bench.big_input --mb $(BENCH_BIG_MB)

## bench-all: every benchmark (throughput, store queries, large inputs)
bench-all: bench bench-store bench-big-input
