"""Recipe: a helper that scans back from a position for the latest item passing a test, called again
and again with positions that grow → a copy that scans back only to the position asked last (with
the same other arguments) and takes that call's answer from there.

    def modal_g(blocks, index, group):
        for j in range(index, -1, -1):
            for code in reversed(blocks[j].g):
                if code in group:
                    return code
        return None

    def cycle_time(program):
        blocks = parse_program(program)
        for index, block in enumerate(blocks):
            scale = 25.4 if modal_g(blocks, index, UNITS) == 20.0 else 1.0

becomes

    def _modal_g_down_to(blocks, index, group, stop, missing):
        for j in range(index, stop, -1):
            <the same body>
        return missing

    def _modal_g_resumed(kept, blocks, index, group):
        if type(index) is not int:
            return modal_g(blocks, index, group)
        last = kept.get((group,))
        stop = -1 if last is None or last[0] > index else max(last[0], -1)
        answer = _modal_g_down_to(blocks, index, group, stop, kept)
        if answer is kept:  # nothing from `index` down to `stop`: the answer at `stop`
            answer = None if stop == -1 else last[1]
        kept[(group,)] = (index, answer)
        return answer

    def cycle_time(program):
        modal_g_kept = {}
        blocks = parse_program(program)
        for index, block in enumerate(blocks):
            scale = 25.4 if _modal_g_resumed(modal_g_kept, blocks, index, UNITS) == 20.0 else 1.0

so a program's modal state (units, feed, tool: the last G or word programmed up to each block) is no
longer looked for again from each block back to the first (holdout21/gcode_cycletime, studied after
its blind run).

WHY THE SAME ANSWER.  The helper answers with the first position, going down from `index` to 0, whose
test holds (the body's `return`), or with its last `return` where none does.  Going down from `index`
to a lower position `k` asked before, the first hit above `k` is that answer; with none there, the
answer is the one at `k`, which is the one kept.  So the copy's answer equals the helper's when (1) the
body answers alike for a position whatever `index` is (it never reads `index`, and does not `break`
the scan), (2) it reads nothing but its parameters and the module's constants (the helper is pure),
(3) the sequence and the other arguments are the same as at the kept call: each other argument is a
literal, a module constant or a name never rebound in the function (the same one at every call), and
nothing the function does while answers are kept changes anything (`call_cache.changes_nothing_read`:
every call there is pure, every write is into a container of its own).  Answers are kept by the values
of the literal and constant arguments.  A position that is not an exact int (or a negative one) is
scanned as before; a lower position than the last is scanned in full.  The last `return` may read
parameters but not `index`.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a helper scanned back from each position to the first for the latest item passing its test; a copy "
    "now scans back only to the position asked last and takes that answer from there"
)


@dataclass(frozen=True)
class _Scan:
    """A helper scanning back from its parameter `index` (at `at`) to 0, its answer where nothing passes."""

    helper: cst.FunctionDef
    loop: cst.For
    at: int
    otherwise: cst.BaseExpression


@dataclass(frozen=True)
class _Plan:
    name: str
    scan: _Scan
    keyed: tuple[int, ...]
    """the positions of the arguments that are literals or module constants: the key of an answer"""
    calls: tuple[cst.Call, ...]
    kept: str
    resumed: str
    down: str


def resume_backward_scans(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plans = _plans(function)
    if not plans:
        return None
    return call_cache.calls_handed_kept(function, [
        (plan.calls, plan.kept, plan.resumed, f"(index, answer) of the last `{plan.name}` call, by its other arguments")
        for plan in plans])


def resumed_copies(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level copies `resume_backward_scans(function)` calls: for each helper, one scanning down
    to a position, and one answering from the kept answer."""
    copies: list[str] = []
    for plan in _plans(function):
        scan = plan.scan
        params = [p.name.value for p in scan.helper.params.params]
        taken = facts.names_in(scan.helper)
        stop, missing = facts.unused_name(taken, "stop"), facts.unused_name(taken, "missing")
        last, answer = facts.unused_name(taken, "last"), facts.unused_name(taken, "answer")
        kept = facts.unused_name(taken, "kept")
        index = params[scan.at]
        loop = scan.loop.with_changes(iter=cst.parse_expression(f"range({index}, {stop}, -1)"))
        down = scan.helper.with_changes(
            name=cst.Name(plan.down), leading_lines=[], decorators=[],
            params=scan.helper.params.with_changes(params=[*scan.helper.params.params,
                                                            cst.Param(cst.Name(stop)), cst.Param(cst.Name(missing))]),
            body=cst.IndentedBlock(body=[
                cst.parse_statement(f'"""`{scan.helper.name.value}` from `{index}` down to `{stop}` (not '
                                    f'included); `{missing}` where nothing there answers."""\n'),
                loop.with_changes(leading_lines=[]), cst.parse_statement(f"return {missing}\n")]),
            returns=None)
        key = "(" + ", ".join(params[at] for at in plan.keyed) + ("," if len(plan.keyed) == 1 else "") + ")"
        arguments = ", ".join(params)
        copies.append(facts.code(down))
        copies.append(
            f"def {plan.resumed}({kept}, {arguments}):\n"
            f'    """`{plan.name}({arguments})`, scanning back only to the position asked last with the same '
            f"other\n    arguments and taking its answer, kept in `{kept}` (by the caller: one call of it).\"\"\"\n"
            f"    if type({index}) is not int:\n"
            f"        return {plan.name}({arguments})\n"
            f"    {last} = {kept}.get({key})\n"
            f"    {stop} = -1 if {last} is None or {last}[0] > {index} else max({last}[0], -1)\n"
            f"    {answer} = {plan.down}({arguments}, {stop}, {kept})\n"
            f"    if {answer} is {kept}:  # nothing from `{index}` down to `{stop}`: the answer at `{stop}`\n"
            f"        {answer} = {facts.code(scan.otherwise)} if {stop} == -1 else {last}[1]\n"
            f"    {kept}[{key}] = ({index}, {answer})\n"
            f"    return {answer}\n")
    return tuple(copies)


