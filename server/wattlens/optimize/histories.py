"""Recipe: a history the loop appends to and filters by one of its fields on every pass → the
history filed by that field as it grows.

    history = []
    for tap in taps:
        ...
        spent = sum(charged for other, when, charged in history if other == card and when == day)
        history.append((card, day, charged))

walks the whole history for every tap: quadratic.  Each append now also files the new entry
under its field, and each filter walks only the entries filed under the value it asks for, in
their order, where its whole condition still runs:

    history = []
    history_by_other = {}
    for tap in taps:
        ...
        spent = sum(charged for other, when, charged in history_by_other.get(card, ())
                    if other == card and when == day)
        history.append((card, day, charged))
        history_by_other.setdefault(history[-1][0], []).append(history[-1])

(holdout13/fare_capping, daily and weekly fare caps per card over one global history of taps:
studied after its blind run.)  The history must be a new empty list bound in the function's own
body, and every later mention of it one of:
- an append statement of a tuple display with as many items as the filters unpack, none starred,
  or of a new record of one class of the module whose fields cannot change (a NamedTuple or frozen
  dataclass of immutable fields: `history.append(Charge(card, day, paid))`): what is filed under
  a field cannot change after it is filed; or of an item of a parameter annotated as a collection of
  such records (`for purchase in purchases:` with `purchases: Iterable[Purchase]`, `purchase` bound
  nowhere else: holdout8/loyalty_tiers, a window's spend summed in a helper written out in the loop);
- a read that keeps nothing and changes nothing: a truth test, `len`, membership, or an entry read by
  position (`history[-1].day`; not of dicts, which could then be changed);
- the collection of a comprehension or generator (one `for`, not async) whose target unpacks
  plain names and whose condition starts with an equality between one of them and a simple value
  that reads none of them (`other == card`), always the same position; or, for records, whose
  target is one name and whose condition starts with an equality between one of the record's
  fields and such a value (`charge.card == card`), always the same field.  A generator must be
  consumed on the spot (by `sum`, `any`, `list`…), so the value it asks for is the one read when
  it was made.
A loop over the history (`for other, when, paid in history:`) counts as a filter too where its body is
one `if` (no `else`) whose test starts with such an equality, so an entry filed elsewhere does nothing
there: it walks the entries filed under the value, and when it ends without `break` its variables get
the history's last entry, as the walk over all of it left them (holdout17/podcast_downloads, studied
after its blind run: every counted download of the last day walked for each request).  Its calls must be
pure and nothing in it may write into anything, rebind what the probe reads or add to the history.
No closure, `global` or `nonlocal` may reach the list.  Once an entry's field cannot be filed (a list
loaded from JSON cannot be hashed), nothing more is filed and the filters walk the whole history as
before; an empty index is not asked (the filter worked its value out only for an entry).  An entry
filed under another value has `other != card` (equal values hash alike, Python's own rule for
dicts), so no entry that passed is lost, and those that pass come in the history's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "the loop filters a growing history by one of its fields on every pass, walking all of it each "
    "time; each entry is now also filed under that field as it is appended, and each filter walks "
    "only the entries filed under the value it asks for, in their order"
)

@dataclass(frozen=True)
class _History:
    binding: cst.BaseStatement
    name: str
    access: str
    """how an entry's field the filters ask for is read: `[0]`, `.card`"""
    field: str
    appends: frozenset[int]
    probes: dict[int, cst.BaseExpression]
    """each filter's `for` (by id) and the value it asks for"""


