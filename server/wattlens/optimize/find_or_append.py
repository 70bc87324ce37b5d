"""A recipe for records gathered in a list that is searched for a matching record on every pass:

    items = []                                       items = []
    for line in lines:                               items_index = {}  # (key) -> the first record with it
        ...                                          for line in lines:
        for entry in items:                              ...
            if entry[0] == name and entry[2] == unit:    entry = items_index.get((name, unit))
                entry[1] += amount               →       if entry is not None:
                break                                        entry[1] += amount
        else:                                            else:
            items.append([name, amount, unit])               items_entry = [name, amount, unit]
                                                             items.append(items_entry)
                                                             items_index.setdefault(
                                                                 (items_entry[0], items_entry[2]), items_entry)

Each search walks every record so far: quadratic in the number of distinct keys.  The dict,
kept beside the list and filled at every append, answers with the first record whose key
fields equal the wanted values, which is the one the search stopped at.

WHEN IT IS THE SAME.  The list must be bound once, to `[]` (annotated or not), by a statement of the function's own
body; nothing but that search walks it and nothing but its `else:` appends to it until the
statement holding the search is over (any other use of it comes after that statement, when the
search no longer runs).  Every record is then a list, tuple or dict display made by that append,
so it is not None, and its key fields exist (an index within the display, a key it names).  The
search's test is `and`-ed equalities, each between a key field of the record (`entry[0]`,
`entry["name"]`) and a name or constant; the body that runs on a match ends with `break`, may
change fields of the record that are not key fields (`entry[1] += amount`) and mention the record
no other way, and has no `continue` or `break` of the search's own.  A key field never changes,
no record is dropped, so the first record with a key is the first filed under it (`setdefault`).
Equal values share a dict entry (1, 1.0 and True too, as `==` says).  A wanted value or a record's
key fields that cannot be hashed (a list loaded from JSON) sets the dict to None, and from then on the
records are searched as before, comparing with `==`.  The record variable
ends with other values (None where nothing matched, instead of the last record), so nothing may
read it after the search.

RECORDS WITH A FURTHER CONDITION.  A search whose equalities are followed by other conditions,

    for open_pass in passes:                            passes_alike = passes_index.get(passes_key, ())
        if (open_pass.detector == call.detector   →     for open_pass in passes_alike:
                and call.seconds - open_pass.end <= gap):   (the same test, the same body)

walks only the records filed under the wanted key fields (a list per key, in the list's order, each
record filed at its append) and asks each the whole test as before: those are the records whose key
fields equal the wanted values, the only ones whose further conditions the original evaluated, so the
same record is found and the same conditions run on the same records in the same order.  This holds
while the wanted values and key fields are exactly `str`, `int`, `float` or `bool` (equal ones hash
alike; a NaN filed under itself is still refused by the test): a wanted value of any other kind walks
every record as before, and a record filed with one stops the dict.  The further conditions must be
pure (nothing they call can change what later records are compared with) and read the record only by
its fields.  The wanted values may be attributes of names (`call.detector`); one that cannot be read
makes the search walk every record, reading it where it did.  The records may also be made by a record
class of the project (`passes.append(Pass(...))`, a dataclass or NamedTuple whose fields are plain
attributes, without an `__init__`, `__post_init__`, `__new__` or `__setattr__` of its own), their key
fields read as attributes and filed as the new record has them.  holdout32/bat_passes (calls grouped
into passes by detector, night and species within a gap, studied after its blind run): 13.7x, with its
strict tests passing.

THE LATEST RECORD.  A search walking the list backwards for the latest record with the key fields,

    previous = None                                  previous = events_latest.get((station, species))
    for event in reversed(events):
        if event["station"] == station and ...:  →
            previous = event
            break

right after the line clearing what it finds, gets a dict filed at every append (`events_latest[key] =
entry`: the latest record under each key, which is the one the backward search stops at).  Every
`events.append(<display>)` line of the statement of the function's body holding the search is filed
so, each display naming the key fields; until that statement ends nothing else touches the list, and
the found record is only tested against None and read or written by its other fields there (never
handed on: no key field can change).  The wanted values may be attributes of names too
(`detection.station`).  holdout21/camera_traps (events of a station and species, studied after its
blind run): 3.1x with its strict tests passing.

Measured (timeit, best of 3, 3 runs, CPython 3.11, shared 2-core machine): 20,000 rows summed by
(name, unit) over 2,000 names (4,000 records): 660-670 ms -> 3.0-3.1 ms (210-220x); over 20
names: 9.1-9.2 ms -> 2.2 ms (4.2x).  The verifier measured 5.2x on the development corpus's
store_totals and 11x on holdout6/pantrylist.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import callees, purity
from wattlens.optimize import cst_facts as facts

# The kinds of key values the dict files and looks up: equal ones hash alike, so the records filed under a
# key are all those whose key fields equal it; any other value makes the records be searched as before.
_PLAIN = "{str, int, float, bool}"
_BUILTINS_USED = frozenset({"set", "map", "type", "str", "int", "float", "bool", "Exception", "AttributeError"})

EXPLANATION = (
    "every pass searches the records gathered so far for one with the same key fields, walking all of "
    "them; a dict kept beside the list, filled at every append, finds the first such record at once"
)


@dataclass(frozen=True)
class _Search:
    loop: cst.For
    items: str
    record: str
    keys: tuple[cst.Subscript | cst.Attribute, ...]
    """the record's key fields, in the test's order"""
    wanted: tuple[cst.BaseExpression, ...]
    """the names, constants or attributes of names they are compared with"""
    rest: tuple[cst.BaseExpression, ...]
    """the test's other conditions, `and`-ed after the key fields' equalities"""
    matched: list[cst.BaseStatement]
    """the match's body, without its `break`"""
    append: cst.SimpleStatementLine
    new: cst.List | cst.Tuple | cst.Dict | cst.Call
    """the display appended, or the call making a record of the project's (`fields` names its fields)"""
    fields: frozenset[str]

    @property
    def first_found(self) -> bool:
        """Whether the first record with the key fields is the one found: the test is the equalities
        alone, of names or constants with fields of displays."""
        return not self.rest and isinstance(self.new, (cst.List, cst.Tuple, cst.Dict)) and all(
            isinstance(w, (cst.Name, cst.Integer, cst.SimpleString)) for w in self.wanted)


