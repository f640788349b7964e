# briefkit: `make demo` builds the example brief, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench clean compiled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

# An editable install leaves briefkit's own modules uncompiled, and where
# PYTHONDONTWRITEBYTECODE is set every run would compile them again (about 0.1 s of
# the example build): compiled here once, as a wheel install does; stale ones redone.
compiled: $(VENV)/.installed
	@$(BIN)/python -m compileall -q src >/dev/null

demo: $(VENV)/.installed compiled
	@scripts/system-deps.sh demo
	$(BIN)/briefkit build briefs/tajikistan-taliban.yaml --out out
	$(BIN)/briefkit verify out/tajikistan-taliban

test: $(VENV)/.installed-test
	@scripts/system-deps.sh test
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: $(VENV)/.installed compiled
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/build_vs_pandoc.py
	$(BIN)/python bench/rebuild.py
	$(BIN)/python bench/quality.py

clean:
	rm -rf out .pytest_cache
