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

.PHONY: install vendor browser run serve ingest test lint typecheck bench clean

# The SPARQL editor's CodeMirror 5: pinned in package.json/package-lock.json, installed by npm,
# copied into the (gitignored) static/vendor folder. Without npm the editor is a plain textarea.
VENDOR := qa/web/static/vendor
CM     := node_modules/codemirror

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m kg.embedding.e5_convert $(TRENDKG_HOME)/models/e5-small
	$(BIN)/python -m kg.embedding.onnx_embedder $(TRENDKG_HOME)/models/e5-small
	touch $(STAMP)

install: $(STAMP) vendor

$(VENDOR)/.stamp: package.json package-lock.json
	@if ! command -v npm >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  apt-get update && apt-get install -y --no-install-recommends npm; fi
	@if command -v npm >/dev/null; then \
	  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && \
	  mkdir -p $(VENDOR) && \
	  cp $(CM)/lib/codemirror.js $(CM)/lib/codemirror.css $(CM)/addon/hint/show-hint.js \
	     $(CM)/addon/hint/show-hint.css $(CM)/mode/sparql/sparql.js $(CM)/LICENSE $(VENDOR)/ && \
	  touch $@; \
	else echo "npm not found: the SPARQL editor falls back to a plain textarea"; fi

vendor: $(VENDOR)/.stamp

# Debian's Chromium (Playwright drives it; its own browser download cannot work offline)
# and Noto CJK so Korean renders in screenshots.
browser:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk)

$(DATA)/.ingested: $(STAMP) $(wildcard corpus/*/*.md)
	$(BIN)/trendkg ingest corpus --data $(DATA)
	touch $@

ingest: $(DATA)/.ingested

run: ingest vendor
	$(BIN)/trendkg serve --data $(DATA)

serve: run

lint: install
	$(BIN)/ruff check kg ingest qa tests benchmarks

typecheck: install
	$(BIN)/mypy kg ingest qa

test: install browser lint typecheck
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: ingest
	$(BIN)/python benchmarks/ask_latency.py --data $(DATA)

clean:
	rm -rf $(VENV) $(DATA) node_modules $(VENDOR) .pytest_cache .mypy_cache .ruff_cache
