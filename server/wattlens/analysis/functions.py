"""Where each function of a module starts and ends, by qualified name."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FunctionExtent:
    """A function's qualified name and its line span (1-based, inclusive, decorators excluded)."""

    qualname: str
    line: int
    end_line: int

    def contains(self, line: int) -> bool:
        """Whether `line` lies inside this function."""
        return self.line <= line <= self.end_line


def function_extents(source: str) -> list[FunctionExtent]:
    """All functions and methods of a module, outermost first.

    Nested functions are named `outer.inner`, methods `Class.method`.
    Raises SyntaxError for source that does not parse.
    """
    tree = ast.parse(source)
    found: list[FunctionExtent] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}{child.name}"
                found.append(FunctionExtent(name, child.lineno, child.end_lineno or child.lineno))
                visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return found


def innermost_function(extents: list[FunctionExtent], line: int) -> FunctionExtent | None:
    """The most deeply nested function that contains `line`, if any."""
    containing = [e for e in extents if e.contains(line)]
    return max(containing, key=lambda e: e.line, default=None)


def read_extents(path: Path) -> list[FunctionExtent]:
    """Function extents of a file on disk; empty when it cannot be read or parsed."""
    try:
        return function_extents(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []
