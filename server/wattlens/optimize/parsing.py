"""From a model's reply to one rewritten function, or a reason why not.

Small models wrap code in prose, forget the closing fence, rename the
function, drop type hints and docstrings, put methods inside a `class` shell
or at the wrong indentation, and write imports above the function.  This
module accepts all of that when the intent is clear, repairs what is
cosmetic (annotations, docstring, indentation), and turns everything else
into a one-line reason that the generator logs instead of offering a
candidate.  Nothing here runs the code.
"""

from __future__ import annotations

import ast
import builtins
import re
import textwrap
from dataclasses import dataclass

import libcst as cst

from wattlens.optimize import cst_facts as facts

_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n(.*?)(?:\n[ \t]*```|\Z)", re.DOTALL)
_CODE_START = re.compile(r"^(?:@|def\s|async\s+def\s|class\s|import\s|from\s+\S+\s+import\s)")

WELL_KNOWN_IMPORTS: dict[str, str] = {
    "Counter": "from collections import Counter",
    "defaultdict": "from collections import defaultdict",
    "deque": "from collections import deque",
    "OrderedDict": "from collections import OrderedDict",
    "lru_cache": "from functools import lru_cache",
    "cache": "from functools import cache",
    "reduce": "from functools import reduce",
    "partial": "from functools import partial",
    "bisect_left": "from bisect import bisect_left",
    "bisect_right": "from bisect import bisect_right",
    "heapq": "import heapq",
    "itertools": "import itertools",
    "functools": "import functools",
    "collections": "import collections",
    "bisect": "import bisect",
    "math": "import math",
    "operator": "import operator",
    "re": "import re",
}
"""Names a rewrite often uses without importing them, and the import that binds each."""


@dataclass(frozen=True)
class Rewrite:
    """One rewritten function, ready to replace the original.

    `source` is the whole definition (decorators included) indented like the
    original; `imports` are the import statements it needs that the module lacks.
    """

    source: str
    imports: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejected:
    """Why a reply yields no candidate, in words for the log."""

    reason: str
    unchanged: bool = False
    """The reply handed the original back: worth telling the model so (see `prompt.unchanged_request`)."""
    missing: bool = False
    """The reply's code defines other functions but not the target: worth asking again with the
    target's own header as the start of the answer (see `prompt.header_prefill`)."""
    cut_off: bool = False
    """The reply ran out of tokens before its answer ended."""


@dataclass(frozen=True)
class _Extracted:
    function: str
    imports: tuple[str, ...]


def parse_rewrite(
    reply: str, original_source: str, qualname: str, module_source: str, also_defined: frozenset[str] = frozenset()
) -> Rewrite | Rejected:
    """The rewrite of `qualname` in a model's `reply`, conformed to the original.

    `original_source` is the function as in the file (any indentation),
    `module_source` the whole module (to know which imports it already has).
    Returns Rejected when the reply holds no usable definition of the
    function, renames it, changes its parameters or leaves it unchanged.
    `also_defined` are names the patch will define next to it (new helpers).
    """
    name = qualname.rsplit(".", 1)[-1]
    extracted = extract_function(reply, name)
    if isinstance(extracted, Rejected):
        return extracted
    conformed = conform_to_original(extracted.function, original_source)
    if isinstance(conformed, Rejected):
        return conformed
    imports = needed_imports(extracted.imports, conformed, module_source)
    undefined = undefined_names(conformed, original_source, module_source, imports) - also_defined
    if undefined:
        # Caught here, a NameError costs nothing; in the sandbox it costs a test run.
        return Rejected(f"it uses {', '.join(sorted(undefined))}, which nothing defines")
    return Rewrite(source=conformed, imports=imports)


def undefined_names(
    new_source: str, original_source: str, module_source: str, imports: tuple[str, ...] = ()
) -> set[str]:
    """Names the rewrite reads that neither it, the module, its imports nor builtins bind.

    Names the original reads too are never counted (they may come from places this
    cannot see), and a module with a star import is not judged at all.
    """
    try:
        module = ast.parse(module_source)
    except SyntaxError:
        return set()
    if any(isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names) for n in ast.walk(module)):
        return set()
    used, local = names_of_function(new_source)
    original_used, _ = names_of_function(original_source)
    given = {n for text in imports for n in _bound_by_import(ast.parse(text).body[0])}
    return used - local - original_used - module_bindings(module_source) - given - set(dir(builtins)) - {
        "__class__", "__name__", "__file__", "__doc__", "__module__", "__qualname__"}


def extract_function(reply: str, name: str) -> _Extracted | Rejected:
    """The definition of `name` (dedented, with decorators) and the imports above it.

    Tries each fenced code block, then the reply as bare code, then the part
    of it from the first line that looks like code.  A definition nested in a
    class (a method returned inside its class) counts; the shallowest wins.
    """
    failures: list[str] = []
    other_names: list[str] = []
    for text in _code_texts(reply):
        tree = _parse(text)
        if isinstance(tree, str):
            failures.append(tree)
            continue
        node = _find_function(tree, name)
        if node is None:
            other_names.extend(n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))
            continue
        lines = text.splitlines()
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        assert node.end_lineno is not None  # always set by ast.parse
        function = textwrap.dedent("\n".join(lines[first - 1 : node.end_lineno])) + "\n"
        imports = tuple(
            ast.get_source_segment(text, statement) or ""
            for statement in tree.body
            if isinstance(statement, ast.Import | ast.ImportFrom)
        )
        return _Extracted(function=function, imports=tuple(i for i in imports if i))
    if other_names:
        names = ", ".join(dict.fromkeys(other_names))
        return Rejected(f"the reply defines {names} but not {name} (renamed or missing)", missing=True)
    if failures:
        return Rejected(f"the reply is not valid Python: {failures[0]}")
    return Rejected("the reply contains no code")


def conform_to_original(new_function: str, original_source: str) -> str | Rejected:
    """`new_function` made to fit where the original stands, or why it cannot.

    Parameters (names, kinds, defaults) and async-ness must match; the
    original's annotations and docstring are restored when the model dropped
    or changed them (they cost nothing at run time and keep the diff about
    the body), its decorators when the model wrote none, and the result is
    indented like the original.
    """
    indent = _indentation(original_source)
    try:
        original = _function_node(textwrap.dedent(original_source))
        rewrite = _function_node(new_function)
    except (cst.ParserSyntaxError, ValueError) as err:
        return Rejected(f"cannot read the function: {err}")
    if isinstance(original.asynchronous, cst.Asynchronous) != isinstance(rewrite.asynchronous, cst.Asynchronous):
        return Rejected("the rewrite changes whether the function is async")
    before, after = _parameters(original_source), _parameters(new_function)
    if before != after:
        return Rejected(f"the rewrite changes the signature: ({before}) became ({after})")
    rewrite = rewrite.with_changes(
        params=original.params,
        returns=original.returns,
        decorators=rewrite.decorators or original.decorators,
        leading_lines=(),
    )
    docstring = facts.docstring(original)
    body = rewrite.body
    if docstring is not None and isinstance(body, cst.IndentedBlock):
        # Models re-indent or reword docstrings as they copy them; the original's stays.
        rest = body.body[1:] if facts.docstring(rewrite) is not None else body.body
        rewrite = rewrite.with_changes(body=body.with_changes(body=[docstring, *rest]))
    text = cst.Module(body=[rewrite]).code
    if _same_code(text, textwrap.dedent(original_source)):
        return Rejected("the rewrite is identical to the original", unchanged=True)
    return textwrap.indent(text, indent) if indent else text


def needed_imports(candidates: tuple[str, ...], function_source: str, module_source: str) -> tuple[str, ...]:
    """The imports `function_source` needs that `module_source` lacks.

    Only imports the model wrote that bind a name the function uses are kept
    (models like to add `from typing import List` for nothing), plus the
    well-known import of a standard name the function uses but nobody binds.
    """
    used, local = names_of_function(function_source)
    bound = module_bindings(module_source)
    wanted: list[str] = []
    for text in candidates:
        try:
            statement = ast.parse(text).body[0]
        except (SyntaxError, IndexError):
            continue
        names = _bound_by_import(statement)
        if any(n in used and n not in bound for n in names) and not _is_future(statement):
            wanted.append(" ".join(text.split()))
    given = {n for text in wanted for n in _bound_by_import(ast.parse(text).body[0])}
    for name in sorted(used - local - bound - given - set(dir(builtins))):
        if name in WELL_KNOWN_IMPORTS:
            wanted.append(WELL_KNOWN_IMPORTS[name])
    return tuple(dict.fromkeys(wanted))


def reply_functions(reply: str, target_name: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """The module-level functions the reply's code defines besides `target_name` (name →
    dedented source), and the imports written above them, from the first code text
    that parses and defines any function."""
    for text in _code_texts(reply):
        tree = _parse(text)
        if isinstance(tree, str):
            continue
        defined = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        if not defined:
            continue
        lines = text.splitlines()
        functions: dict[str, str] = {}
        for node in defined:
            if node.name == target_name:
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            functions[node.name] = textwrap.dedent("\n".join(lines[first - 1 : node.end_lineno])) + "\n"
        imports = tuple(
            segment for statement in tree.body if isinstance(statement, ast.Import | ast.ImportFrom)
            if (segment := ast.get_source_segment(text, statement))
        )
        return functions, imports
    return {}, ()


def same_function(a: str, b: str) -> bool:
    """Whether two function texts are the same code, ignoring layout and comments."""
    return _same_code(a, b)


def _code_texts(reply: str) -> list[str]:
    texts: list[str] = []
    for match in _FENCE.finditer(reply):
        language = match.group(1).lower()
        if language in ("", "python", "py", "python3"):
            texts.append(match.group(2))
    lines = reply.splitlines()
    start = next((i for i, line in enumerate(lines) if _CODE_START.match(line.strip())), None)
    if start is not None:
        tail = [line for line in lines[start:] if not line.strip().startswith("```")]
        texts.append(_trim_prose("\n".join(tail)))
    texts.append(reply)
    return [t for t in dict.fromkeys(textwrap.dedent(t) for t in texts) if t.strip()]


def _trim_prose(text: str) -> str:
    """Cut the text at the first unindented line after a block that is neither code nor blank."""
    lines = text.splitlines()
    for index, line in enumerate(lines[1:], start=1):
        if line and not line[0].isspace() and not _CODE_START.match(line) and not line.startswith(("#", ")", "]", "}")):
            try:
                ast.parse(textwrap.dedent("\n".join(lines[:index])))
            except SyntaxError:
                continue
            return "\n".join(lines[:index])
    return text


def _parse(text: str) -> ast.Module | str:
    try:
        return ast.parse(text)
    except SyntaxError as err:
        return f"{err.msg} (line {err.lineno})"


def _find_function(tree: ast.Module, name: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    level: list[ast.AST] = list(tree.body)
    while level:
        for node in level:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name:
                return node
        level = [
            child
            for node in level
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            for child in node.body
        ]
    return None


def _function_node(source: str) -> cst.FunctionDef:
    module = cst.parse_module(source.strip("\n") + "\n")
    if len(module.body) != 1 or not isinstance(module.body[0], cst.FunctionDef):
        raise ValueError("expected exactly one function definition")
    return module.body[0]


def _parameters(source: str) -> str:
    """The parameter list without annotations, e.g. `a, b=1, *args, c, **kw`."""
    node = ast.parse(textwrap.dedent(source)).body[0]
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    arguments = node.args
    for argument in (
        *arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
        *(a for a in (arguments.vararg, arguments.kwarg) if a is not None),
    ):  # fmt: skip
        argument.annotation = None
    return ast.unparse(arguments)


def _same_code(a: str, b: str) -> bool:
    try:
        return ast.dump(ast.parse(textwrap.dedent(a))) == ast.dump(ast.parse(textwrap.dedent(b)))
    except SyntaxError:
        return False


def _indentation(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            return line[: len(line) - len(line.lstrip())]
    return ""


def names_of_function(source: str) -> tuple[set[str], set[str]]:
    """Names the function reads, and names it binds itself (parameters, assignments)."""
    tree = ast.parse(textwrap.dedent(source))
    used: set[str] = set()
    local: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (used if isinstance(node.ctx, ast.Load) else local).add(node.id)
        elif isinstance(node, ast.arg):
            local.add(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            local.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            local.update(_bound_by_import(node))
    return used, local


def module_bindings(module_source: str) -> set[str]:
    try:
        tree = ast.parse(module_source)
    except SyntaxError:
        return set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            bound.update(_bound_by_import(node))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                bound.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        elif not isinstance(node, ast.Expr):
            # Top-level `if`/`try`/`for`/`with` blocks bind names too (TYPE_CHECKING imports,
            # fallbacks); whatever they store counts.
            bound.update(n.id for n in ast.walk(node) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load))
            bound.update(n.name for n in ast.walk(node)
                         if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef))
    return bound


def _bound_by_import(node: ast.stmt) -> set[str]:
    if isinstance(node, ast.Import):
        return {(a.asname or a.name).split(".")[0] for a in node.names}
    if isinstance(node, ast.ImportFrom):
        return {a.asname or a.name for a in node.names if a.name != "*"}
    return set()


def _is_future(node: ast.stmt) -> bool:
    return isinstance(node, ast.ImportFrom) and node.module == "__future__"
