"""A hotspot function as a `Target`, and how a rewrite of it becomes a patch.

libcst is used rather than `ast` because it round-trips a module byte for byte:
replacing one function must leave every other character of the file (comments,
blank lines, quoting style) exactly as the user wrote it, or the diff offered
to them would contain noise they did not ask for.
"""

from __future__ import annotations

import ast
import difflib
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from wattlens.analysis.context import used_definitions
from wattlens.models import Target


class TargetError(ValueError):
    """A target cannot be located or read; the message names what is available."""


def extract_target(
    project_dir: Path,
    file: Path,
    qualname: str,
    hot_lines: Sequence[int] = (),
    cpu_percent: float | None = None,
    with_context: bool = True,
) -> Target:
    """The function `qualname` of `file` as a Target.

    `file` may be absolute or relative to `project_dir`; the Target stores it
    relative.  `qualname` is `func`, `Class.method` or `outer.inner`.  The
    Target's `line`..`end_line` span the decorators and the whole body, and
    `source` is exactly those lines as in the file (original indentation kept).
    With `with_context`, the project definitions it uses are gathered for the
    model's prompt (see `analysis.context`).
    Raises TargetError when the file is unreadable, does not parse, or has no
    such function (the message lists the functions it does have).
    """
    project_dir = project_dir.resolve()
    path = file if file.is_absolute() else project_dir / file
    path = path.resolve()
    try:
        relative = path.relative_to(project_dir)
    except ValueError as err:
        raise TargetError(f"{path} is not inside the project directory {project_dir}.") from err
    try:
        module_source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise TargetError(
            f"{path} is not UTF-8 text (byte {err.start}: {err.reason}); wattlens reads Python sources "
            "as UTF-8, as Python does by default — save the file as UTF-8, or choose a Python source file."
        ) from err
    except OSError as err:
        raise TargetError(f"Cannot read {path}: {err.strerror or err}.") from err

    module = _parse_module(module_source, str(relative))
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    positions = wrapper.resolve(PositionProvider)
    finder = _FunctionFinder()
    wrapper.module.visit(finder)
    node = finder.functions.get(qualname)
    if node is None:
        raise TargetError(_not_found_message(qualname, str(relative), finder.functions))

    line, end_line = _span(node, positions)
    lines = module_source.splitlines(keepends=True)
    source = "".join(lines[line - 1 : end_line])
    return Target(
        project_dir=project_dir,
        file=relative,
        qualname=qualname,
        line=line,
        end_line=end_line,
        source=source,
        module_source=module_source,
        hot_lines=[n for n in hot_lines if line <= n <= end_line],
        cpu_percent=cpu_percent,
        context=used_definitions(project_dir, path, module_source, line, source) if with_context else [],
    )


def function_names(module_source: str) -> list[str]:
    """Qualified names of every function and method of a module, in source order."""
    finder = _FunctionFinder()
    _parse_module(module_source, "<module>").visit(finder)
    return list(finder.functions)


def function_at(module: cst.Module, qualname: str) -> cst.FunctionDef | None:
    """The function or method `qualname` of a parsed module (the first definition), or None."""
    finder = _FunctionFinder()
    module.visit(finder)
    return finder.functions.get(qualname)


def rewrite_function_in_place(
    module_source: str, qualname: str, rewrite: Callable[[cst.FunctionDef], cst.FunctionDef | None]
) -> tuple[str, str] | None:
    """`module_source` with `rewrite` applied to the function `qualname` where it stands, and the new function.

    Unlike `replace_function`, the node is changed inside the parsed module, so
    multi-line strings (a method's docstring) keep their indentation byte for
    byte.  None when the function is missing or `rewrite` leaves it alone.
    """
    module = _parse_module(module_source, "<module>")
    finder = _FunctionFinder()
    module.visit(finder)
    node = finder.functions.get(qualname)
    if node is None:
        return None
    new_node = rewrite(node)
    if new_node is None or new_node.deep_equals(node):
        return None
    replaced = module.deep_replace(node, new_node)
    assert isinstance(replaced, cst.Module)  # replacing a function inside a module keeps the module
    return replaced.code, module.code_for_node(new_node)


def replace_function(module_source: str, qualname: str, new_function_source: str) -> str:
    """`module_source` with the function `qualname` replaced by `new_function_source`.

    `new_function_source` is one function definition at any indentation (a
    model usually writes methods unindented); it is re-indented to the
    original's place.  Everything outside the function stays byte-identical,
    including the comments and blank lines above it.  When the new source has
    no decorators the original ones are kept, because models routinely drop
    `@staticmethod` and friends while rewriting a body.
    """
    module = _parse_module(module_source, "<module>")
    new_node = _single_function(new_function_source)
    finder = _FunctionFinder()
    module.visit(finder)
    if qualname not in finder.functions:
        raise TargetError(_not_found_message(qualname, "the module", finder.functions))
    replaced = module.visit(_FunctionReplacer(qualname, new_node))
    return replaced.code


