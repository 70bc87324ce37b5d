"""What recipe tests share: a recipe applied to source text, and the outcome of calling the
original and the rewritten function on the same arguments."""

from __future__ import annotations

import ast
import copy
import importlib.util
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import libcst as cst
import libcst.matchers as m

Recipe = Callable[[cst.FunctionDef], cst.FunctionDef | None]


def rewrite(recipe: Recipe, source: str) -> str | None:
    """The recipe's rewrite of the one function in `source`, or None."""
    function = cst.parse_module(textwrap.dedent(source)).body[0]
    assert isinstance(function, cst.FunctionDef)
    rewritten = recipe(function)
    return None if rewritten is None else cst.Module([]).code_for_node(rewritten)


def outcome(source: str, *args: object, prelude: str = "") -> str:
    """What calling `f(*args)` gives: the result and the arguments afterwards, or the
    exception's type and message.  `prelude` runs first (the imports a recipe adds)."""
    return named_outcome(source, "f", *args, prelude=prelude)


def named_outcome(source: str, name: str, *args: object, prelude: str = "") -> str:
    """`outcome` of the function called `name` (compared by repr, so a NaN equals itself)."""
    scope: dict[str, object] = {}
    exec(prelude + textwrap.dedent(source), scope)
    function = scope[name]
    assert callable(function)
    try:
        result = function(*args)
        if hasattr(result, "__next__"):
            result = list(result)
    except Exception as error:  # the exception is the outcome
        return f"{type(error).__name__}: {error}"
    return repr((result, args))


def evaluated(module_source: str, call: str) -> object:
    """What the expression `call` gives once `module_source` has run (a whole module, the recipe's
    helpers beside the function), or the type of what it raises."""
    scope: dict[str, object] = {}
    exec(textwrap.dedent(module_source), scope)
    try:
        return eval(call, scope)
    except Exception as error:  # the exception's type is the outcome
        return type(error)


def same_behaviour(original: str, rewritten: str, cases: list[tuple[object, ...]], prelude: str = "") -> None:
    """Both versions give the same outcome for each case (each called on its own deep copy)."""
    for case in cases:
        assert (outcome(rewritten, *copy.deepcopy(case), prelude=prelude)
                == outcome(original, *copy.deepcopy(case), prelude=prelude)), case


def stdlib_functions(module: str) -> Iterator[cst.FunctionDef]:
    """Every function of stdlib `module` (methods and nested ones too) that parses on its own,
    for the crash checks: a recipe must leave each alone or give code that compiles."""
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    tree = cst.parse_module(Path(spec.origin).read_text())
    for function in m.findall(tree, m.FunctionDef()):
        assert isinstance(function, cst.FunctionDef)
        try:
            ast.parse(cst.Module([]).code_for_node(function))
        except SyntaxError:
            continue  # a nested function's `nonlocal` means nothing on its own
        yield function
