"""Small pure helpers called in the function's loops, written out where they are called, so that the
recipes that read a loop's own statements see the slow part (`recipes` offers the result only where
one of them then applies).

    for match in PLACEHOLDER.finditer(text):
        line, column = line_and_column(text, match.start())

where `line_and_column(text, offset)` slices `text[:offset]` and counts its newlines, becomes

    for match in PLACEHOLDER.finditer(text):
        offset = match.start()
        before = text[:offset]
        line_ = before.count("\\n") + 1
        column_ = offset - (before.rfind("\\n") + 1) + 1
        line, column = line_, column_

and the prefix counted again on every pass is then counted on from the last offset (holdout15/
merge_fields, a helper in another module of the package: studied after its blind run).

A helper qualifies when `purity` trusts it (of the module, or imported from the project), it takes
positional parameters only, and its body (after a docstring) is assignments to plain names followed
by one `return` of a value: nothing that could leave early, loop or keep state.  It reads nothing but
its parameters, its own names and builtins (a helper of the module may also read the module's names
the function does not bind itself).  The call must be the whole value of an assignment statement in
one of the function's loops, with positional arguments: each argument is worked out once, in order,
before the body, as the call did (a plain name the helper never rebinds is used as it is), and the
helper's names get names of their own.

A search helper is written out too: plain assignments, then `for item in items: ...` (no `else:`)
answering with `return answer` from its body (`if test: return item`, or `if key != wanted: continue`
and statements before it: holdout18/train_delays, studied after its blind run: 6.7x), then a last
`return value` or `raise error`.  Written out, each `return` in the loop sets the answer and breaks, and
the loop's `else:` answers (or raises) as the last statement did;
the nested-loop join then looks the item up in an index (holdout2/category_paths, a parent found by id
for every step up the tree: 11.6x with its strict tests passing).  Such a helper may hand back an item it
was handed (a reader, not pure): written out, it does the same.

A method of an object the function is handed (`history: History`, never rebound) whose body is one
`return` reading only `self` and its parameters is written out in place where a loop calls it with plain
names, as `(sha in history.ancestors(tagged) if type(history) is History else history.is_ancestor(sha,
tagged))`: an object of another class (a subclass overriding it) is asked as before.  The costly call
it hid is then kept by `cache-by-text` (holdout20/release_contains: every tag's ancestry walked again
for every commit asked about, studied after its blind run).  Where the method changes nothing (judged
from its class, its sibling methods included: `callees`), the call left in the `else` does not keep
the cache from being trusted.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from typing import cast

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

_BUILTINS = frozenset(dir(builtins))


def inline_small_helpers(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    handed = _handed_methods_written_out(function)
    return _helpers_written_out(handed or function) or handed


def _handed_methods_written_out(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """Calls in the loops of a method of one `return` of an object the function is handed (`purity.
    HandedMethod`) → `(what it returns if type(obj) is Class else obj.method(...))`, its parameters
    read from the call's arguments, each a plain name (read again, never worked out again)."""
    methods = purity.trusted().handed_methods
    if not methods:
        return None
    local = facts.local_names(function)
    deferred = facts.deferred_nodes(function.body)
    replaced: dict[int, cst.CSTNode] = {}
    for loop in facts.own_loops(function):
        for call in facts.walk(loop):
            if not isinstance(call, cst.Call) or id(call) in deferred or id(call) in replaced \
                    or (method := methods.get(facts.code(call.func))) is None:
                continue
            if len(call.args) != len(method.parameters) - 1 or local & {"type", method.cls} \
                    or not all(isinstance(a.value, cst.Name) and a.keyword is None and not a.star for a in call.args):
                continue
            assert isinstance(call.func, cst.Attribute)
            handed = [facts.code(call.func.value), *(facts.code(a.value) for a in call.args)]
            names = dict(zip(method.parameters, handed, strict=True))
            value = facts.renamed_code(method.value, names)
            replaced[id(call)] = cst.parse_expression(
                f"({value} if type({handed[0]}) is {method.cls} else {facts.code(call)})")
    if not replaced:
        return None
    rewritten = function.visit(facts.ReplaceNodes(replaced))
    assert isinstance(rewritten, cst.FunctionDef)
    return rewritten


