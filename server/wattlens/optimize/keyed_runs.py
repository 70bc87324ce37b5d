"""Recipe: work in a loop's body that reads the loop's item only through a key (one to three of its fields)
→ done once per key, and what it binds kept for the items that share that key.

    for trade in trades:                             kept = {}
        holidays = set()                             for trade in trades:
        lag = default_lag                                market_key = trade.market if type(trade) is Trade else None
        for line in calendar_text.splitlines():  →       if type(market_key) in (str, int) and market_key in kept:
            ...                                              holidays, lag = kept[market_key]
            if market != trade.market:                   else:
                continue                                     holidays = set()
            ...                                              ...
        day = trade.trade_date + ...                         if type(market_key) in (str, int) and ...:
                                                                 kept[market_key] = holidays, lag
                                                         day = trade.trade_date + ...

parses the whole calendar again for every trade, though only the trade's market decides what it finds
(holdout30/settlement_dates, studied after its blind run).  Each market's run is done at the moment its
first trade reached it, as before, so an exception it raises is raised there, and nothing is kept for a
key whose run raised.

WHY THE SAME VALUES.  The run is one `hoist-invariant` would guard (`loop_invariants`: it changes nothing
but what it binds and builds, and what it reads, the rest of the loop leaves alone), except that it also
reads the key: fields of the item (`trade.market`, the item a dataclass or NamedTuple of the project
as the loop's collection is annotated, `trades: Sequence[Trade]`, checked at run time with `type(trade)
is Trade`, each field declared `str` or `int` and read as a plain attribute), text keys of a dict item
(`row["market"]`, read with `row.get` when `type(row) is dict`), or a name the loop unpacks from the
item (`for market, quantity in rows`, not a dict's key, a count or a range: those differ for every item).
The same key, of type `str` or `int` (exactly: a subclass could compare otherwise; for several fields, a
tuple of such), makes the run do the same, and only a value kept under such a key is used; any other item
does the run as before.  Of the runs starting at one statement, the one with the fewest fields in its key,
then the longest, is kept: a key of more fields is shared by fewer items.  The run does work of its own (a
loop, a comprehension, `sorted(rents)`): a helper's call alone is kept by its arguments (`cache-by-text`).

WHY SHARING IS INVISIBLE.  Each item with a key seen before gets the very objects an earlier item got.
What the run binds and the rest of the function reads must be bound on every path through the run
(assigned at its own level), so a kept tuple holds all of it.  A container the run built is shared now:
the rest of the loop may read it but not change it or hand it on (`purity.may_change`, `escapes`), as
for `hoist-invariant`, though it may hand it to `bisect` or `statistics` (`bisect_left(rents, rent)`),
which read it and answer a number (holdout31/rent_benchmarks, studied after its blind run: a group's rents
sorted again for every listing, 3.4x).  A name the rest hands on (`remaining = lag`) is kept only while its
value is a number, text, bool or None, checked when the run ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import callees, histories, loop_invariants, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "work in the loop reads the item only through a key (one or a few of its fields), and so gives the same "
    "result for every item with that key; it is now done for the first item of each key and its results kept"
)

_KEY_TYPES = ("str", "int")
_MOST_FIELDS = 3  # a key of more is unlikely to come again
_WALKING_CALLS = frozenset({"sorted", "max", "min", "sum", "any", "all", "list", "set", "dict", "tuple", "frozenset"})
_WALKING_METHODS = frozenset({"join", "split", "rsplit", "splitlines", "findall", "count", "index", "replace"})
# Functions of `bisect`, `statistics` and `math` that read the collection they are handed and answer a
# number, keeping nothing of it.
_READING_MODULES = frozenset({"bisect", "statistics", "math"})
_NUMBER_FUNCTIONS = frozenset({"bisect_left", "bisect_right", "median", "median_low", "median_high", "mean",
                               "fmean", "geometric_mean", "harmonic_mean", "mode", "pstdev", "stdev", "pvariance",
                               "variance", "quantiles", "fsum", "prod", "dist"})
# What a kept value handed on by the rest of the loop must be: nobody can change one of these.
_IMMUTABLE_TEST = "{name} is None or type({name}) in (int, float, str, bool)"


@dataclass(frozen=True)
class _Key:
    """How the run reads the item: `item` is the loop's name it reads, and `taken` the expression that
    takes the key from it before the run (`trade.market if type(trade) is Trade else None`, or the item
    itself), falling back to None where it cannot do so safely; `label` names the key."""

    item: str
    taken: str
    label: str
    parts: int
    """how many fields or text keys make the key (a tuple of them, for more than one)"""


def cache_runs_by_key(function: cst.FunctionDef) -> cst.FunctionDef | None:
    """The first loop with work that depends on the item only through a key, rewritten."""
    if not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return None
    shadowed = facts.bound_in(function) | facts.parameters(function)
    for loop in facts.own_loops(function):
        if not isinstance(loop, cst.For) or loop.asynchronous is not None \
                or not isinstance(loop.body, cst.IndentedBlock):
            continue
        rewritten = _keyed_loop(function, loop, shadowed)
        if rewritten is not None and facts.compiles(rewritten):
            return rewritten
    return None


def _keyed_loop(function: cst.FunctionDef, loop: cst.For, shadowed: set[str]) -> cst.FunctionDef | None:
    body = list(cst.ensure_type(loop.body, cst.IndentedBlock).body)
    items = facts.plain_target(loop.target)
    loop_bound = facts.bound_in(loop)
    for start in range(len(body)):
        best: tuple[int, _Key, list[str], list[str]] | None = None
        for end in range(start + 1, len(body) + 1):
            run = loop_invariants.check_run(body[start:end], shadowed)
            if run is None:
                break
            found = _judged(function, loop, body, start, end, run, items, loop_bound, shadowed)
            if found is not None and (best is None or found[0].parts <= best[1].parts):
                best = (end, *found)
        if best is not None:
            end, key, kept, handed_on = best
            return facts.replace_statement(function, loop, _rewrite(function, loop, body, start, end, key, kept,
                                                                    handed_on))
    return None


def _judged(function: cst.FunctionDef, loop: cst.For, body: Sequence[cst.BaseStatement], start: int, end: int,
            run: loop_invariants.Run, items: frozenset[str], loop_bound: set[str], shadowed: set[str],
            ) -> tuple[_Key, list[str], list[str]] | None:
    """The key of the run `body[start:end]`, the names it binds that are read after it, and those of
    them the rest of the loop hands on; None when the run does not qualify."""
    statements = list(body[start:end])
    block = cst.IndentedBlock(body=statements)
    varying = run.free & items
    if len(varying) != 1 or not _does_work(block):
        return None
    key = _key_of(function, loop, block, next(iter(varying)))
    if key is None:
        return None
    # The rest of the loop, less calls that only read what they are handed and answer a number.
    rest: list[cst.CSTNode] = []
    for node in [*body[:start], *body[end:]]:
        visited = node.visit(_ReadingCallsDropped())
        assert isinstance(visited, cst.CSTNode)  # (a call replaced, never a statement removed)
        rest.append(visited)
    steady = replace(run, free=run.free - varying)
    if not loop_invariants.invariant_in_loop(steady, statements, body, start, end, loop, loop_bound, shadowed,
                                             shadowed, rest=rest):
        return None
    kept = _read_after(function, block, run)
    if not kept:
        return None
    handed_on = sorted(name for name in kept if any(purity.escapes(node, name) for node in rest))
    if any(purity.may_change(node, name, shadowed, set()) for name in kept for node in rest):
        return None  # what one item did to a value would show in the next item's
    return key, kept, handed_on


def _key_of(function: cst.FunctionDef, loop: cst.For, block: cst.IndentedBlock, item: str) -> _Key | None:
    """How the run reads `item`: always through the same fields (or text keys), or it is not keyed."""
    parents = facts.parents(block)
    reads: set[tuple[str, str]] = set()
    whole = False
    for mention in facts.mentions(block, item, parents):
        parent = parents.get(id(mention))
        if isinstance(parent, cst.Attribute) and parent.value is mention:
            reads.add(("attribute", parent.attr.value))
        elif isinstance(parent, cst.Subscript) and parent.value is mention and len(parent.slice) == 1 \
                and isinstance(index := parent.slice[0].slice, cst.Index) \
                and isinstance(index.value, cst.SimpleString):
            reads.add(("item", index.value.value))
        else:
            whole = True
    if whole:
        # A name unpacked from the item (`for code, amount in rows`), kept by only while it is a text or a
        # number.  The whole item, a dict's key or a count is most often different for every item.
        unique = isinstance(loop.iter, cst.Call) and m.matches(
            loop.iter.func, m.Name("enumerate") | m.Name("range") | m.Attribute(attr=m.Name("items")))
        return _Key(item, item, item, 1) if isinstance(loop.target, cst.Tuple) and not unique else None
    kinds = {kind for kind, _ in reads}
    if len(kinds) != 1 or len(reads) > _MOST_FIELDS:
        return None
    details = sorted(detail for _, detail in reads)
    if kinds == {"item"}:
        labels = [cst.ensure_type(cst.parse_expression(d), cst.SimpleString).evaluated_value for d in details]
        if not all(isinstance(label, str) and label.isidentifier() for label in labels):
            return None
        parts = [f"{item}.get({detail})" for detail in details]
        return _Key(item, f"{_tuple(parts)} if type({item}) is dict else None", "_".join(map(str, labels)), len(parts))
    record = histories.walked_class(function, loop) if m.matches(loop.target, m.Name(item)) else None
    known = purity.trusted().classes.get(record) if record is not None else None
    fields = callees.record_fields(known.definition) if known is not None else {}
    if not set(details) <= fields.keys():
        return None  # an attribute of an unknown object might be computed, or missing
    if any(fields[detail] not in _KEY_TYPES for detail in details):
        return None  # a list of roles or a tuple of names would never be kept
    parts = [f"{item}.{detail}" for detail in details]
    return _Key(item, f"{_tuple(parts)} if type({item}) is {record} else None", "_".join(details), len(parts))


def _tuple(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"({', '.join(parts)})"


def _does_work(block: cst.IndentedBlock) -> bool:
    """Whether the run does work of its own that grows with its input: a loop, a comprehension, or a
    builtin or method that walks a whole collection or text (`sorted(rents)`, `text.split(",")`).  A
    helper's call alone is kept by its arguments (`cache-by-text`, `lasting-cache`)."""
    if m.findall(block, m.For() | m.While() | m.ListComp() | m.SetComp() | m.DictComp() | m.GeneratorExp()):
        return True
    return any(isinstance(call, cst.Call) and call.args and (
        (isinstance(call.func, cst.Name) and call.func.value in _WALKING_CALLS)
        or (isinstance(call.func, cst.Attribute) and call.func.attr.value in _WALKING_METHODS))
        for call in m.findall(block, m.Call()))


