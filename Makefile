# The two commands: `make report` and `make test`. Each sets up .venv on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= data
LANGUAGE ?=
GROUP ?=
SCHEME ?=
OUT ?= reports
WITH_CODE ?=
# ENGINE=dask runs the notebooks on Dask; SCHEDULER=tcp://host:8786 a running cluster (default: a local one)
ENGINE ?=
SCHEDULER ?=
# `make screenshots`: the README's pictures of the index and one report, from the sample corpus.
SHOT_DIR ?= docs/img
SHOT_REPORT ?= 01_corpus

.PHONY: report test lab bench screenshots clean-venv

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

report: $(STAMP)
	$(PY) -m helpers report --corpus "$(CORPUS)" --out "$(OUT)" \
		$(if $(LANGUAGE),--language "$(LANGUAGE)") $(if $(GROUP),--group "$(GROUP)") $(if $(SCHEME),--scheme "$(SCHEME)") \
		$(if $(WITH_CODE),--with-code) $(if $(ENGINE),--engine "$(ENGINE)") $(if $(SCHEDULER),--scheduler "$(SCHEDULER)")

screenshots: $(STAMP)
	$(PY) -m helpers report --corpus data --out "$(OUT)" --no-progress
	$(PY) -m helpers screenshot "$(OUT)/index.html" "$(SHOT_DIR)/report-index.png" --width 1100 --height 760
	$(PY) -m helpers screenshot "$(OUT)/$(SHOT_REPORT).html" "$(SHOT_DIR)/report-$(SHOT_REPORT).png" --width 1100 --height 1500

test: $(STAMP)
	$(VENV)/bin/ruff check helpers tests bench
	$(PY) -m pytest

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP)
	$(PY) bench/run_all.py

clean-venv:
	rm -rf $(VENV)