def add_imports(module_source: str, imports: Sequence[str]) -> str:
    """`module_source` with each import statement of `imports` it lacks added.

    New imports go after the module docstring, `__future__` imports and the
    existing leading imports, so the module keeps its shape.  A statement that
    is already present (same text after normalisation) is not repeated.
    """
    module = _parse_module(module_source, "<module>")
    present = {_normalise_statement(module.code_for_node(s)) for s in module.body}
    wanted: list[cst.BaseStatement] = []
    for text in imports:
        key = _normalise_statement(text)
        if key in present:
            continue
        present.add(key)
        parsed = cst.parse_module(text.strip() + "\n").body
        wanted.extend(parsed)
    if not wanted:
        return module_source
    at = 0
    for index, statement in enumerate(module.body):
        if (_is_docstring(statement) and index == 0) or _is_import(statement):
            at = index + 1
        else:
            break
    body = [*module.body[:at], *wanted, *module.body[at:]]
    return module.with_changes(body=body).code


def insert_before(module_source: str, top_level_name: str, helper_source: str) -> str:
    """`module_source` with `helper_source` placed just above the top-level definition `top_level_name`."""
    module = cst.parse_module(module_source)
    helper = cst.parse_module(helper_source).body[0]
    for index, statement in enumerate(module.body):
        if isinstance(statement, (cst.FunctionDef, cst.ClassDef)) and statement.name.value == top_level_name:
            spaced = helper.with_changes(leading_lines=[cst.EmptyLine(), cst.EmptyLine()]) \
                if isinstance(helper, (cst.FunctionDef, cst.ClassDef)) else helper
            return module.with_changes(body=[*module.body[:index], spaced, *module.body[index:]]).code
    return module_source


def unified_diff(rel_path: str, old: str, new: str) -> str:
    """A `git apply`-compatible unified diff turning `old` into `new` at `rel_path`.

    Paths carry git's `a/` and `b/` prefixes and are relative to the project
    directory; a missing final newline is marked the way git marks it.  Returns
    an empty string when the texts are equal.
    """
    if old == new:
        return ""
    rel = rel_path.replace("\\", "/")
    out = [f"diff --git a/{rel} b/{rel}\n"]
    for line in difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{rel}",
        tofile=f"b/{rel}",
        n=3,
    ):
        # difflib leaves a last line without its newline; git wants the marker.
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _parse_module(source: str, label: str) -> cst.Module:
    try:
        return cst.parse_module(source)
    except cst.ParserSyntaxError as err:
        # Python's own parser places the error better than libcst's and words it as users know.
        try:
            ast.parse(source)
        except SyntaxError as exact:
            where, why = f"line {exact.lineno}, column {exact.offset}", exact.msg
        else:
            where, why = f"line {err.raw_line}, column {err.raw_column}", err.message
        raise TargetError(f"{label} is not valid Python ({where}): {why}; fix the syntax and save.") from err


def _single_function(source: str) -> cst.FunctionDef:
    try:
        module = cst.parse_module(textwrap.dedent(source).strip("\n") + "\n")
    except cst.ParserSyntaxError as err:
        raise TargetError(f"The new function is not valid Python: {err.message}") from err
    functions = [s for s in module.body if isinstance(s, cst.FunctionDef)]
    if len(functions) != 1 or len(module.body) != 1:
        raise TargetError("The new source must be exactly one function definition.")
    return functions[0]


def _span(node: cst.FunctionDef, ranges: Mapping[cst.CSTNode, CodeRange]) -> tuple[int, int]:
    first: cst.CSTNode = node.decorators[0] if node.decorators else node
    return ranges[first].start.line, ranges[node].end.line


def _not_found_message(qualname: str, where: str, functions: dict[str, cst.FunctionDef]) -> str:
    available = ", ".join(functions) or "none"
    return f"No function named {qualname!r} in {where}; functions there: {available}."


def _normalise_statement(text: str) -> str:
    return " ".join(text.split())


def _is_docstring(statement: cst.BaseStatement) -> bool:
    return (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, cst.SimpleString | cst.ConcatenatedString)
    )


def _is_import(statement: cst.BaseStatement) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(s, cst.Import | cst.ImportFrom) for s in statement.body
    )


class _FunctionFinder(cst.CSTVisitor):
    """Collects every function by qualified name (`Class.method`, `outer.inner`)."""

    def __init__(self) -> None:
        self.functions: dict[str, cst.FunctionDef] = {}
        self._scope: list[str] = []

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self._scope.append(node.name.value)
        return True

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self._scope.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self._scope.append(node.name.value)
        # The first definition wins, as for a reader scanning the file top-down.
        self.functions.setdefault(".".join(self._scope), node)
        return True

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._scope.pop()


class _FunctionReplacer(cst.CSTTransformer):
    """Swaps the first function with the given qualified name for a new node."""

    def __init__(self, qualname: str, new_node: cst.FunctionDef) -> None:
        self._qualname = qualname
        self._new_node = new_node
        self._scope: list[str] = []
        self._done = False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self._scope.append(node.name.value)
        return True

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        self._scope.pop()
        return updated_node

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self._scope.append(node.name.value)
        return True

    def leave_FunctionDef(
        self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef
    ) -> cst.FunctionDef:
        name = ".".join(self._scope)
        self._scope.pop()
        if self._done or name != self._qualname:
            return updated_node
        self._done = True
        decorators = self._new_node.decorators or original_node.decorators
        # leading_lines carry the blank lines and comments above the def: they
        # belong to the surrounding code, not to the rewrite.
        return self._new_node.with_changes(
            decorators=decorators, leading_lines=original_node.leading_lines
        )
