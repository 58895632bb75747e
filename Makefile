# The verbs a user types. Everything installs into .venv; only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
# CORPUS: a .txt file, a folder, or a table (CSV, JSONL, Parquet); the default (seeds)
# regenerates the committed notebooks.
CORPUS ?= seeds
# TEXT_COLUMN, ID_COLUMN: a table corpus's text and id columns (default: text; id, else row numbers).
TEXT_COLUMN ?=
ID_COLUMN ?=
# DATE_ORDER: dmy or mdy, how numeric dates such as 04/05/2023 are read (default: unambiguous only).
# OUT: a folder for the executed notebooks and figures (OUT/notebooks/, OUT/figures/), outside
# the project's notebooks/, figures/ and build/.
# BY: the metadata field notebooks 05 and 07 compare and colour by (default: outlet).
DATE_ORDER ?=
OUT ?=
BY ?=
NOTEBOOK_PARAMS := $(if $(TEXT_COLUMN),-p TEXT_COLUMN "$(TEXT_COLUMN)") \
	$(if $(BY),-p BY "$(BY)") \
	$(if $(ID_COLUMN),-p ID_COLUMN "$(ID_COLUMN)") \
	$(if $(DATE_ORDER),--date-order "$(DATE_ORDER)") $(if $(OUT),--out "$(OUT)")
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
PYTEST_FLAGS ?= -q

.PHONY: help install figures report test test-unit test-notebooks lab lint bench clean

help:
	@echo "make figures   install into .venv, run every notebook on CORPUS (default: seeds), write figures/"
	@echo "make test      unit, property and notebook (nbval) tests"
	@echo "make report    figures, then one self-contained HTML report without code: report/<corpus>.html"
	@echo "make lab       open JupyterLab on the project root (LAB_ARGS=... for ip, port, root)"
	@echo "make bench     run the benchmarks (needs ../shared/bench)"
	@echo "make lint      ruff"

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev,bench,dask]"
	touch $(STAMP)

install: $(STAMP)

figures: $(STAMP)
	$(PY) scripts/run_notebooks.py --corpus "$(CORPUS)" $(NOTEBOOK_PARAMS) $(NOTEBOOKS)

# The HTML report without code: every notebook's tables, figures and commentary, including the
# annotated article (04) and coverage over time (07).
report: figures
	$(PY) scripts/make_report.py --corpus "$(CORPUS)"

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_FLAGS) tests
	$(PY) -m pytest $(PYTEST_FLAGS) -p no:randomly --nbval --nbval-current-env \
		--nbval-sanitize-with notebooks/nbval_sanitize.cfg $(NOTEBOOKS)

test-unit: $(STAMP)
	$(PY) -m pytest $(PYTEST_FLAGS) tests

test-notebooks: $(STAMP)
	$(PY) -m pytest $(PYTEST_FLAGS) --nbval --nbval-current-env \
		--nbval-sanitize-with notebooks/nbval_sanitize.cfg $(NOTEBOOKS)

# LAB_ARGS: extra JupyterLab options, e.g. in a container as root:
#   make lab LAB_ARGS="--ip=0.0.0.0 --port=8888 --no-browser --allow-root"
LAB_ARGS ?=

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=. $(LAB_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check analysis tests benchmarks scripts

bench: $(STAMP)
	$(PY) benchmarks/throughput.py
	$(PY) benchmarks/keyphrases.py
	$(PY) benchmarks/target_tone.py ../shared/bench/stance/newsmtsc/dev_rw.jsonl ../shared/bench/stance/newsmtsc/dev_mt.jsonl

clean:
	rm -rf build .pytest_cache