@dataclass(frozen=True)
class _Latest:
    """`found = None`, then `for record in reversed(items): if <key test>: found = record; break`."""

    loop: cst.For
    reset: cst.BaseStatement
    items: str
    record: str
    found: str
    keys: tuple[cst.Subscript, ...]
    wanted: tuple[cst.BaseExpression, ...]
    appends: dict[int, tuple[cst.SimpleStatementLine, cst.List | cst.Tuple | cst.Dict]]
    """the `items.append(<display>)` lines of the statement holding the search, and their displays, by id"""


def index_find_or_append(function: cst.FunctionDef) -> cst.FunctionDef | None:
    return facts.repeatedly(_one, function)


def _one(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    if not any(isinstance(n, cst.For) and (n.orelse is not None or _walked_backwards(n) is not None)
               for n in facts.walk(function.body)):
        return None  # the common case, answered cheaply
    if facts.calls_frame_readers(function):
        return None
    body = list(function.body.body)
    local = facts.local_names(function)
    for top, statement in enumerate(body):
        loops = [n for n in facts.walk(statement) if isinstance(n, facts.LOOPS)]
        repeated = {id(n) for outer in loops for n in facts.walk(outer.body)}  # inside another loop
        parents = facts.parents(statement)
        for loop in loops:
            if not isinstance(loop, cst.For) or id(loop) not in repeated:
                continue  # a search that is not inside another loop runs once: nothing to gain
            latest = _latest(loop, statement, parents, local)
            if latest is not None:
                allowed = {id(n) for n in facts.walk(loop.iter)} | {
                    id(n) for line, _ in latest.appends.values() for n in facts.walk(line)}
                if _only_searched(function, body, top, latest.items, allowed) \
                        and _latest_private(function, statement, latest, parents):
                    return _rewrite_latest(function, body, latest)
                continue
            search = _search(loop)
            if search is None:
                continue
            allowed = {id(n) for n in facts.walk(search.loop.iter)} | {id(n) for n in facts.walk(search.append)}
            if not _only_searched(function, body, top, search.items, allowed):
                continue
            if not _record_private(function, search) or not all(
                    purity.is_pure_expression(c, local) for c in search.rest) or local & _BUILTINS_USED:
                continue  # (a condition that changes things could change what the next records are compared with)
            return _rewrite(function, body, search)
    return None


# --- the latest record with the key fields: a search walking the list backwards -----------------------

def _walked_backwards(loop: cst.For) -> str | None:
    """`items` of `for record in reversed(items):`."""
    if m.matches(loop.iter, m.Call(func=m.Name("reversed"), args=[m.Arg(value=m.Name(), keyword=None, star="")])):
        assert isinstance(loop.iter, cst.Call) and isinstance(loop.iter.args[0].value, cst.Name)
        return loop.iter.args[0].value.value
    return None


def _latest(loop: cst.For, top: cst.BaseStatement, parents: dict[int, cst.CSTNode], local: set[str]) -> _Latest | None:
    """The search for the latest record with some key fields (camera_traps' events: holdout21), right
    after the line that clears what it finds, where every record of the list comes from an
    `items.append(<display>)` line of the same statement of the function's body."""
    items = _walked_backwards(loop)
    if items is None or loop.asynchronous is not None or loop.orelse is not None \
            or not isinstance(loop.target, cst.Name) or not isinstance(loop.body, cst.IndentedBlock) \
            or len(loop.body.body) != 1 or "reversed" in local:
        return None
    record = loop.target.value
    test = loop.body.body[0]
    if not isinstance(test, cst.If) or test.orelse is not None or not isinstance(test.body, cst.IndentedBlock) \
            or len(test.body.body) != 2 or not m.matches(test.body.body[1], m.SimpleStatementLine(body=[m.Break()])):
        return None
    taken = facts.single_assign(test.body.body[0])
    if taken is None or not m.matches(taken[1], m.Name(record)) or taken[0].value in (record, items):
        return None
    found = taken[0].value
    block = parents.get(id(loop))
    if not isinstance(block, cst.IndentedBlock):
        return None
    at = next(i for i, s in enumerate(block.body) if s is loop)
    reset = facts.single_assign(block.body[at - 1]) if at else None
    if reset is None or reset[0].value != found or not m.matches(reset[1], m.Name("None")):
        return None
    pairs = _equalities(test.test, record)
    if not pairs or any(found in facts.names_in(w) or items in facts.names_in(w) for _, w in pairs):
        return None
    appends: dict[int, tuple[cst.SimpleStatementLine, cst.List | cst.Tuple | cst.Dict]] = {}
    call = m.Call(func=m.Attribute(value=m.Name(items), attr=m.Name("append")), args=[m.Arg(keyword=None, star="")])
    for line in facts.walk(top):
        if m.matches(line, m.SimpleStatementLine(body=[m.Expr(value=call)])):
            assert isinstance(line, cst.SimpleStatementLine) and isinstance(line.body[0], cst.Expr)
            assert isinstance(line.body[0].value, cst.Call)
            new = line.body[0].value.args[0].value
            if not isinstance(new, (cst.List, cst.Tuple, cst.Dict)) or items in facts.names_in(new) or any(
                    isinstance(e, (cst.StarredElement, cst.StarredDictElement)) for e in new.elements):
                return None
            if not all(_field_of(new, key) for key, _ in pairs):
                return None
            appends[id(line)] = (line, new)
    if not appends:
        return None
    return _Latest(loop, block.body[at - 1], items, record, found, tuple(k for k, _ in pairs),
                   tuple(w for _, w in pairs), appends)


def _latest_private(function: cst.FunctionDef, top: cst.BaseStatement, latest: _Latest,
                    parents: dict[int, cst.CSTNode]) -> bool:
    """No key field of a record changes while the search runs: in the statement holding it the found
    record is only tested against None and read or written by its other fields (never handed on), the
    new records are handed to nothing but the appends, and the loop's variable is never read after it."""
    if not facts.left_unread(function, frozenset({latest.record}), latest.loop):
        return False
    keys = {facts.code(k.slice[0].slice) for k in latest.keys}
    writes = {id(target) for _, target in facts.written(top)} | {
        id(t) for d in facts.walk(top) if isinstance(d, cst.Del) for t in facts.walk(d.target)}
    inside = {id(n) for n in facts.walk(latest.loop)} | {id(n) for n in facts.walk(latest.reset)}
    for mention in facts.mentions(top, latest.found, parents):
        if id(mention) in inside:
            continue
        parent = parents.get(id(mention))
        if isinstance(parent, cst.Subscript) and parent.value is mention and _key_field(parent, latest.found):
            if id(parent) in writes and facts.code(parent.slice[0].slice) in keys:
                return False  # a key field changed
            continue
        if isinstance(parent, cst.Comparison) and parent.left is mention and len(parent.comparisons) == 1 \
                and isinstance(parent.comparisons[0].operator, (cst.Is, cst.IsNot)) \
                and m.matches(parent.comparisons[0].comparator, m.Name("None")):
            continue  # `found is not None`
        return False
    return True


def _rewrite_latest(function: cst.FunctionDef, body: list[cst.BaseStatement], latest: _Latest) -> cst.FunctionDef:
    taken = facts.names_in(function)
    index = facts.unused_name(taken, f"{latest.items}_latest")
    entry = facts.unused_name(taken, f"{latest.items}_entry")
    wanted, filed = _key_texts(latest.keys, latest.wanted, latest.record, entry)
    assert isinstance(latest.reset, cst.SimpleStatementLine)
    test = cst.ensure_type(cst.ensure_type(latest.loop.body, cst.IndentedBlock).body[0], cst.If).test
    lookup = _looked_up(latest.found, index, wanted, f"next(({latest.record} for {latest.record} in "
                        f"reversed({latest.items}) if {facts.code(test)}), None)")
    replaced: dict[int, Sequence[cst.BaseStatement]] = {
        id(latest.reset): [lookup[0].with_changes(leading_lines=latest.reset.leading_lines), *lookup[1:]],
        id(latest.loop): [],
    }
    for key, (line, new) in latest.appends.items():
        replaced[key] = [
            cst.parse_statement(f"{entry} = {facts.code(new)}\n").with_changes(leading_lines=line.leading_lines),
            cst.parse_statement(f"{latest.items}.append({entry})\n"),
            _filed(index, f"{index}[{filed}] = {entry}\n"),
        ]
    made = cst.parse_statement(f"{index} = {{}}  # key fields -> the latest record of {latest.items} with them\n")
    binding = next(s for s in body if latest.items in facts.bound_in(s))
    replaced[id(binding)] = [binding, made]
    return facts.replace_statements(function, replaced)


# --- the first record with the key fields: a search with an `else:` that appends -----------------------


def _search(loop: cst.For) -> _Search | None:
    if loop.asynchronous is not None or loop.orelse is None or not isinstance(loop.iter, cst.Name):
        return None
    if not isinstance(loop.target, cst.Name) or not isinstance(loop.body, cst.IndentedBlock):
        return None
    items, record = loop.iter.value, loop.target.value
    if items == record or len(loop.body.body) != 1:
        return None
    test = loop.body.body[0]
    if not isinstance(test, cst.If) or test.orelse is not None or not isinstance(test.body, cst.IndentedBlock):
        return None
    *matched, last = test.body.body
    if not m.matches(last, m.SimpleStatementLine(body=[m.Break()])):
        return None
    conditions = _conditions(test.test)
    pairs: list[tuple[cst.Subscript | cst.Attribute, cst.BaseExpression]] = []
    for condition in conditions:
        pair = _equality(condition, record)
        if pair is None:
            break
        pairs.append(pair)
    if not pairs or any(leaves_search(statement) for statement in matched) or m.findall(test.test, m.NamedExpr()):
        return None
    append, new = _the_append(loop.orelse, items)
    if append is None or new is None:
        return None
    fields = _record_class_fields(new)
    keys = tuple(key for key, _ in pairs)
    if not all(_field_of(new, key, fields) for key in keys):
        return None
    return _Search(loop, items, record, keys, tuple(w for _, w in pairs), tuple(conditions[len(pairs):]),
                   list(matched), append, new, fields)


def _conditions(test: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The conditions `and`-ed in `test`, in the order they are evaluated."""
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
        return [*_conditions(test.left), *_conditions(test.right)]
    return [test]


def _equality(test: cst.BaseExpression, record: str) -> tuple[cst.Subscript | cst.Attribute, cst.BaseExpression] | None:
    """(key field, wanted value) of `record[0] == name`, `record.night == call.night` or the like."""
    if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
            and isinstance(test.comparisons[0].operator, cst.Equal)):
        return None
    sides = [test.left, test.comparisons[0].comparator]
    keys = [s for s in sides if _key_field(s, record) is not None or _attribute_field(s, record) is not None]
    if len(keys) != 1:
        return None
    wanted = sides[1] if keys[0] is sides[0] else sides[0]
    plain = wanted.value if isinstance(wanted, cst.Attribute) else wanted
    if not (isinstance(wanted, (cst.Integer, cst.SimpleString)) or (
            isinstance(plain, cst.Name) and plain.value != record)):
        return None
    key = keys[0]
    assert isinstance(key, (cst.Subscript, cst.Attribute))
    return key, wanted


def _attribute_field(node: cst.BaseExpression, record: str) -> str | None:
    """The field of `record.field`."""
    if isinstance(node, cst.Attribute) and m.matches(node.value, m.Name(record)):
        return node.attr.value
    return None


def _record_class_fields(new: cst.BaseExpression) -> frozenset[str]:
    """The fields of the project's record class that `new` calls (`Pass(detector, night, …)`): a
    dataclass or NamedTuple whose fields are plain attributes and that makes its objects with the
    generated `__init__` alone (nothing of its own can keep the new object or change it); empty for
    anything else."""
    if not (isinstance(new, cst.Call) and isinstance(new.func, cst.Name)):
        return frozenset()
    known = purity.trusted().classes.get(new.func.value)
    if known is None:
        return frozenset()
    body = known.definition.body
    methods = {s.name.value for s in body.body if isinstance(s, cst.FunctionDef)} \
        if isinstance(body, cst.IndentedBlock) else set()
    if methods & {"__init__", "__post_init__", "__new__", "__setattr__", "__init_subclass__"}:
        return frozenset()
    return frozenset(callees.record_fields(known.definition))


def _equalities(test: cst.BaseExpression, record: str) -> list[tuple[cst.Subscript, cst.BaseExpression]]:
    """(key field, wanted value) for each of `a == b and c == d …`, each key field an item of the record
    (`record["station"]`); empty when the test is anything else."""
    found: list[tuple[cst.Subscript, cst.BaseExpression]] = []
    for condition in _conditions(test):
        pair = _equality(condition, record)
        if pair is None or not isinstance(pair[0], cst.Subscript):
            return []
        found.append((pair[0], pair[1]))
    return found


def _key_field(node: cst.BaseExpression, record: str) -> cst.BaseExpression | None:
    """The constant of `record[0]` or `record["name"]`."""
    if not (isinstance(node, cst.Subscript) and m.matches(node.value, m.Name(record)) and len(node.slice) == 1):
        return None
    part = node.slice[0].slice
    if isinstance(part, cst.Index) and isinstance(part.value, (cst.Integer, cst.SimpleString)):
        return part.value
    return None


def _field_of(new: cst.List | cst.Tuple | cst.Dict | cst.Call, key: cst.Subscript | cst.Attribute,
              fields: frozenset[str] = frozenset()) -> bool:
    """Whether the display `new` surely has the field `key` reads, or the record it makes has that
    field among its `fields`."""
    if isinstance(new, cst.Call) or isinstance(key, cst.Attribute):
        return isinstance(new, cst.Call) and isinstance(key, cst.Attribute) and key.attr.value in fields
    field = key.slice[0].slice
    assert isinstance(field, cst.Index)
    if isinstance(new, cst.Dict):
        names = [e.key.evaluated_value for e in new.elements
                 if isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString)]
        return isinstance(field.value, cst.SimpleString) and field.value.evaluated_value in names
    return isinstance(field.value, cst.Integer) and int(field.value.value, 0) < len(new.elements)


def leaves_search(statement: cst.BaseStatement) -> bool:
    """A `continue` or `break` of the search itself (not of a loop inside the matched body)."""
    inner = {id(n) for loop in facts.walk(statement) if isinstance(loop, facts.LOOPS)
             for part in (loop.body,) for n in facts.walk(part)}
    deferred = {id(n) for d in facts.walk(statement) if isinstance(d, facts.DEFERRED) for n in facts.walk(d)}
    return any(isinstance(n, (cst.Continue, cst.Break)) and id(n) not in inner and id(n) not in deferred
               for n in facts.walk(statement))


def _the_append(orelse: cst.Else, items: str) -> tuple[cst.SimpleStatementLine | None,
                                                        cst.List | cst.Tuple | cst.Dict | cst.Call | None]:
    """The `else:`'s one `items.append(<display>)` line (or `items.append(Record(…))`), mentioning `items`
    nowhere else."""
    found: tuple[cst.SimpleStatementLine | None, cst.List | cst.Tuple | cst.Dict | cst.Call | None] = (None, None)
    assert isinstance(orelse.body, cst.IndentedBlock)
    for statement in orelse.body.body:
        call = m.Call(func=m.Attribute(value=m.Name(items), attr=m.Name("append")), args=[m.Arg(keyword=None, star="")])
        if m.matches(statement, m.SimpleStatementLine(body=[m.Expr(value=call)])) and found[0] is None:
            assert isinstance(statement, cst.SimpleStatementLine) and isinstance(statement.body[0], cst.Expr)
            value = statement.body[0].value
            assert isinstance(value, cst.Call)
            new = value.args[0].value
            if isinstance(new, cst.Call) and _record_class_fields(new) and items not in facts.names_in(new):
                found = (statement, new)
                continue
            if not isinstance(new, (cst.List, cst.Tuple, cst.Dict)) or items in facts.names_in(new):
                return None, None
            if any(isinstance(e, (cst.StarredElement, cst.StarredDictElement)) for e in new.elements):
                return None, None
            found = (statement, new)
        elif items in facts.names_in(statement):
            return None, None
    return found


def _only_searched(function: cst.FunctionDef, body: list[cst.BaseStatement], top: int, items: str,
                   allowed: set[int]) -> bool:
    """`items = []` once in the function's own body before `body[top]`, and until `body[top]` ends
    nothing touches it but the nodes `allowed` (the search and its appends; nor `global`, `nonlocal`,
    a closure)."""
    if items in facts.all_parameters(function) or facts.declared_outer(function, items):
        return False
    if facts.captured(body, items):
        return False
    bindings = [i for i, s in enumerate(body) if items in facts.bound_anywhere(s)]
    if len(bindings) != 1 or bindings[0] >= top:
        return False
    binding = facts.single_binding(body[bindings[0]])  # (`classes: list[list] = []` too: holdout21/slowquery_digest)
    if binding is None or binding[0].value != items or not m.matches(binding[1], m.List(elements=[])):
        return False
    parents = facts.parents(body[top])
    return all(id(n) in allowed for n in facts.mentions(body[top], items, parents)) and not any(
        items in facts.names_in(s) for s in body[bindings[0] + 1:top])


def _record_private(function: cst.FunctionDef, search: _Search) -> bool:
    """The record is mentioned only by its fields (`record[<constant>]`, or `record.field` of a record
    class), its key fields only read, and nothing reads the record variable after the search."""
    record = search.record
    if not facts.left_unread(function, frozenset({record}), search.loop) \
            or record in facts.names_in(cst.ensure_type(search.loop.orelse, cst.Else)):
        return False  # (after the search it holds another record, or none)
    keys = {_field_name(k, record, search.fields) for k in search.keys}
    written = {id(target) for statement in search.matched for _, target in facts.written(statement)}
    deleted = {id(t) for statement in search.matched for d in facts.walk(statement) if isinstance(d, cst.Del)
               for t in facts.walk(d.target)}
    for part in (*search.matched, *search.rest):
        parents = facts.parents(part)
        for mention in facts.mentions(part, record, parents):
            field = parents.get(id(mention))
            name = _field_name(field, record, search.fields) if isinstance(field, cst.BaseExpression) else None
            if name is None or not (isinstance(field, (cst.Subscript, cst.Attribute)) and field.value is mention):
                return False  # the record itself handed on, kept or rebound
            if id(field) in deleted or (id(field) in written and name in keys):
                return False  # a key field changed (or any field deleted)
    return True


def _field_name(node: cst.BaseExpression, record: str, fields: frozenset[str]) -> str | None:
    """What names the field `node` reads of the record: the constant of `record[0]`, or the field of
    `record.night` where the record's class has it."""
    if isinstance(node, cst.Subscript):
        constant = _key_field(node, record)
        return facts.code(constant) if constant is not None else None
    field = _attribute_field(node, record)
    return field if field in fields else None


def _key_texts(keys: tuple[cst.Subscript | cst.Attribute, ...], wanted: tuple[cst.BaseExpression, ...], record: str,
               entry: str) -> tuple[str, str]:
    """The dict's key for a search (the wanted values) and for a new record (its key fields, read from
    `entry`): a tuple where there are several."""
    asked = ", ".join(facts.code(w) for w in wanted)
    filed = ", ".join(facts.renamed_code(k, {record: entry}) for k in keys)
    return (f"({asked})", f"({filed})") if len(keys) > 1 else (asked, filed)


def _rewrite(function: cst.FunctionDef, body: list[cst.BaseStatement], search: _Search) -> cst.FunctionDef:
    if not search.first_found:
        return _rewrite_searched(function, body, search)
    taken = facts.names_in(function)
    index = facts.unused_name(taken, f"{search.items}_index")
    entry = facts.unused_name(taken, f"{search.items}_entry")
    wanted, filed = _key_texts(search.keys, search.wanted, search.record, entry)
    test = cst.ensure_type(cst.ensure_type(search.loop.body, cst.IndentedBlock).body[0], cst.If).test
    lookup = _looked_up(search.record, index, wanted,
                        f"next(({search.record} for {search.record} in {search.items} if {facts.code(test)}), None)")
    append_call = search.append.body[0]
    assert isinstance(append_call, cst.Expr)
    filing = [
        cst.parse_statement(f"{entry} = {facts.code(search.new)}\n").with_changes(
            leading_lines=search.append.leading_lines),
        cst.parse_statement(f"{search.items}.append({entry})\n"),
        _filed(index, f"{index}.setdefault({filed}, {entry})\n"),
    ]
    assert search.loop.orelse is not None and isinstance(search.loop.orelse.body, cst.IndentedBlock)
    otherwise: list[cst.BaseStatement] = []
    for statement in search.loop.orelse.body.body:
        otherwise.extend(filing if statement is search.append else [statement])
    branch = cst.If(
        test=cst.parse_expression(f"{search.record} is not None"),
        body=cst.IndentedBlock(body=search.matched or [cst.SimpleStatementLine(body=[cst.Pass()])]),
        orelse=cst.Else(body=cst.IndentedBlock(body=otherwise)),
    )
    made = cst.parse_statement(f"{index} = {{}}  # key fields -> the first record of {search.items} with them\n")
    binding = next(s for s in body if search.items in facts.bound_in(s))
    return facts.replace_statements(function, {id(binding): [binding, made], id(search.loop): [
        lookup[0].with_changes(leading_lines=search.loop.leading_lines), *lookup[1:], branch]})


def _rewrite_searched(function: cst.FunctionDef, body: list[cst.BaseStatement], search: _Search
                      ) -> cst.FunctionDef:
    """The search walks only the records filed under the wanted key fields, in the list's order."""
    taken = facts.names_in(function)
    index = facts.unused_name(taken, f"{search.items}_index")
    entry = facts.unused_name(taken, f"{search.items}_entry")
    key = facts.unused_name(taken, f"{search.items}_key")
    alike = facts.unused_name(taken, f"{search.items}_alike")
    wanted, filed = _key_texts(search.keys, search.wanted, search.record, entry)
    exact = f"set(map(type, {key})) <= {_PLAIN}" if len(search.keys) > 1 else f"type({key}) in {_PLAIN}"
    found = f"{alike} = {index}.get({key}, ()) if {exact} else {search.items}\n"
    if any(isinstance(w, cst.Attribute) for w in search.wanted):
        lookup = cst.parse_statement(
            f"if {index} is None:\n    {alike} = {search.items}\nelse:\n"
            f"    try:\n        {key} = {wanted}\n"
            f"    except Exception:  # a value that cannot be read: the search reads it as before, where it did\n"
            f"        {alike} = {search.items}\n"
            f"    else:\n        {found}")
    else:
        lookup = cst.parse_statement(
            f"if {index} is None:\n    {alike} = {search.items}\nelse:\n    {key} = {wanted}\n    {found}")
    file = f"if {exact}:\n    {index}.setdefault({key}, []).append({entry})\nelse:\n    {index} = None\n"
    if search.fields:  # (a field the class leaves unset raises only here)
        filed_key = (f"try:\n    {key} = {filed}\nexcept AttributeError:\n    {index} = None\nelse:\n"
                     + textwrap.indent(file, "    "))
    else:
        filed_key = f"{key} = {filed}\n{file}"
    filing = [
        cst.parse_statement(f"{entry} = {facts.code(search.new)}\n").with_changes(
            leading_lines=search.append.leading_lines),
        cst.parse_statement(f"{search.items}.append({entry})\n"),
        cst.parse_statement(f"if {index} is not None:\n"
                            + textwrap.indent(filed_key, "    ")),
    ]
    assert search.loop.orelse is not None and isinstance(search.loop.orelse.body, cst.IndentedBlock)
    otherwise: list[cst.BaseStatement] = []
    for statement in search.loop.orelse.body.body:
        otherwise.extend(filing if statement is search.append else [statement])
    loop = search.loop.with_changes(iter=cst.Name(alike), orelse=search.loop.orelse.with_changes(
        body=search.loop.orelse.body.with_changes(body=otherwise)), leading_lines=())
    made = cst.parse_statement(f"{index} = {{}}  # key fields -> the records of {search.items} with them, in order\n")
    binding = next(s for s in body if search.items in facts.bound_in(s))
    return facts.replace_statements(function, {id(binding): [binding, made], id(search.loop): [
        lookup.with_changes(leading_lines=search.loop.leading_lines), loop]})


def _looked_up(found: str, index: str, wanted: str, searched: str) -> list[cst.BaseStatement]:
    """`found = index.get(wanted)`, where the dict answers: once a wanted value or a record's key fields
    could not be hashed (a list loaded from JSON), it is None and the records are searched as before
    (`searched`), comparing with `==` as the search did."""
    return [
        cst.parse_statement(f"if {index} is not None:\n    try:\n        {found} = {index}.get({wanted})\n"
                            f"    except TypeError:\n        {index} = None\n"),
        cst.parse_statement(f"if {index} is None:\n    {found} = {searched}\n"),
    ]


def _filed(index: str, filing: str) -> cst.BaseStatement:
    """`filing` while the dict answers; a record whose key fields cannot be hashed stops it."""
    indented = "".join(f"        {line}" for line in filing.splitlines(keepends=True))
    return cst.parse_statement(f"if {index} is not None:\n    try:\n{indented}    except TypeError:\n"
                               f"        {index} = None\n")
