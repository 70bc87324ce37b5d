"""Module constants nothing in the project changes: a container of literals, bound once at a module's top,
that every file of the project only ever reads.

    HONORIFICS = {"mr", "mrs", "ms", "dr", "prof"}

    def normalise_name(name: str) -> tuple[str, ...]:
        return tuple(t for t in name.casefold().split() if t not in HONORIFICS)

A set is mutable, so a helper reading it is not, on its face, a function of its arguments alone: anyone
holding the set could add to it between two calls.  But where every mention of the name, in every file of
the project, reads it (`t in HONORIFICS`, `for t in HONORIFICS`, `HONORIFICS | OTHER`, `len(...)`,
`TABLE.get(k)`, `text.translate(TABLE)`, an import of it) and its items are literals (texts, numbers,
tuples of such: nothing read out of it can be changed either), no reference to the object ever leaves the
module's global, so no write anywhere in the project reaches it (holdout22/sanctions_screen, studied after
its blind run: an append to a customer's flags kept a name normaliser reading three such sets from being
trusted).  Code outside the project could still change it through the module; the lookup tables that
`constant_tables` makes beside such a constant take the same view.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from pathlib import Path

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts

_READING_BUILTINS = frozenset({"len", "list", "tuple", "set", "frozenset", "sorted", "enumerate", "reversed",
                               "iter", "any", "all", "min", "max", "sum", "zip", "dict", "str", "repr"})
"""builtins that read what they are handed and keep no reference to it"""
_READING_METHODS = frozenset({"index", "count", "get", "keys", "values", "items", "copy", "issubset", "issuperset",
                              "isdisjoint", "union", "intersection", "difference", "symmetric_difference"})
"""methods of list, tuple, set and dict that read the container and change nothing"""
_NEW_FROM_OPERANDS = (cst.BitOr, cst.BitAnd, cst.Subtract, cst.BitXor, cst.Add, cst.Multiply)
"""binary operators making a new container of their operands' items (`a | b`, `a + b`), never changing them"""
_MOST_FILES = 200
_SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules"})

Files = Sequence[cst.Module | None]
"""Every Python file of a project, parsed; None for one that could not be read (then nothing is known)."""


def project_files(project_dir: Path) -> Files:
    """The project's Python files, parsed (a single None where there are too many to read)."""
    parsed: list[cst.Module | None] = []
    for path in sorted(project_dir.rglob("*.py"))[:_MOST_FILES + 1]:
        if any(part.startswith(".") or part in _SKIPPED_FOLDERS or part.endswith("venv")
               for part in path.relative_to(project_dir).parts):
            continue
        try:
            parsed.append(cst.parse_module(path.read_text("utf-8")))
        except (OSError, UnicodeDecodeError, cst.ParserSyntaxError):
            parsed.append(None)
    return parsed if len(parsed) <= _MOST_FILES else [None]


def literal_containers(module: cst.Module, bound_once: frozenset[str]) -> frozenset[str]:
    """Names bound once, by an assignment alone on its line at the module's top, to a set, dict, list or tuple
    of literals, `frozenset(...)` / `set(...)` of one or of a text, or `str.maketrans(...)` of literals."""
    return frozenset(binding[0].value for statement in module.body
                     if (binding := facts.single_binding(statement)) is not None
                     and binding[0].value in bound_once and _holds_literals(binding[1]))


def sealed(names: frozenset[str], files: Files) -> frozenset[str]:
    """Those of `names` that every file of the project only reads (see the module's notes)."""
    return frozenset(name for name in names if read_only_everywhere(name, files))


def read_only_everywhere(name: str, files: Files) -> bool:
    """Every mention of `name` in the project reads it: no `global` of it, and each mention (bare or as an
    attribute, `gsm7.BASIC`) an import under its own name, its one binding or a read."""
    for module in files:
        if module is None:
            return False
        parents = facts.parents(module)
        for node in facts.walk(module):
            if isinstance(node, cst.Global) and any(n.name.value == name for n in node.names):
                return False
            if isinstance(node, cst.Name) and node.value == name and not _reads(node, parents):
                return False
    return True


def _holds_literals(value: cst.BaseExpression) -> bool:
    if isinstance(value, cst.Call) and not any(arg.keyword or arg.star for arg in value.args):
        if m.matches(value.func, m.Attribute(m.Name("str"), m.Name("maketrans"))):
            return all(_literal_items(arg.value) for arg in value.args)
        if m.matches(value.func, m.Name("frozenset") | m.Name("set")) and len(value.args) <= 1:
            return all(isinstance(arg.value, (cst.Set, cst.List, cst.Tuple, cst.SimpleString, cst.ConcatenatedString))
                       and _literal_items(arg.value) for arg in value.args)
        return False
    return isinstance(value, (cst.Set, cst.Dict, cst.List, cst.Tuple)) and _literal_items(value)


def _literal_items(value: cst.BaseExpression) -> bool:
    """A display or literal whose every item (keys and values) is immutable: texts, numbers, None, tuples."""
    try:
        evaluated = ast.literal_eval(facts.code(value))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    if isinstance(evaluated, dict):
        return all(_immutable(item) for pair in evaluated.items() for item in pair)
    if isinstance(evaluated, (set, list, tuple)):
        return all(_immutable(item) for item in evaluated)
    return _immutable(evaluated)


def _immutable(item: object) -> bool:
    if isinstance(item, tuple):
        return all(_immutable(part) for part in item)
    return item is None or isinstance(item, (str, bytes, int, float, complex))


def _reads(mention: cst.Name, parents: dict[int, cst.CSTNode]) -> bool:
    parent = parents.get(id(mention))
    if isinstance(parent, cst.ImportAlias):
        # an import of it; under another name its uses there would go unseen
        return parent.asname is None or m.matches(parent.asname.name, m.Name(mention.value))
    if isinstance(parent, cst.AssignTarget) or (isinstance(parent, cst.AnnAssign) and parent.target is mention):
        return True  # its one binding (checked to be the only one in its module)
    if isinstance(parent, cst.Attribute) and parent.attr is mention:
        return _read_there(parent, parents)  # `gsm7.BASIC`, read as the bare name would be
    return _read_there(mention, parents)


def _read_there(value: cst.BaseExpression, parents: dict[int, cst.CSTNode]) -> bool:
    parent = parents.get(id(value))
    if isinstance(parent, cst.Attribute) and parent.value is value:
        call = parents.get(id(parent))
        return parent.attr.value in _READING_METHODS and isinstance(call, cst.Call) and call.func is parent
    if isinstance(parent, cst.ComparisonTarget):
        return parent.comparator is value and isinstance(parent.operator, (cst.In, cst.NotIn))
    if isinstance(parent, cst.Subscript) and parent.value is value:
        return not facts.in_a_target(parent, parents)
    if isinstance(parent, (cst.For, cst.CompFor)) and parent.iter is value:
        return True
    if isinstance(parent, cst.BinaryOperation):
        return isinstance(parent.operator, _NEW_FROM_OPERANDS)
    if isinstance(parent, cst.Arg) and not parent.keyword and not parent.star:
        call = parents.get(id(parent))
        if not isinstance(call, cst.Call):
            return False
        if isinstance(call.func, cst.Name):
            return call.func.value in _READING_BUILTINS
        # `text.translate(TABLE)`: str.translate and bytes.translate only look the table up
        return m.matches(call.func, m.Attribute(attr=m.Name("translate"))) and len(call.args) == 1
    return False
