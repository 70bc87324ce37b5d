"""Recipe: a list comprehension in a loop that depends only on texts the loop binds and on values the loop
leaves alone, worked out again for every pass → its answer kept by those texts for the loop's length.

    for i7, i5 in indexes:
        matches = [sample.sample_id for sample in samples
                   if _within(i7, sample.i7, max_mismatches) and _within(i5, sample.i5, max_mismatches)]

compares every read's index pair with all 96 samples, though most reads carry one of the samples' exact
barcodes (holdout29/demux_reads, studied after its blind run).  Now

    matches_kept = {}
    for i7, i5 in indexes:
        if type(i7) is str and type(i5) is str:
            matches_answer = matches_kept.get((i7, i5))
            if matches_answer is None:
                matches_answer = matches_kept[(i7, i5)] = tuple([...the comprehension...])
            matches = list(matches_answer)
        else:
            matches = [...the comprehension...]

WHY THE SAME LIST.  Every call in the comprehension is pure and its answer depends on its arguments alone
(`callees` judges the module's functions: `stable`), and nothing in the loop can change the other values it
reads or their items (`purity.unchanged_while_running`: no unknown call, writes only into containers the
function made, no rebinding), so for the same texts it gives an equal list of the very same objects.  A pure
function of plain strs cannot tell two equal texts apart; any other value (a str subclass, bytes, a number:
1 == 1.0 == True hash alike) takes the comprehension as before.  Each pass gets a new list of its own, so
changing one changes no other.  An answer that raises is not kept, so it raises again at the same passes.

SHAPES.  `name = [...]` (one `for`, any `if`s) as a statement of the loop's own body, reading at least one
and at most three names the loop binds, each handed to a helper at a parameter annotated `str` (a sign the
values are texts: kept answers are asked for nothing else); the loop is a `for` or `while` among the
function's statements.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "a list comprehension in a loop depended only on texts the loop binds and on values it leaves alone, "
    "and was worked out again on every pass; its answer is now kept by those texts, so it is worked out once "
    "per distinct text"
)

_MOST_KEYS = 3
_NAMES = frozenset({"type", "str", "tuple", "list"})


@dataclass(frozen=True)
class _Kept:
    loop: cst.For | cst.While
    statement: cst.SimpleStatementLine
    name: str
    comprehension: cst.ListComp
    keys: tuple[str, ...]


def keep_comprehensions_by_text(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    local = facts.local_names(function)
    if _NAMES & local:
        return None
    kept = _first_kept(function, local)
    if kept is None:
        return None
    taken = facts.names_in(function)
    store = facts.unused_name(taken, f"{kept.name}_kept")
    answer = facts.unused_name(taken, f"{kept.name}_answer")
    made = facts.code(kept.comprehension)
    keys = ", ".join(kept.keys) + ("," if len(kept.keys) == 1 else "")
    guard = " and ".join(f"type({key}) is str" for key in kept.keys)
    cached = cst.parse_statement(
        f"if {guard}:\n"
        f"    {answer} = {store}.get(({keys}))\n"
        f"    if {answer} is None:\n"
        f"        {answer} = {store}[({keys})] = tuple({made})\n"
        f"    {kept.name} = list({answer})\n"
        f"else:\n"
        f"    {kept.name} = {made}\n")
    loop = kept.loop.visit(facts.ReplaceStatements({id(kept.statement): [cached]}))
    assert isinstance(loop, (cst.For, cst.While))
    return facts.replace_statement(function, kept.loop, [cst.parse_statement(f"{store} = {{}}\n"), loop])


def _first_kept(function: cst.FunctionDef, local: set[str]) -> _Kept | None:
    params = facts.all_parameters(function)
    shadowed = local - params
    fresh = purity.fresh_containers(function.body, params)
    trusted = purity.trusted()
    for loop in facts.own_loops(function):
        if not isinstance(loop.body, cst.IndentedBlock) or loop.orelse is not None:
            continue
        bound = facts.bound_anywhere(loop)
        for statement in loop.body.body:
            assigned = facts.single_assign(statement)
            if assigned is None or not isinstance(assigned[1], cst.ListComp):
                continue
            name, comprehension = assigned[0].value, assigned[1]
            if comprehension.for_in.inner_for_in is not None or comprehension.for_in.asynchronous is not None:
                continue
            read = purity.value_reads(comprehension)
            keys = tuple(sorted(read & bound))
            if not keys or len(keys) > _MOST_KEYS or name in read or not _texts(comprehension, keys, trusted):
                continue
            calls = [node for node in facts.walk(comprehension) if isinstance(node, cst.Call)]
            if not all(purity.is_pure_call(call, shadowed) and _stable(call, trusted) for call in calls):
                continue
            if any(isinstance(node, (cst.Lambda, cst.NamedExpr)) for node in facts.walk(comprehension)):
                continue
            assert isinstance(statement, cst.SimpleStatementLine)
            if all(purity.unchanged_while_running(loop, other, function, params, fresh, shadowed)
                   for other in read - bound):
                return _Kept(loop, statement, name, comprehension, keys)
    return None


def _texts(comprehension: cst.ListComp, keys: tuple[str, ...], trusted: purity.Trusted) -> bool:
    """Whether each key is handed to a helper at a parameter annotated `str` (`_within(i7, ...)` for
    `_within(read: str, ...)`): a sign it is a text, without which the kept answers would never be asked."""
    handed: set[str] = set()
    for call in facts.walk(comprehension):
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name):
            continue
        texts = trusted.text_keyed.get(call.func.value, frozenset()) \
            - trusted.counted_positions.get(call.func.value, frozenset())
        handed |= {arg.value.value for at, arg in enumerate(call.args)
                   if at in texts and arg.keyword is None and not arg.star and isinstance(arg.value, cst.Name)}
    return set(keys) <= handed


def _stable(call: cst.Call, trusted: purity.Trusted) -> bool:
    """A builtin or method judged pure, or a function of the module whose answer depends on its arguments alone."""
    func = call.func
    if isinstance(func, cst.Name) and func.value in trusted.pure:
        return func.value in trusted.stable
    return True
