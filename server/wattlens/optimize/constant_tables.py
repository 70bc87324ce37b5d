"""Recipe: a module's constant list of texts (or ints) searched with `in` or `.index()` inside its functions
→ a set and a dict of first positions made once beside it, asked instead.

    BASIC = list("@£$¥èéùìòÇ\\nØø\\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ...")     # 128 characters

    def char_septets(char):
        if char in BASIC:
            return [BASIC.index(char)]
        ...

walks the alphabet twice for every character of every message (holdout18/sms_segments, studied after its
blind run: the helpers sit two calls and one module below the function).  After the binding the module
gets

    _BASIC_MEMBERS = frozenset(BASIC)
    _BASIC_POSITIONS = {item: at for at, item in reversed(list(enumerate(BASIC)))}

    def _in_basic(item):
        return item in _BASIC_MEMBERS if type(item) is str else item in BASIC

    def _basic_index(item):
        ...   # _BASIC_POSITIONS[item] for a text it holds, else BASIC.index(item) as before

and its functions ask `_in_basic(char)` and `_basic_index(char)`.  Only a probe of the items' exact type
is answered by the set or the dict, where `==` and hashing agree; any other probe walks the list as before
(and `.index` raises as before for a missing one).

WHEN.  The module (the function's own, or one of the project's it imports, a few levels deep) binds the
upper-case name once, at its top, to a list or tuple display of text literals (or of int literals), or to
`list("...")` / `tuple("...")`; the name is declared `global` nowhere.  In every file of the project each
mention of the name reads it: `in` / `not in`, `.index(x)` / `.count(x)`, `len(...)`, an index, a `for`
or comprehension over it, an argument of a builtin that only reads it (`list`, `sorted`, `enumerate`…), or
an import of it (see `sealed_constants`); nothing can change it.  The module's functions ask `in` or
`.index(x)` of it at least once (a function binding the name itself is left as it is).
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import libcst as cst
import libcst.matchers as m

from wattlens.analysis.target import unified_diff
from wattlens.models import Candidate, Target
from wattlens.optimize import cst_facts as facts
from wattlens.optimize import sealed_constants

NAME = "constant-table-lookups"
EXPLANATION = (
    "a module's constant list was searched with `in` or `.index()` inside its functions, walking it on every "
    "call; a set and a dict of first positions made once beside it answer the same probes at once"
)


@dataclass(frozen=True)
class _Table:
    name: str
    kind: type
    statement: cst.SimpleStatementLine


def candidates(target: Target, reached: Sequence[tuple[Path, str, cst.Module]],
               project_files: Callable[[], sealed_constants.Files]) -> list[Candidate]:
    """One candidate per module of `reached` (the function's own, then those it imports: see
    `callees.ProjectModules.reached`) with such tables; `project_files` gives the project's files, parsed
    (asked only once a module has a table)."""
    found: list[Candidate] = []
    for path, source, module in reached:
        tables = [table for table in _tables(module)
                  if sealed_constants.read_only_everywhere(table.name, project_files())]
        rewritten = _rewrite(module, tables) if tables else None
        if rewritten is None:
            continue
        diff = unified_diff(path.as_posix(), source, rewritten)
        digest = hashlib.sha256(diff.encode()).hexdigest()[:8]
        names = ", ".join(table.name for table in tables)
        found.append(Candidate(id=f"recipe-{NAME}-{digest}", source="recipe", diff=diff,
                               rationale=f"recipe {NAME} (in {path.as_posix()}, {names}): {EXPLANATION}"))
    return found


def _tables(module: cst.Module) -> list[_Table]:
    bindings: dict[str, int] = {}
    for statement in module.body:
        for name in facts.bound_in(statement) | facts.bound_otherwise(statement):
            bindings[name] = bindings.get(name, 0) + 1
    tables = []
    for statement in module.body:
        binding = facts.single_assign(statement)
        if binding is None or not binding[0].value.isupper() or bindings.get(binding[0].value) != 1:
            continue
        kind = _constant_items(binding[1])
        if kind is not None and isinstance(statement, cst.SimpleStatementLine):
            tables.append(_Table(binding[0].value, kind, statement))
    return tables


def _constant_items(value: cst.BaseExpression) -> type | None:
    """`str` or `int` where `value` is a list or tuple of such literals (all of one type), or `list("...")`."""
    if isinstance(value, cst.Call) and m.matches(value.func, m.Name("list") | m.Name("tuple")) \
            and len(value.args) == 1 and not value.args[0].keyword and not value.args[0].star \
            and isinstance(value.args[0].value, (cst.SimpleString, cst.ConcatenatedString)):
        text = value.args[0].value.evaluated_value
        return str if isinstance(text, str) else None
    if not isinstance(value, (cst.List, cst.Tuple)) or not value.elements:
        return None
    try:
        items = ast.literal_eval(facts.code(value))
    except (ValueError, SyntaxError):
        return None
    kinds = {type(item) for item in items}
    return kinds.pop() if len(kinds) == 1 and kinds <= {str, int} else None


def _rewrite(module: cst.Module, tables: list[_Table]) -> str | None:
    taken = facts.names_in(module)
    replaced: dict[int, cst.CSTNode] = {}
    added: dict[int, list[cst.BaseStatement]] = {}
    for table in tables:
        label = table.name.lower().strip("_")
        members = facts.unused_name(taken, f"_{table.name}_MEMBERS")
        positions = facts.unused_name(taken, f"_{table.name}_POSITIONS")
        has, index = facts.unused_name(taken, f"_in_{label}"), facts.unused_name(taken, f"_{label}_index")
        asked = _asked(module, table.name, has, index)
        if not asked:
            continue
        replaced.update(asked)
        kind = table.kind.__name__
        added[id(table.statement)] = list(cst.parse_module(
            f"{members} = frozenset({table.name})  # asked instead of walking {table.name}\n"
            f"{positions} = {{item: at for at, item in reversed(list(enumerate({table.name})))}}  # first positions\n"
            f"\n\n"
            f"def {has}(item):\n"
            f"    # A probe of another type walks the list as before: `==` and hashing may not agree for it.\n"
            f"    return item in {members} if type(item) is {kind} else item in {table.name}\n"
            f"\n\n"
            f"def {index}(item):\n"
            f"    if type(item) is {kind}:\n"
            f"        at = {positions}.get(item)\n"
            f"        if at is not None:\n"
            f"            return at\n"
            f"    return {table.name}.index(item)  # (raises for a missing item, as before)\n").body)
    if not replaced:
        return None
    new = module.visit(facts.ReplaceNodes(replaced))
    assert isinstance(new, cst.Module)
    at = {id(statement): index for index, statement in enumerate(module.body)}
    return facts.with_added_after(new, {at[key]: statements for key, statements in added.items()}).code


def _asked(module: cst.Module, name: str, has: str, index: str) -> dict[int, cst.CSTNode]:
    """`x in NAME` → `has(x)`, `x not in NAME` → `not has(x)`, `NAME.index(x)` → `index(x)`, inside the
    module's functions that do not bind the name themselves."""
    replaced: dict[int, cst.CSTNode] = {}
    for function in m.findall(module, m.FunctionDef()):
        assert isinstance(function, cst.FunctionDef)
        if name in facts.bound_in(function) or name in facts.all_parameters(function):
            continue
        for node in facts.walk(function.body):
            if isinstance(node, cst.Comparison) and len(node.comparisons) == 1 \
                    and m.matches(node.comparisons[0].comparator, m.Name(name)) \
                    and isinstance(operator := node.comparisons[0].operator, (cst.In, cst.NotIn)):
                call = cst.Call(func=cst.Name(has), args=[cst.Arg(node.left)])
                asked: cst.BaseExpression = call if isinstance(operator, cst.In) else cst.UnaryOperation(
                    operator=cst.Not(), expression=call)
                replaced[id(node)] = asked.with_changes(lpar=node.lpar, rpar=node.rpar)
            elif isinstance(node, cst.Call) and m.matches(node.func, m.Attribute(m.Name(name), m.Name("index"))) \
                    and len(node.args) == 1 and not node.args[0].keyword and not node.args[0].star:
                replaced[id(node)] = node.with_changes(func=cst.Name(index), args=[node.args[0].with_changes(
                    comma=cst.MaybeSentinel.DEFAULT)])
    return replaced
