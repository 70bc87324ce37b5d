"""`python -m wattlens` is the `wattlens` command."""

from wattlens.cli import main

raise SystemExit(main())