def _read_after(function: cst.FunctionDef, block: cst.IndentedBlock, run: loop_invariants.Run) -> list[str] | None:
    """The names the run binds that the function reads anywhere else, in order; None when one of them
    might be left unbound by the run (bound only inside one of its loops or branches)."""
    inside = {id(node) for node in facts.walk(block)}
    parents = facts.parents(function)
    elsewhere = {mention.value for mention in facts.walk(function.body)
                 if isinstance(mention, cst.Name) and mention.value in run.bound and id(mention) not in inside
                 and not facts.not_a_variable(mention, parents)}
    always = set()  # bound by an assignment at the run's own level
    for statement in block.body:
        for small in statement.body if isinstance(statement, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.Assign):
                always |= {name for target in small.targets for name in facts.plain_target(target.target)}
            elif isinstance(small, cst.AnnAssign) and small.value is not None and isinstance(small.target, cst.Name):
                always.add(small.target.value)
    if not elsewhere <= always:
        return None
    return sorted(elsewhere)


def _rewrite(function: cst.FunctionDef, loop: cst.For, body: list[cst.BaseStatement], start: int, end: int,
             key: _Key, kept: list[str], handed_on: list[str]) -> list[cst.BaseStatement]:
    taken = facts.names_in(function)
    store = facts.unused_name(taken, f"{kept[0]}_by_{key.label}")
    if key.taken == key.item:
        key_name = key.item
        taking: list[cst.BaseStatement] = []
    else:
        key_name = facts.unused_name(taken, f"{key.label}_key")
        taking = [cst.parse_statement(f"{key_name} = {key.taken}\n")]
    values = ", ".join(kept)
    if key.parts == 1:
        known = f"type({key_name}) in ({', '.join(_KEY_TYPES)})"
    else:
        known = f"{key_name} is not None and all(type(part) in ({', '.join(_KEY_TYPES)}) for part in {key_name})"
    keepable = " and ".join([known, *(f"({_IMMUTABLE_TEST.format(name=name)})" for name in handed_on)])
    keeping = cst.parse_statement(f"if {keepable}:\n    {store}[{key_name}] = {values}\n")
    keyed = cst.If(
        test=cst.parse_expression(f"({known}) and {key_name} in {store}" if key.parts > 1
                                  else f"{known} and {key_name} in {store}"),
        body=cst.IndentedBlock(body=[cst.parse_statement(f"{values} = {store}[{key_name}]\n")]),
        orelse=cst.Else(body=cst.IndentedBlock(body=[*body[start:end], keeping])),
    )
    new_body = [*body[:start], *taking, keyed, *body[end:]]
    made = cst.parse_statement(
        f"{store} = {{}}  # what the work under `else` binds for each {key.label}: "
        f"the same for every {key.item} with it\n")
    return [made, loop.with_changes(body=cst.ensure_type(loop.body, cst.IndentedBlock).with_changes(body=new_body))]


class _ReadingCallsDropped(cst.CSTTransformer):
    """Each call of a function that only reads what it is handed and answers a number (`bisect_left(rents,
    rent)`, `statistics.median(rents)`) replaced by `0`, so that `purity.escapes` does not count it as
    keeping its arguments."""

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        func = original_node.func
        trusted = purity.trusted()
        if isinstance(func, cst.Name) and func.value in _NUMBER_FUNCTIONS and func.value in trusted.pure \
                and func.value not in trusted.imported:
            return cst.Integer("0")
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) \
                and func.value.value in trusted.module_names | set(trusted.module_aliases) \
                and trusted.module_aliases.get(func.value.value, func.value.value) in _READING_MODULES \
                and func.attr.value in _NUMBER_FUNCTIONS:
            return cst.Integer("0")
        return updated_node
