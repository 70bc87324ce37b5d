"""What a rewrite of a target must know besides its own code: the project's names it uses.

A small model rewriting `total = price(item) * RATE` cannot tell whether
`price` is cheap, pure or raises on bad input unless it sees it.  For every
name the target reads that resolves (with jedi, across the project's files)
to a function, class or module-level assignment *in the project*, the
definition is collected: functions and assignments in full when short, classes
by their header and method signatures.  Builtins, the standard library and
installed packages are left out (the model knows them), and so are the
target's own parameters and locals.  Everything is capped so the prompt stays
within a small model's context.
"""

from __future__ import annotations

import ast
import logging
import textwrap
from pathlib import Path
from typing import Literal

from wattlens.models import ContextItem

log = logging.getLogger(__name__)

MAX_ITEMS = 6
MAX_ITEM_LINES = 14
MAX_TOTAL_CHARS = 2000
_KINDS: dict[str, Literal["function", "class", "statement"]] = {
    "function": "function", "class": "class", "statement": "statement",
}  # fmt: skip


def used_definitions(
    project_dir: Path, path: Path, module_source: str, function_line: int, function_source: str
) -> list[ContextItem]:
    """The project definitions the function at `function_line` of `path` refers to, in order of first use.

    Never raises: without jedi, or when it cannot resolve a name, the name is
    simply not described.
    """
    try:
        import jedi
    except ImportError:  # pragma: no cover - jedi is a declared dependency
        return []
    try:
        tree = ast.parse(textwrap.dedent(function_source))
    except SyntaxError:
        return []
    offset = function_line - 1
    indent = len(function_source) - len(function_source.lstrip(" \t")) if function_source else 0
    try:
        script = jedi.Script(code=module_source, path=str(path), project=jedi.Project(str(project_dir)))
    except Exception as err:  # jedi raises assorted errors on odd sources
        log.debug("jedi cannot read %s: %s", path, err)
        return []
    items: list[ContextItem] = []
    seen: set[tuple[str, int]] = set()
    total = 0
    for name, line, column in _references(tree):
        if len(items) >= MAX_ITEMS:
            break
        try:
            found = script.goto(line + offset, column + indent, follow_imports=True)
        except Exception as err:  # jedi: a name it cannot follow is only left undescribed
            log.debug("jedi goto %s failed: %s", name, err)
            continue
        for definition in found[:1]:
            item = _describe(definition, project_dir, path, function_line, function_source)
            if item is None or (item.file, item.line) in seen:
                continue
            if total + len(item.source) > MAX_TOTAL_CHARS:
                continue
            seen.add((item.file, item.line))
            total += len(item.source)
            items.append(item)
    return items


def _references(tree: ast.Module) -> list[tuple[str, int, int]]:
    """Names the function reads that it does not bind itself, and `self.x` attributes; first use first."""
    function = next((n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)), None)
    if function is None:
        return []
    bound = {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node is not function:
            bound.add(node.name)
    found: list[tuple[str, int, int]] = []
    names: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in bound:
            key = node.id
            position = (node.lineno, node.col_offset)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("self", "cls")
            and node.end_col_offset is not None
        ):
            key = f"{node.value.id}.{node.attr}"
            position = (node.end_lineno or node.lineno, node.end_col_offset - len(node.attr))
        else:
            continue
        if key not in names:
            names.add(key)
            found.append((key, *position))
    return sorted(found, key=lambda item: (item[1], item[2]))


def _describe(definition: object, project_dir: Path, target_path: Path, function_line: int,
              function_source: str) -> ContextItem | None:
    module_path = getattr(definition, "module_path", None)
    line = getattr(definition, "line", None)
    kind = getattr(definition, "type", "")
    if module_path is None or line is None or kind not in _KINDS:
        return None
    module_path = Path(module_path).resolve()
    if not module_path.is_relative_to(project_dir.resolve()) or ".venv" in module_path.parts:
        return None
    if module_path == target_path.resolve() and function_line <= line < function_line + function_source.count("\n"):
        return None  # the target itself (recursion) or one of its own locals
    try:
        text = module_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    snippet = _snippet(text, line, kind)
    if not snippet:
        return None
    return ContextItem(
        name=str(getattr(definition, "name", "")),
        kind=_KINDS[kind],
        file=module_path.relative_to(project_dir.resolve()).as_posix(),
        line=line,
        source=snippet,
    )


def _snippet(text: str, line: int, kind: str) -> str:
    """The definition starting at `line`: short ones whole, long ones cut, classes as signatures."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return ""
    lines = text.splitlines()
    node = next(
        (n for n in ast.walk(tree) if isinstance(n, ast.stmt) and getattr(n, "lineno", None) == line
         and not isinstance(n, ast.Expr)),
        None,
    )  # fmt: skip
    if node is None:
        return lines[line - 1].strip() if 0 < line <= len(lines) else ""
    if isinstance(node, ast.ClassDef):
        # Decorators and fields say what the objects hold (a @dataclass's fields are its
        # constructor); methods only by their signature line.
        first = min([d.lineno for d in node.decorator_list] + [node.lineno])
        header = lines[first - 1 : node.lineno]
        for member in node.body:
            if isinstance(member, ast.AnnAssign | ast.Assign):
                header.append(lines[member.lineno - 1])
            elif isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                header.append(lines[member.lineno - 1] + " ...")
        return textwrap.dedent("\n".join(header[:MAX_ITEM_LINES]))
    end = node.end_lineno or node.lineno
    body = lines[node.lineno - 1 : end]
    if len(body) > MAX_ITEM_LINES:
        body = [*body[: MAX_ITEM_LINES - 1], body[0][: len(body[0]) - len(body[0].lstrip())] + "    ..."]
    return textwrap.dedent("\n".join(body))
