"""Recipe: a table the function builds again on every call, from nothing that can change → built on
the first call and kept for the later ones.

    def molar_mass(formula: str) -> float:
        masses = element_masses()        # parses ninety lines of standard atomic weights
        ...
        total += masses[symbol] * count

where `element_masses()` reads nothing but texts, numbers and tuples bound once in the module (see
`purity.Trusted.stable`), becomes

    @functools.cache
    def _element_masses_kept() -> dict[str, float]:
        return element_masses()

    def molar_mass(formula: str) -> float:
        masses = _element_masses_kept()
        ...

The call's arguments must be constants too (literals, or such module names).  An answer nothing can
change (`-> str`, `-> tuple[int, ...]`) may be used in any way; a container (`-> dict[str, float]`) only
where the function reads it (`masses[symbol]`, `symbol in masses`, `masses.get(…)`, a loop over it),
so the kept table is the same on every call as a new one.  An answer that raises is not kept
(`functools.cache` keeps returns only), so it raises again on the next call.  The wrapper is new, next
to the function: other callers of the helper still get a table of their own.

local-table-made-once does the same for a table the function builds itself:

    def transliterate(ch: str) -> int:
        table = {}
        for value, letters in enumerate(LETTER_GROUPS, start=1):
            for letter in letters:
                table[letter] = value
        ...

The run of statements that binds the new container and fills it moves into a `functools.cache`
helper of no arguments beside the function (`table = _transliterate_table()`).  The run may read only
constants bound once in the module and builtins, call only pure ones, write only into the table, and
what else it binds (`value`, `letter`) must be unused in the rest of the function, which must only
read the table.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import libcst as cst

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a helper that builds the same table from constants was called on every call; its answer is now "
    "built on the first call and kept (the function only reads it)"
)


def keep_tables(function: cst.FunctionDef) -> cst.FunctionDef | None:
    kept = _kept_calls(function)
    if not kept:
        return None
    calls: dict[int, cst.CSTNode] = {key: cst.Call(func=cst.Name(name)) for key, (name, _) in kept.items()}
    rewritten = function.visit(facts.ReplaceNodes(calls))
    assert isinstance(rewritten, cst.FunctionDef)
    return rewritten


def wrappers(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level definitions `keep_tables(function)` calls, one per helper and arguments."""
    stable = purity.trusted().stable
    made: dict[str, str] = {}
    for name, call in _kept_calls(function).values():
        helper = call.func
        assert isinstance(helper, cst.Name)
        returns = f" -> {stable[helper.value]}" if stable[helper.value] else ""
        made[name] = f"@functools.cache\ndef {name}(){returns}:\n    return {facts.code(call)}\n"
    return tuple(made.values())


def _kept_calls(function: cst.FunctionDef) -> dict[int, tuple[str, cst.Call]]:
    """The calls to keep, by id: each with the name of the wrapper that keeps its answer."""
    trusted = purity.trusted()
    if not trusted.stable or not isinstance(function.body, cst.IndentedBlock):
        return {}
    shadowed = facts.local_names(function) | facts.all_parameters(function)
    parents = facts.parents(function.body)
    deferred = facts.deferred_nodes(function.body)
    names: dict[str, str] = {}  # the call's code -> its wrapper's name
    kept: dict[int, tuple[str, cst.Call]] = {}
    for node in facts.walk(function.body):
        if not isinstance(node, cst.Call) or id(node) in deferred or not isinstance(node.func, cst.Name):
            continue
        helper = node.func.value
        if helper not in trusted.stable or helper in shadowed:
            continue
        if not all(_constant(arg, trusted.constants, shadowed) for arg in node.args):
            continue
        if helper not in trusted.immutable_results and not (
                helper in trusted.immutable_parts and call_cache.only_read(node, parents, shadowed, function)):
            continue
        code = facts.code(node)
        if code not in names:
            taken = sum(1 for other in names if other.split("(", 1)[0] == helper)
            names[code] = f"_{helper.strip('_')}_kept" + (f"_{taken + 1}" if taken else "")
        kept[id(node)] = names[code], node
    return kept


