"""Recipe: a pure helper folding every item of a list (`total += term(x)` over all of it) called again
after each item the function appends → a copy of the helper that keeps its fold and adds only the items
appended since its last call.

    temps = []
    for timestamp, temp in readings:
        temps.append(temp)
        mkt = mean_kinetic_temperature(temps, delta_h)

where

    def mean_kinetic_temperature(temps_c, delta_h=DEFAULT_DELTA_H):
        if not temps_c:
            raise ValueError("no temperature readings")
        ratio = delta_h * 1000 / GAS_CONSTANT
        total = 0.0
        for temp in temps_c:
            total += math.exp(-ratio / (temp + 273.15))
        return ratio / -math.log(total / len(temps_c)) - 273.15

adds up i terms at the i-th reading: quadratic in the readings (holdout16/cold_chain, studied after its
blind run).  The function gets a state `[items folded, fold, the list]` and calls a copy of the helper that
runs the same checks and assignments, then adds the terms of the items past the ones it folded, in the same
order from the same start, so each fold is the same float the helper makes, and then answers as the helper
does.

WHEN.  The helper is pure (of the module, or imported from the project) with positional parameters, and its
body (after a docstring) is: `if ...: raise ...` checks and plain assignments that do not read the list
(the checks may), `acc = <number>`, `for x in <the list parameter>:` whose body is only `acc += term` (or
`acc = acc + term`) where the term reads neither the list nor `acc`, and then statements that read the list
only through `len(...)`.  In the function, the list is a local bound to a new list, only appended to
(`xs.append(v)` statements) and otherwise only read (`len`, a truth test, `in`, `xs[i]`, iterating), and the
helper's other arguments are literals or parameters the function never rebinds.

AT RUN TIME the kept fold is used only for the list it was made with, while the list has not shrunk, and
while the other arguments are exact ints, floats, strs, bools or None (the same objects at every call, since
nothing rebinds them) and every item folded is an exact int, float, str, bool or None (so no item folded
can change afterwards); otherwise the copy answers by calling the helper itself, as before.  A term that
raises leaves the state as it was, so the next call raises at the same item, as the helper would.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import helper_cache, purity

EXPLANATION = (
    "a helper added up a term for every item of a list the function appends to, again after every append; "
    "a copy keeps the sum and adds only the items appended since its last call, the same additions in the same order"
)

_PLAIN = "(int, float, str, bool, type(None))"


@dataclass(frozen=True)
class _Fold:
    """A helper whose body folds one of its parameters."""

    helper: cst.FunctionDef
    position: int  # of the list among its parameters
    prelude: tuple[cst.BaseStatement, ...]
    initial: cst.BaseExpression
    accumulator: str
    item: str
    step: cst.BaseStatement  # `acc += term`
    rest: tuple[cst.BaseStatement, ...]


def carry_folds(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plans = _plans(function)
    if not plans or not isinstance(function.body, cst.IndentedBlock):
        return None
    states = {id(call): state for call, state, _ in plans}
    body = function.body.visit(_Calls(states, {name: copy for _, _, (name, copy) in plans}))
    assert isinstance(body, cst.IndentedBlock)
    start = 1 if facts.docstring(function) is not None else 0
    statements: list[cst.BaseStatement] = []
    for _, state, (name, _) in plans:
        fold = _fold(name)
        assert fold is not None  # `_plans` found it
        made = cst.parse_statement(f"{state} = [0, INITIAL, None]  # items folded, fold, list\n")
        statements.append(cst.ensure_type(made.visit(facts.Placeholder("INITIAL", fold.initial)),
                                          cst.SimpleStatementLine))
    return function.with_changes(body=body.with_changes(body=[*body.body[:start], *statements, *body.body[start:]]))


def folded_copies(function: cst.FunctionDef) -> tuple[str, ...]:
    """The copies of the helpers `carry_folds(function)` calls, after the imports they need."""
    texts: list[str] = []
    copies: list[str] = []
    for name, copy in dict.fromkeys(names for _, _, names in _plans(function)):
        fold = _fold(name)
        if fold is None:
            continue
        texts.extend(helper_cache.copy_imports(name, fold.helper) or ())
        copies.append(_copy(name, copy, fold))
    return (*dict.fromkeys(texts), *copies)


# --- the function's side ---------------------------------------------------------------------------


def _plans(function: cst.FunctionDef) -> list[tuple[cst.Call, str, tuple[str, str]]]:
    """Each call of a folding helper on a list the function only appends to: the call, its state's name,
    and (the helper, its copy's name)."""
    trusted = purity.trusted()
    if not isinstance(function.body, cst.IndentedBlock) or not (trusted.definitions or trusted.imported):
        return []
    body = list(function.body.body)
    local = facts.local_names(function)
    params = facts.parameters(function)
    taken = facts.names_in(function)
    found: list[tuple[cst.Call, str, tuple[str, str]]] = []
    copies: dict[str, str] = {}
    deferred = facts.deferred_nodes(function.body)
    for call in facts.walk(function.body):
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) or id(call) in deferred:
            continue
        name = call.func.value
        if name in local or (fold := _fold(name)) is None or helper_cache.copy_imports(name, fold.helper) is None:
            continue
        if len(call.args) != len(fold.helper.params.params) or any(a.keyword or a.star for a in call.args):
            continue
        listed = call.args[fold.position].value
        others = [a.value for i, a in enumerate(call.args) if i != fold.position]
        if not isinstance(listed, cst.Name) or not all(
                isinstance(o, (cst.Integer, cst.Float, cst.SimpleString))
                or (isinstance(o, cst.Name) and o.value in params and o.value not in facts.bound_in(function.body))
                for o in others):
            continue
        if not _only_appended(function, body, listed.value, local):
            continue
        state = facts.unused_name(taken, f"{name.strip('_')}_state")
        if name not in copies:  # one copy of a helper, each call with a state of its own
            copies[name] = facts.unused_name(taken | set(trusted.definitions), f"_{name.strip('_')}_onwards")
        found.append((call, state, (name, copies[name])))
    return found