def _helpers_written_out(function: cst.FunctionDef) -> cst.FunctionDef | None:
    taken = facts.names_in(function)
    local = facts.local_names(function)
    looped = {id(statement) for loop in facts.own_loops(function) for statement in facts.walk(loop.body)
              if isinstance(statement, cst.SimpleStatementLine)}
    deferred = facts.deferred_nodes(function.body)
    new: dict[int, Sequence[cst.BaseStatement]] = {}
    for statement in facts.walk(function.body):
        if not isinstance(statement, cst.SimpleStatementLine) or id(statement) not in looped \
                or id(statement) in deferred or len(statement.body) != 1:
            continue
        assign = statement.body[0]
        if not (isinstance(assign, cst.Assign) and len(assign.targets) == 1 and isinstance(assign.value, cst.Call)):
            continue
        written = _written_out(assign.value, local, taken)
        if written is not None:
            body, value = written
            new[id(statement)] = [*body, statement.with_changes(body=[assign.with_changes(value=value)])]
    return facts.replace_statements(function, new) if new else None


def _written_out(call: cst.Call, local: set[str], taken: set[str]
                 ) -> tuple[list[cst.BaseStatement], cst.BaseExpression] | None:
    """The statements that do what `call` does, and the value it returns; None where it does not qualify."""
    if not isinstance(call.func, cst.Name) or call.func.value in local \
            or any(arg.keyword is not None or arg.star for arg in call.args) \
            or any(isinstance(node, cst.NamedExpr) for node in facts.walk(call)):
        return None  # (an argument binding a name could change what a name argument reads)
    helper = _small_helper(call.func.value, local)
    if helper is None or len(call.args) != len(helper.params.params):
        return None
    statements = facts.after_docstring(helper)
    assigned = {name for statement in statements for name in facts.bound_in(statement)}
    names: dict[str, str] = {}
    bindings: list[cst.BaseStatement] = []
    for param, arg in zip(helper.params.params, call.args, strict=True):
        name = param.name.value
        if isinstance(arg.value, cst.Name) and name not in assigned and arg.value.value not in _BUILTINS:
            names[name] = arg.value.value
            continue
        names[name] = facts.unused_name(taken, name)
        bindings.append(cst.parse_statement(f"{names[name]} = {facts.code(arg.value)}\n"))
    for name in sorted(assigned - set(names)):
        names[name] = facts.unused_name(taken, name)
    # (names swapped, nothing removed)
    body = [cast(cst.BaseStatement, statement.visit(facts.Rename(names))) for statement in statements[:-1]]
    last = cst.ensure_type(statements[-1], cst.SimpleStatementLine).body[0]
    search = body[-1] if body and isinstance(body[-1], cst.For) else None
    if search is None:
        returned = cst.ensure_type(last, cst.Return).value
        assert returned is not None
        value = returned.visit(facts.Rename(names))
        assert isinstance(value, cst.BaseExpression)
        return [*bindings, *body], value
    # A search: the first item passing the test is answered from inside the loop, which then stops; a loop
    # that ends without one answers (or raises) as the helper's last statement did.
    found = facts.unused_name(taken, f"{call.func.value.strip('_')}_answer")
    body_of_loop = search.body.visit(_Answered(found))
    assert isinstance(body_of_loop, cst.IndentedBlock)
    ending = last.visit(facts.Rename(names))
    assert isinstance(ending, (cst.Return, cst.Raise))
    otherwise = cst.SimpleStatementLine(body=[ending]) if isinstance(ending, cst.Raise) \
        else cst.parse_statement(f"{found} = {facts.code(cast(cst.BaseExpression, ending.value))}\n")
    loop = search.with_changes(body=body_of_loop, orelse=cst.Else(body=cst.IndentedBlock(body=[otherwise])))
    return [*bindings, *body[:-1], loop], cst.Name(found)


class _Answered(cst.CSTTransformer):
    """`return value` in a search's loop → `found = value` and `break` (`_search` checked that every
    `return` is a statement of its own, outside any inner loop)."""

    def __init__(self, found: str) -> None:
        self.found = found

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        if not (len(updated_node.body) == 1 and isinstance(answer := updated_node.body[0], cst.Return)
                and answer.value is not None):
            return updated_node
        return cst.FlattenSentinel(list(cst.parse_module(f"{self.found} = {facts.code(answer.value)}\nbreak\n").body))