def index_growing_history(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    parameters = facts.all_parameters(function)
    statements = list(function.body.body)
    for index, statement in enumerate(statements):
        binding = facts.single_binding(statement)
        if binding is None or binding[0].value in parameters:
            continue
        target, value = binding
        if not (isinstance(value, cst.List) and not value.elements):
            continue
        history = _history(function, statement, target, statements[index + 1:])
        if history is not None:
            return _rewrite(function, history)
    return None


def _history(function: cst.FunctionDef, binding: cst.BaseStatement, bound: cst.Name,
             after: list[cst.BaseStatement]) -> _History | None:
    name = bound.value
    block = cst.IndentedBlock(body=after)
    if not facts.held_only_here(block, name) or facts.calls_frame_readers(block):
        return None
    parents = facts.parents(function.body)
    mentions = facts.mentions(function.body, name, parents)
    if len(mentions) != len(facts.mentions(block, name, facts.parents(block))) + 1:
        return None  # mentioned before it is bound here (or bound elsewhere too)
    appends: set[int] = set()
    probes: dict[int, cst.BaseExpression] = {}
    entries: set[tuple[str, object]] = set()  # ("tuple", size), ("record", class name) or ("dict", its keys)
    # What the filters unpack or read: ("tuple", size), ("field", name) or ("key", key).
    asks: set[tuple[str, object]] = set()
    accesses, fields = set(), set()
    read_entries = False  # an entry is read by position (`history[-1].day`)
    shadowed = facts.local_names(function)
    for mention in mentions:
        parent = parents.get(id(mention))
        if mention is bound:
            continue
        statement = _append_statement(mention, parents)
        if statement is not None and (entry := _entry(statement, shadowed, function)) is not None:
            appends.add(id(statement))
            entries.add(entry)
            continue
        if isinstance(parent, cst.Return):
            continue  # handed out as the function ends, when the index is no longer read
        if isinstance(parent, cst.For) and parent.iter is mention:
            asked = _loop_filter(parent, name, shadowed)
        elif isinstance(parent, cst.CompFor) and parent.iter is mention:
            asked = _filter(parent, parents, shadowed)
        elif facts.read_only(mention, parents, shadowed):
            read_entries = read_entries or isinstance(parent, cst.Subscript)
            continue  # `if history and day < history[-1].day`: read, not changed
        else:
            return None
        if asked is None:
            return None
        shape, access, field, probe = asked
        asks.add(shape)
        accesses.add(access)
        fields.add(field)
        probes[id(parent)] = probe
    if not appends or not probes or len(accesses) != 1:
        return None
    if len(entries) > 1 and {kind for kind, _ in entries} == {"dict"}:
        # Displays with different keys: every filter must read a key all of them have.
        entries = {("dict", frozenset.intersection(*(cast(frozenset[str], keys) for _, keys in entries)))}
    if len(entries) != 1:
        return None
    (kind, detail), = entries
    if kind == "dict" and read_entries:
        return None  # a dict read out could have a key changed after it was filed
    if kind == "tuple" and asks != {("tuple", detail)}:
        return None  # every filter unpacks entries of the size appended
    records = purity.trusted().frozen_records
    if kind == "record" and not all(ask[0] == "field" and ask[1] in records[str(detail)] for ask in asks):
        return None  # every filter reads a field of the record appended
    if kind == "dict" and not all(ask[0] == "key" and ask[1] in cast(frozenset[str], detail) for ask in asks):
        return None  # every filter reads a key of every dict appended
    field = fields.pop() if len(fields) == 1 else "key"
    return _History(binding, name, accesses.pop(), field, frozenset(appends), probes)


def _append_statement(mention: cst.Name, parents: dict[int, cst.CSTNode]) -> cst.SimpleStatementLine | None:
    """The statement `name.append((a, b, …))` that `mention` is the receiver of."""
    attribute = parents.get(id(mention))
    call = parents.get(id(attribute))
    expression = parents.get(id(call))
    statement = parents.get(id(expression))
    if not (isinstance(attribute, cst.Attribute) and attribute.attr.value == "append" and isinstance(call, cst.Call)
            and call.func is attribute and isinstance(expression, cst.Expr)
            and isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1):
        return None
    if len(call.args) != 1 or call.args[0].keyword is not None or call.args[0].star:
        return None
    return statement


def _entry(statement: cst.SimpleStatementLine, shadowed: set[str], function: cst.FunctionDef
           ) -> tuple[str, object] | None:
    """What an append statement files: a tuple display (`("tuple", size)`), a new record of the module
    whose fields cannot change or an item of a parameter annotated as a collection of such records
    (`("record", name)`); None for anything else (it could change after it is filed)."""
    expression = statement.body[0]
    assert isinstance(expression, cst.Expr) and isinstance(expression.value, cst.Call)
    entry = expression.value.args[0].value
    if isinstance(entry, cst.Name) and (record := _record_item(function, entry.value)) is not None:
        return "record", record
    if isinstance(entry, cst.Tuple) and entry.elements \
            and not any(isinstance(e, cst.StarredElement) for e in entry.elements):
        return "tuple", len(entry.elements)
    if isinstance(entry, cst.Call) and isinstance(entry.func, cst.Name) and not any(a.star for a in entry.args) \
            and entry.func.value in purity.trusted().frozen_records and entry.func.value not in shadowed:
        return "record", entry.func.value
    if isinstance(entry, cst.Dict) and entry.elements and all(
            isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) for e in entry.elements):
        # A dict can change, but this one is reached only through the history, whose filters
        # read its keys and hand out nothing of it (see `_reads_only_keys`).
        return "dict", frozenset(_key(cst.ensure_type(e, cst.DictElement).key) for e in entry.elements)
    return None