def _only_appended(function: cst.FunctionDef, body: list[cst.BaseStatement], name: str, local: set[str]) -> bool:
    """Whether the local list `name` is bound once to a new list and then only appended to and read."""
    if facts.declared_outer(function, name) or facts.captured(body, name) or facts.calls_frame_readers(function):
        return False
    bindings = [i for i, statement in enumerate(body) if name in facts.bound_in(statement)]
    if name in facts.all_parameters(function) or len(bindings) != 1 \
            or facts.fresh_list_binding(body, bindings[0] + 1, name, local) != bindings[0]:
        return False
    binding = cst.ensure_type(body[bindings[0]], cst.SimpleStatementLine)
    parents = facts.parents(function.body)
    for mention in facts.mentions(function.body, name, parents):
        parent = parents.get(id(mention))
        if facts.in_a_target(mention, parents) and any(a is binding for a in facts.ancestors(mention, parents)):
            continue  # its binding
        if isinstance(parent, cst.Attribute) and parent.value is mention and parent.attr.value == "append":
            call, line = parents.get(id(parent)), None
            expr = parents.get(id(call)) if call is not None else None
            line = parents.get(id(expr)) if expr is not None else None
            if isinstance(call, cst.Call) and isinstance(expr, cst.Expr) and isinstance(line, cst.SimpleStatementLine):
                continue
            return False
        if isinstance(parent, cst.Arg) and isinstance(call := parents.get(id(parent)), cst.Call) \
                and isinstance(call.func, cst.Name) and _fold(call.func.value) is not None:
            continue  # handed to a folding helper, which only reads it
        if not facts.read_only(mention, parents, local):
            return False
    return True


class _Calls(cst.CSTTransformer):
    def __init__(self, states: dict[int, str], copies: dict[str, str]) -> None:
        self.states, self.copies = states, copies

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        state = self.states.get(id(original_node))
        if state is None:
            return updated_node
        name = cst.ensure_type(original_node.func, cst.Name).value
        args = [*updated_node.args[:-1], updated_node.args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)]
        return updated_node.with_changes(func=cst.Name(self.copies[name]), args=[*args, cst.Arg(cst.Name(state))])


# --- the helper's side -----------------------------------------------------------------------------