def _small_helper(name: str, local: set[str]) -> cst.FunctionDef | None:
    """The trusted helper `name` when its body is plain assignments, perhaps a search, and one final
    `return` of a value (or, after a search, `raise`), reading nothing the function could mean otherwise."""
    trusted = purity.trusted()
    helper = trusted.definition_of(name) or trusted.reader_definitions.get(name)
    if helper is None or helper.asynchronous is not None or helper.decorators:
        return None
    params = helper.params
    if isinstance(params.star_arg, (cst.Param, cst.ParamStar)) or params.kwonly_params \
            or params.star_kwarg is not None or params.posonly_params \
            or any(p.default is not None for p in params.params):
        return None
    statements = facts.after_docstring(helper)
    searching = len(statements) >= 2 and _search(statements[-2])
    if not statements or not all(_plain_assignment(s) for s in statements[:len(statements) - 1 - searching]):
        return None
    last = statements[-1]
    if not (isinstance(last, cst.SimpleStatementLine) and len(last.body) == 1
            and ((isinstance(last.body[0], cst.Return) and last.body[0].value is not None)
                 or (searching and isinstance(last.body[0], cst.Raise) and last.body[0].cause is None
                     and last.body[0].exc is not None))):
        return None
    free = purity.reads(helper.body) - facts.local_names(helper)
    if name in purity.trusted().imported and not free <= _BUILTINS:
        return None  # (a name of the helper's own module means something else here)
    if free & local:
        return None  # a module name the function binds for itself
    return helper


def _search(statement: cst.BaseStatement) -> bool:
    """`for item in items: ...` (no `else:`) answering with `return value` from its body, plain parts only
    (`if test: return item`; `if key != wanted: continue`, then `found = ...`, `if ...: return found`): a
    search for the first item that does.  Every `return` is a statement of its own outside any inner loop,
    and no `break` leaves the loop itself (written out, it would skip the answer after the loop)."""
    if not (isinstance(statement, cst.For) and statement.asynchronous is None and statement.orelse is None
            and facts.plain_target(statement.target) and _plain_value(statement.iter)
            and isinstance(statement.body, cst.IndentedBlock)):
        return False
    if m.findall(statement.body, m.Yield() | m.Lambda() | m.FunctionDef() | m.ClassDef() | m.Global()
                 | m.Nonlocal() | m.Try() | m.With() | m.NamedExpr()):
        return False
    if any(isinstance(node, purity.COMPREHENSIONS) for node in facts.walk(statement.body)):
        return False  # (a comprehension's names are its own: kept plain)
    returns = 0
    for node, inner in _loop_level(statement.body):
        if isinstance(node, cst.Break) and not inner:
            return False
        if isinstance(node, cst.Return):
            if inner or node.value is None:
                return False
            returns += 1
        if isinstance(node, cst.SimpleStatementLine) and len(node.body) > 1 \
                and any(isinstance(part, cst.Return) for part in node.body):
            return False
    return returns > 0


def _loop_level(block: cst.CSTNode, inner: bool = False) -> Iterator[tuple[cst.CSTNode, bool]]:
    """The nodes of a loop's body, each with whether it sits in an inner loop."""
    for child in block.children:
        yield child, inner
        yield from _loop_level(child, inner or isinstance(child, (cst.For, cst.While)))


def _plain_assignment(statement: cst.BaseStatement) -> bool:
    """`name = value` or `a, b = value` (no walrus, lambda or comprehension to bind or defer anything)."""
    if not (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1):
        return False
    assign = statement.body[0]
    if isinstance(assign, cst.AnnAssign):
        return isinstance(assign.target, cst.Name) and assign.value is not None and _plain_value(assign.value)
    return isinstance(assign, cst.Assign) and all(
        bool(facts.plain_target(t.target)) for t in assign.targets) and _plain_value(assign.value)


def _plain_value(value: cst.BaseExpression) -> bool:
    return not any(isinstance(node, (cst.NamedExpr, cst.Lambda, cst.Yield, cst.Await, *purity.COMPREHENSIONS))
                   for node in facts.walk(value))


def _after_docstring(helper: cst.FunctionDef) -> list[cst.BaseStatement]:
    if not isinstance(helper.body, cst.IndentedBlock):
        return []
    statements = list(helper.body.body)
    return statements[1:] if facts.docstring(helper) is not None else statements
