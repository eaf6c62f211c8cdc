# The two commands: `make report` and `make test`. Each sets up .venv on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= data
LANGUAGE ?=
GROUP ?=
SCHEME ?=
OUT ?= reports

.PHONY: report test lab bench clean-venv

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

report: $(STAMP)
	$(PY) -m helpers report --corpus "$(CORPUS)" --out "$(OUT)" \
		$(if $(LANGUAGE),--language "$(LANGUAGE)") $(if $(GROUP),--group "$(GROUP)") $(if $(SCHEME),--scheme "$(SCHEME)")

test: $(STAMP)
	$(VENV)/bin/ruff check helpers tests bench
	$(PY) -m pytest

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP)
	$(PY) bench/run_all.py

clean-venv:
	rm -rf $(VENV)