_COLLECTIONS = frozenset({"Iterable", "Iterator", "Sequence", "Collection", "list", "List", "tuple", "Tuple"})


def _record_item(function: cst.FunctionDef, name: str) -> str | None:
    """The record class of `name` where it is bound only as the target of a loop over a parameter
    annotated as a collection of the module's records whose fields cannot change
    (`for purchase in purchases:` with `purchases: Iterable[Purchase]`)."""
    record = annotated_item(function, name)
    return record if record in purity.trusted().frozen_records else None


def annotated_item(function: cst.FunctionDef, name: str) -> str | None:
    """The class that `name` holds as its annotation says, where it is bound only as the target of a
    loop over a parameter annotated as a collection of that class, which the function does not rebind
    (`for purchase in purchases:` with `purchases: Iterable[Purchase]`)."""
    loops = [loop for loop in facts.walk(function.body) if isinstance(loop, cst.For)
             and m.matches(loop.target, m.Name(name))]
    if len(loops) != 1 or sum(name in facts.bound_in(s) for s in facts.walk(function.body)
                              if isinstance(s, cst.SimpleStatementLine)) \
            or not isinstance(loops[0].iter, cst.Name) or loops[0].iter.value not in facts.parameters(function):
        return None
    return walked_class(function, loops[0])


def walked_class(function: cst.FunctionDef, loop: cst.For) -> str | None:
    """The class of the items a loop walks, as the annotation of the parameter it walks says
    (`for purchase in purchases:` with `purchases: Iterable[Purchase]`): only a hint, which a caller
    relies on only as far as it checks it."""
    parameter = next((p for p in (*function.params.params, *function.params.kwonly_params)
                      if m.matches(loop.iter, m.Name(p.name.value))), None)
    if parameter is None:
        return None
    annotation = parameter.annotation.annotation if parameter.annotation is not None else None
    if not (isinstance(annotation, cst.Subscript) and len(annotation.slice) in (1, 2)
            and isinstance(item := annotation.slice[0].slice, cst.Index) and isinstance(item.value, cst.Name)):
        return None
    base = annotation.value.attr if isinstance(annotation.value, cst.Attribute) else annotation.value
    if not (isinstance(base, cst.Name) and base.value in _COLLECTIONS) or (
            len(annotation.slice) == 2 and not m.matches(annotation.slice[1].slice, m.Index(m.Ellipsis()))):
        return None
    record = item.value.value
    return None if record in facts.local_names(function) else record


def _key(node: cst.BaseExpression) -> str:
    value = cst.ensure_type(node, cst.SimpleString).evaluated_value
    return value if isinstance(value, str) else repr(value)  # (bytes keys keep their own spelling)