def _fold(name: str) -> _Fold | None:
    helper = purity.trusted().definition_of(name)
    if helper is None or not isinstance(helper.body, cst.IndentedBlock):
        return None
    params = helper.params
    if not facts.plain_parameters(helper):
        return None
    statements = list(helper.body.body[1:] if facts.docstring(helper) is not None else helper.body.body)
    loops = [i for i, s in enumerate(statements) if isinstance(s, cst.For)]
    if len(loops) != 1 or loops[0] < 1:
        return None
    at = loops[0]
    loop = cst.ensure_type(statements[at], cst.For)
    names = [p.name.value for p in params.params]
    if not (isinstance(loop.iter, cst.Name) and loop.iter.value in names and isinstance(loop.target, cst.Name)
            and loop.orelse is None and isinstance(loop.body, cst.IndentedBlock) and len(loop.body.body) == 1):
        return None
    listed, item = loop.iter.value, loop.target.value
    start = facts.single_binding(statements[at - 1])
    if start is None or not isinstance(start[1], (cst.Integer, cst.Float)):
        return None
    accumulator = start[0].value
    step = loop.body.body[0]
    term = _term(step, accumulator)
    if term is None or {listed, accumulator} & facts.names_in(term):
        return None
    prelude = statements[:at - 1]
    for statement in prelude:
        if m.matches(statement, m.If(body=m.IndentedBlock(body=[m.SimpleStatementLine(body=[m.Raise()])]),
                                     orelse=None)):
            continue  # a check, which may read the list
        binding = facts.single_binding(statement)
        if binding is None or listed in facts.names_in(statement) or accumulator in facts.names_in(statement):
            return None
    rest = statements[at + 1:]
    if any(m.findall(s, m.For() | m.While() | m.Yield()) for s in rest):
        return None
    parents = facts.parents(cst.IndentedBlock(body=rest))
    for statement in rest:
        for mention in facts.mentions(statement, listed, parents):
            call = parents.get(id(parents.get(id(mention))))
            if call is None or not m.matches(call, m.Call(func=m.Name("len"), args=[m.Arg(value=m.Name(listed))])):
                return None
    if accumulator in facts.bound_in(cst.IndentedBlock(body=rest)) or item in facts.names_in(
            cst.IndentedBlock(body=rest)):
        return None
    return _Fold(helper, names.index(listed), tuple(prelude), start[1], accumulator, item, step, tuple(rest))


def _term(step: cst.BaseStatement, accumulator: str) -> cst.BaseExpression | None:
    """`term` of `acc += term` or `acc = acc + term`."""
    if not isinstance(step, cst.SimpleStatementLine) or len(step.body) != 1:
        return None
    small = step.body[0]
    if isinstance(small, cst.AugAssign) and m.matches(small.target, m.Name(accumulator)) \
            and isinstance(small.operator, cst.AddAssign):
        return small.value
    if isinstance(small, cst.Assign) and len(small.targets) == 1 and m.matches(small.targets[0].target,
                                                                              m.Name(accumulator)) \
            and m.matches(small.value, m.BinaryOperation(left=m.Name(accumulator), operator=m.Add())):
        return cst.ensure_type(small.value, cst.BinaryOperation).right
    return None


def _copy(name: str, copy: str, fold: _Fold) -> str:
    helper = fold.helper
    params = [p.name.value for p in helper.params.params]
    listed, acc, item = params[fold.position], fold.accumulator, fold.item
    others = [p for i, p in enumerate(params) if i != fold.position]
    state = facts.unused_name(facts.names_in(helper), "state")
    new = facts.unused_name(facts.names_in(helper) | {state}, "folded")
    plain = " and ".join(f"type({p}) in {_PLAIN}" for p in others) or "True"
    prelude = "".join(facts.code(s) for s in fold.prelude)
    step = facts.code(fold.step)
    rest = "".join(facts.code(s) for s in fold.rest)
    signature = ", ".join([*params, state])
    text = (
        f"def {copy}({signature}):\n"
        f'    """`{name}`, adding to the fold kept in `{state}` (items folded, fold, list) only the items of\n'
        f'    `{listed}` appended since its last call; `{name}` itself where that fold cannot be used."""\n'
        + _indented(prelude)
        + f"    if {state}[2] is None and {plain}:\n"
        f"        {state}[2] = {listed}\n"
        f"    if {state}[2] is not {listed} or len({listed}) < {state}[0]:\n"
        f"        return {name}({', '.join(params)})\n"
        f"    {acc} = {state}[1]\n"
        f"    for {new} in range({state}[0], len({listed})):\n"
        f"        {item} = {listed}[{new}]\n"
        f"        if type({item}) not in {_PLAIN}:\n"
        f"            {state}[2] = False  # an item that could change: the helper from now on\n"
        f"            return {name}({', '.join(params)})\n"
        + _indented(step, 2)
        + f"    {state}[0], {state}[1] = len({listed}), {acc}\n"
        + _indented(rest)
    )
    return text


def _indented(text: str, levels: int = 1) -> str:
    pad = "    " * levels
    return "".join(pad + line if line.strip() else line for line in text.splitlines(keepends=True))
