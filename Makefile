# The two commands of the README:
#   make demo   set up, then profile the bundled example, optimize its hotspot, verify, print the patch
#   make test   set up (with test tools and real editors), then run every test
# Benchmarks stay out of the test command: `make bench`.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test bench bench-generators lint setup setup-tests vsix

setup:
	scripts/setup.sh

setup-tests:
	scripts/setup.sh --tests

# The VS Code extension: client bundle + the server wheel it installs on first start.
vsix:
	@[ -d node_modules ] || npm ci --no-audit --no-fund
	npm run --silent typecheck
	npm run --silent package

demo: setup
	$(VENV)/bin/wattlens demo examples/shop

test: setup-tests
	$(PY) -m pytest -v -rs --durations=15

lint: setup-tests
	$(VENV)/bin/ruff check server tests benchmarks
	$(VENV)/bin/mypy
	npm run --silent typecheck

bench: setup-tests
	$(PY) benchmarks/lsp_latency.py
	$(PY) benchmarks/localization.py
	$(PY) benchmarks/profile_overhead.py
	$(PY) benchmarks/server_start.py
	$(PY) benchmarks/example_speedups.py
	$(PY) benchmarks/retrieval_recall.py

# The generator ablation optimizes 17 corpus functions (and 8 + 6 × 10 held-out ones, written
# without seeing the recipes) under four configurations, and the model comparison asks
# both models about each: hours on 2 cores, so they have their own target (all
# resumable with --resume).
bench-generators: setup-tests
	$(PY) benchmarks/generators.py --resume
	$(PY) benchmarks/generators.py --resume --corpus holdout --out benchmarks/results/generators-holdout.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout2 --out benchmarks/results/generators-holdout2.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout3 --out benchmarks/results/generators-holdout3.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout4 --out benchmarks/results/generators-holdout4.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout5 --out benchmarks/results/generators-holdout5.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout6 --out benchmarks/results/generators-holdout6.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout7 --out benchmarks/results/generators-holdout7.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout8 --out benchmarks/results/generators-holdout8.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout9 --out benchmarks/results/generators-holdout9.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout10 --out benchmarks/results/generators-holdout10.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout11 --out benchmarks/results/generators-holdout11.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout12 --out benchmarks/results/generators-holdout12.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout13 --out benchmarks/results/generators-holdout13.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout14 --out benchmarks/results/generators-holdout14.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout15 --out benchmarks/results/generators-holdout15.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout16 --out benchmarks/results/generators-holdout16.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout17 --out benchmarks/results/generators-holdout17.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout18 --out benchmarks/results/generators-holdout18.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout19 --out benchmarks/results/generators-holdout19.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout20 --out benchmarks/results/generators-holdout20.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout21 --out benchmarks/results/generators-holdout21.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout22 --out benchmarks/results/generators-holdout22.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout23 --out benchmarks/results/generators-holdout23.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout24 --out benchmarks/results/generators-holdout24.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout25 --out benchmarks/results/generators-holdout25.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout26 --out benchmarks/results/generators-holdout26.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout27 --out benchmarks/results/generators-holdout27.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout28 --out benchmarks/results/generators-holdout28.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout29 --out benchmarks/results/generators-holdout29.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout30 --out benchmarks/results/generators-holdout30.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout31 --out benchmarks/results/generators-holdout31.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout32 --out benchmarks/results/generators-holdout32.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout33 --out benchmarks/results/generators-holdout33.jsonl
	$(PY) benchmarks/generators.py --resume --corpus holdout34 --out benchmarks/results/generators-holdout34.jsonl
	$(PY) benchmarks/models.py --resume
