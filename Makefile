# trendkg: `make run` and `make test` do all set-up on a fresh machine (idempotent).
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DATA   ?= data
# where the converted multilingual-e5-small lives (kg.settings uses the same default)
TRENDKG_HOME ?= $(HOME)/.cache/trendkg
export TRENDKG_HOME
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install run serve ingest test lint typecheck bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m kg.embedding.e5_convert $(TRENDKG_HOME)/models/e5-small
	touch $(STAMP)

install: $(STAMP)

$(DATA)/.ingested: $(STAMP) $(wildcard corpus/*/*.md)
	$(BIN)/trendkg ingest corpus --data $(DATA)
	touch $@

ingest: $(DATA)/.ingested

run: ingest
	$(BIN)/trendkg serve --data $(DATA)

serve: run

lint: install
	$(BIN)/ruff check kg ingest qa tests benchmarks

typecheck: install
	$(BIN)/mypy kg ingest qa

test: install lint typecheck
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: ingest
	$(BIN)/python benchmarks/ask_latency.py --data $(DATA)

clean:
	rm -rf $(VENV) $(DATA) .pytest_cache .mypy_cache .ruff_cache