def _scan(helper: cst.FunctionDef) -> _Scan | None:
    """`for j in range(index, -1, -1): <body>` then `return <otherwise>`, where the body never reads
    `index` nor breaks the scan, and `otherwise` does not read `index`."""
    params = helper.params
    if params.posonly_params or params.kwonly_params or isinstance(params.star_arg, (cst.Param, cst.ParamStar)) \
            or params.star_kwarg is not None or any(p.default is not None for p in params.params) \
            or helper.asynchronous is not None or not isinstance(helper.body, cst.IndentedBlock):
        return None
    statements = facts.after_docstring(helper)
    if len(statements) != 2 or not isinstance(loop := statements[0], cst.For) or loop.orelse is not None \
            or loop.asynchronous is not None or not isinstance(loop.target, cst.Name):
        return None
    ending = statements[1]
    if not (isinstance(ending, cst.SimpleStatementLine) and len(ending.body) == 1
            and isinstance(ending.body[0], cst.Return) and ending.body[0].value is not None):
        return None
    backwards = m.Call(func=m.Name("range"), args=[
        m.Arg(value=m.Name(), keyword=None, star=""),
        m.Arg(value=m.UnaryOperation(operator=m.Minus(), expression=m.Integer("1")), keyword=None, star=""),
        m.Arg(value=m.UnaryOperation(operator=m.Minus(), expression=m.Integer("1")), keyword=None, star="")])
    if not m.matches(loop.iter, backwards):
        return None
    assert isinstance(loop.iter, cst.Call) and isinstance(loop.iter.args[0].value, cst.Name)
    index = loop.iter.args[0].value.value
    names = [p.name.value for p in params.params]
    if index not in names or "range" in names or index == loop.target.value:
        return None
    if index in facts.bound_anywhere(helper.body) or loop.target.value in facts.bound_anywhere(loop.body) \
            or "range" in facts.local_names(helper):
        return None  # `index` rebound, or the position moved by the body
    if index in purity.reads(loop.body) or index in purity.reads(ending.body[0]):
        return None
    if m.findall(loop.body, m.FunctionDef() | m.ClassDef() | m.Lambda() | m.Yield() | m.Await()) \
            or facts.breaks_out(loop.body):
        return None
    return _Scan(helper, loop, names.index(index), ending.body[0].value)


def _plans(function: cst.FunctionDef) -> list[_Plan]:
    trusted = purity.trusted()
    if not trusted.definitions or not isinstance(function.body, cst.IndentedBlock):
        return []
    plans: list[_Plan] = []
    taken = facts.names_in(function) | set(trusted.definitions) | set(trusted.module_constants) | set(trusted.classes)
    for name in call_cache.looped_helpers(function):
        scan = _scan(trusted.definitions[name])
        if scan is None:
            continue
        calls = [c for c in facts.walk(function.body) if isinstance(c, cst.Call) and m.matches(c.func, m.Name(name))]
        keyed = call_cache.keyed_positions(function, calls, len(scan.helper.params.params), scan.at)
        if keyed is None:
            continue
        if not call_cache.changes_nothing_read(function, {name: frozenset()}, kept=calls):
            continue
        bare = name.strip("_")
        kept = facts.unused_name(taken, f"{bare}_kept")
        resumed = facts.unused_name(taken, f"_{bare}_resumed")
        down = facts.unused_name(taken, f"_{bare}_down_to")
        plans.append(_Plan(name, scan, keyed, tuple(calls), kept, resumed, down))
    return plans