def _constant(arg: cst.Arg, constants: frozenset[str], shadowed: set[str]) -> bool:
    if arg.keyword is not None or arg.star:
        return False
    value = arg.value
    if isinstance(value, cst.Name):
        return value.value in constants and value.value not in shadowed
    return isinstance(value, (cst.SimpleString, cst.Integer, cst.Float))


# --- a table built inline -----------------------------------------------------------------------

BUILT_EXPLANATION = (
    "the function builds the same lookup table from constants on every call; it is now built on the "
    "first call by a kept helper beside it (the function only reads it)"
)
_LEAVING = (cst.Return, cst.Yield, cst.Await, cst.Global, cst.Nonlocal, cst.FunctionDef, cst.ClassDef)


@dataclass(frozen=True)
class _Build:
    """Statements `start` to `end` of the function's own block, which build `table` from constants."""

    start: int
    end: int
    table: str
    keeper: str
    """the kept helper that builds it now"""


def keep_built_tables(function: cst.FunctionDef) -> cst.FunctionDef | None:
    build = _table_build(function)
    return None if build is None else _rebuilt(function, build)


def built_table_makers(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level definition `keep_built_tables(function)` calls."""
    build = _table_build(function)
    if build is None:
        return ()
    run = cst.ensure_type(function.body, cst.IndentedBlock).body[build.start:build.end]
    statements = cst.Module(
        body=[s for s in run if isinstance(s, cst.SimpleStatementLine | cst.BaseCompoundStatement)]).code
    inner = textwrap.indent(f"{statements.rstrip()}\nreturn {build.table}\n", "    ")
    return (f"@functools.cache\ndef {build.keeper}():\n{inner}",)


def _rebuilt(function: cst.FunctionDef, build: _Build) -> cst.FunctionDef:
    body = cst.ensure_type(function.body, cst.IndentedBlock)
    made = cst.parse_statement(f"{build.table} = {build.keeper}()\n")
    return function.with_changes(body=body.with_changes(body=[*body.body[:build.start], made, *body.body[build.end:]]))


def _table_build(function: cst.FunctionDef) -> _Build | None:
    """The first run of the function's own statements that binds a new container and fills it,
    reading nothing but constants and builtins, where the function then only reads the table (and
    nothing else the run bound)."""
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    statements = list(function.body.body)
    constants = purity.trusted().constants
    local = facts.local_names(function) | facts.all_parameters(function)
    for start, statement in enumerate(statements):
        binding = facts.single_binding(statement)
        alone = cst.IndentedBlock(body=[statement])
        if binding is None or binding[0].value not in purity.fresh_containers(alone, set()):
            continue
        table = binding[0].value
        for end in range(len(statements), start, -1):  # the longest run that qualifies
            run = cst.IndentedBlock(body=statements[start:end])
            if not purity.is_costly(run) or any(isinstance(node, _LEAVING) for node in facts.walk(run)):
                continue
            bound = facts.bound_in(run)
            if any(not isinstance(t, cst.Name) and purity.root_name(t) != table for _, t in facts.written(run)):
                continue  # writes into something but the table
            if not all(purity.is_pure_call(call, bound, frozenset({table}))
                       for call in facts.walk(run) if isinstance(call, cst.Call)):
                continue
            rest = cst.IndentedBlock(body=[*statements[:start], *statements[end:]])
            reads = purity.reads(run)
            if reads & (facts.all_parameters(function) | facts.bound_in(rest)) or any(
                    name in local or not (name in constants or name in purity.PURE_BUILTINS) for name in reads - bound):
                continue  # reads a parameter or another local (`files = list(files)`), or a changing module value
            if (bound - {table}) & facts.names_in(rest):
                continue  # a variable of the build used elsewhere
            build = _Build(start, end, table, f"_{function.name.value.strip('_')}_{table.strip('_')}")
            if _only_read(_rebuilt(function, build), build):
                return build
    return None


def _only_read(function: cst.FunctionDef, build: _Build) -> bool:
    """Whether the function only reads the kept table, so that sharing it between calls is safe."""
    body = cst.ensure_type(function.body, cst.IndentedBlock)
    made = cst.ensure_type(body.body[build.start], cst.SimpleStatementLine)
    call = cst.ensure_type(cst.ensure_type(made.body[0], cst.Assign).value, cst.Call)
    return call_cache.only_read(call, facts.parents(body), facts.local_names(function), function)
