"""wattlens: find where Python code burns energy and rewrite it safely."""

__version__ = "0.1.0"