def _filter(comp_for: cst.CompFor, parents: dict[int, cst.CSTNode], shadowed: set[str]
            ) -> tuple[tuple[str, object], str, str, cst.BaseExpression] | None:
    """(what it unpacks or reads of an entry, how the field is read, the field's name, the value
    asked for) of a qualifying filter."""
    comprehension = parents.get(id(comp_for))
    if not isinstance(comprehension, purity.COMPREHENSIONS) or comprehension.for_in is not comp_for:
        return None
    if comp_for.inner_for_in is not None or comp_for.asynchronous is not None or not comp_for.ifs:
        return None
    if isinstance(comprehension, cst.GeneratorExp) and purity.consumer(comprehension, parents, shadowed) is None:
        return None  # a generator kept for later could ask for a value changed since
    target = comp_for.target
    names = _entry_names(target)
    if names is None:
        return None
    return _asked(target, names, comp_for.ifs[0].test, comprehension)


def _entry_names(target: cst.BaseExpression) -> list[str] | None:
    """The names a filter's target binds an entry (or its items) to, all different; None for any other target."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Tuple) and all(isinstance(e, cst.Element) and isinstance(e.value, cst.Name)
                                             for e in target.elements):
        names = [cst.ensure_type(e.value, cst.Name).value for e in target.elements]
        return names if len(set(names)) == len(names) else None
    return None


def _loop_filter(loop: cst.For, history: str, shadowed: set[str]
                 ) -> tuple[tuple[str, object], str, str, cst.BaseExpression] | None:
    """As `_filter`, for a loop over the history whose body is one `if` (no `else`) whose test starts
    with the equality (`for episode, ip, ua, stamp in counted: if episode == request["episode"] and …`):
    an entry that fails it does nothing.  Nothing in the loop may change what the probe reads (it is
    worked out once, for the lookup) or add to the history; its calls are pure."""
    target = loop.target
    names = _entry_names(target)
    body = loop.body.body if isinstance(loop.body, cst.IndentedBlock) else []
    if names is None or len(body) != 1 or not isinstance(test := body[0], cst.If) \
            or test.orelse is not None or loop.asynchronous is not None:
        return None
    parents = facts.parents(loop)
    if any(purity.root_name(t) is not None for _, t in facts.written(loop.body) if not isinstance(t, cst.Name)) \
            or facts.mentions(loop.body, history, parents) \
            or not all(purity.is_pure_call(c, shadowed) for c in facts.walk(loop) if isinstance(c, cst.Call)):
        return None
    asked = _asked(target, names, test.test, loop)
    if asked is None or purity.reads(asked[3]) & facts.bound_in(loop.body):
        return None
    return asked


def _asked(target: cst.BaseExpression, names: list[str], test: cst.BaseExpression, scope: cst.CSTNode
           ) -> tuple[tuple[str, object], str, str, cst.BaseExpression] | None:
    """What a filter of the entries `names` asks, from the first condition of its `test`."""
    first = facts.conjuncts(test)[0]
    if not (isinstance(first, cst.Comparison) and len(first.comparisons) == 1
            and isinstance(first.comparisons[0].operator, cst.Equal)):
        return None
    left, right = first.left, first.comparisons[0].comparator
    for field, probe in ((left, right), (right, left)):
        if not facts.is_simple(probe) or purity.reads(probe) & set(names):
            continue
        if isinstance(target, cst.Tuple) and isinstance(field, cst.Name) and field.value in names:
            return ("tuple", len(names)), f"[{names.index(field.value)}]", field.value, probe
        if isinstance(target, cst.Name) and isinstance(field, cst.Attribute) \
                and m.matches(field.value, m.Name(target.value)):
            return ("field", field.attr.value), f".{field.attr.value}", field.attr.value, probe
        if isinstance(target, cst.Name) and (key := _constant_key(field, target.value)) is not None \
                and _reads_only_keys(scope, target.value):
            label = key if key.isidentifier() else "key"
            return ("key", key), f"[{facts.code(cst.ensure_type(field, cst.Subscript).slice[0].slice)}]", label, probe
    return None


def _constant_key(node: cst.CSTNode, name: str) -> str | None:
    """`key` where `node` is `name["key"]`."""
    if not (isinstance(node, cst.Subscript) and m.matches(node.value, m.Name(name)) and len(node.slice) == 1):
        return None
    part = node.slice[0].slice
    if not (isinstance(part, cst.Index) and isinstance(part.value, cst.SimpleString)):
        return None
    return _key(part.value)


def _reads_only_keys(comprehension: cst.CSTNode, name: str) -> bool:
    """Whether the comprehension uses its entry `name` only to read its values by constant keys
    (`entry["tax"]`), so no entry escapes it and none is changed by it: filed dicts keep their keys."""
    parents = facts.parents(comprehension)
    for mention in facts.mentions(comprehension, name, parents):
        read = parents.get(id(mention))
        if isinstance(read, (cst.CompFor, cst.For)) and read.target is mention:
            continue
        if read is None or _constant_key(read, name) is None or facts.in_a_target(read, parents):
            return False
    return True


def _rewrite(function: cst.FunctionDef, history: _History) -> cst.FunctionDef:
    index = facts.fresh_name(function, f"{history.name}_by_{history.field}")
    filed = facts.fresh_name(function, f"{index}_filed")
    # A field that cannot be hashed (a list loaded from JSON): nothing more is filed, and the filters
    # walk the whole history as before.
    filing = cst.parse_statement(
        f"if {filed}:\n"
        f"    try:\n"
        f"        {index}.setdefault({history.name}[-1]{history.access}, []).append({history.name}[-1])\n"
        f"    except TypeError:\n"
        f"        {filed} = False\n")
    made = [cst.parse_statement(f"{index} = {{}}\n"),
            cst.parse_statement(f"{filed} = True  # every entry of `{history.name}` is filed in `{index}`\n")]
    rewritten = function.visit(_Filed(history, index, filed, filing, made))
    assert isinstance(rewritten, cst.FunctionDef)
    return rewritten


class _Filed(cst.CSTTransformer):
    def __init__(self, history: _History, index: str, filed: str, filing: cst.BaseStatement,
                 made: Sequence[cst.BaseStatement]) -> None:
        self.history, self.index, self.filed, self.filing, self.made = history, index, filed, filing, made

    def leave_CompFor(self, original_node: cst.CompFor, updated_node: cst.CompFor) -> cst.CompFor:
        probe = self.history.probes.get(id(original_node))
        if probe is None:
            return updated_node
        lookup = f"{self.index}.get({facts.code(probe)}, ())"
        # The filter worked the probe out only for an entry (`tap.card` may raise, a list cannot be looked
        # up): with none, nor may the lookup.  Once an entry could not be filed, the whole history is walked.
        lookup = f"(({lookup} if {self.index} else ()) if {self.filed} else {self.history.name})"
        return updated_node.with_changes(iter=cst.parse_expression(lookup))

    def leave_For(self, original_node: cst.For, updated_node: cst.For) -> cst.For:
        probe = self.history.probes.get(id(original_node))
        if probe is None:
            return updated_node
        name = self.history.name
        lookup = f"(({self.index}.get({facts.code(probe)}, ()) if {self.index} else ()) if {self.filed} else {name})"
        # A loop that ends without `break` leaves its variables holding the history's last entry, as the
        # walk over the whole history did.
        last = cst.parse_statement(f"if {name}:\n    {facts.code(original_node.target)} = {name}[-1]\n")
        orelse = updated_node.orelse
        body = [last, *(orelse.body.body if orelse is not None and isinstance(orelse.body, cst.IndentedBlock) else [])]
        return updated_node.with_changes(iter=cst.parse_expression(lookup),
                                         orelse=cst.Else(body=cst.IndentedBlock(body=body)))

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        if id(original_node) in self.history.appends:
            return cst.FlattenSentinel([updated_node, self.filing])
        if original_node is self.history.binding:
            return cst.FlattenSentinel([updated_node, *self.made])
        return updated_node
