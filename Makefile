# The two commands of the README:
#   make run   install and start the workbench on its embedded defaults
#   make test  install everything and run the whole test suite
.PHONY: run test lint

run:
	bash scripts/setup-venv.sh
	.venv/bin/parallax serve

test:
	bash scripts/system-deps.sh
	bash scripts/setup-venv.sh dev
	.venv/bin/python -m pytest

lint:
	.venv/bin/ruff check .
