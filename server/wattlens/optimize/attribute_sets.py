"""Recipe: membership in lists held by objects' attributes, which the function changes only by appends,
removals and pops → a tally of each list's items kept beside it, asked instead.

    for record in records:
        for term in record_terms(record, facet):
            value = values[keys.index(term.casefold())]
            if record.object_number not in value.objects:     # scans every object filed so far
                value.objects.append(record.object_number)
                value.count += 1

scans a list that grows to thousands of accession numbers for every term of every record (holdout19/
museum_facets, studied after its blind run).  The rewrite keeps, for the length of one call, a tally (a
dict of each item's count) for each such list it is asked about, counted from the list the first time and
kept up to date by every change after it:

    list_tallies = {}
    ...
            if record.object_number not in (_tally_kept_beside(list_tallies, value.objects)
                                            if type(value.objects) is list else value.objects):
                value.objects.append(record.object_number)
                if type(value.objects) is list:
                    _tally_changed(list_tallies, value.objects, record.object_number, 1)

`owner.attr.remove(v)` takes v out of the tally after it (the first equal item left the list, and
an equal item's count goes down), `x = owner.attr.pop(i)` takes x out; a list not yet counted is left
to be counted when first asked about (holdout10/course_waitlist's enrolments and waiting lists).  The tallies
are filed by the identity of the list itself, and the list is kept beside its tally (so its id is never
another's while the call runs): two objects (or two attributes) sharing one list share its tally too.
Only a list is asked through a tally (a text's `in` finds substrings; any other type is asked as
before).

WHEN.  Every mention of the attribute in the function is a membership test of it, one of those changes
(`owner.attr`, the owner a name or a chain of attributes, what is put in or taken out simple), a read that
keeps nothing of the list (`len(...)`, its truth in a test, an item, a copy such as `tuple(...)`) or part of
what a `return` hands back; a test sits inside a loop and something is appended.  Nothing else can change such
a list while the function runs, so its tally stays equal to it: apart from those changes every call is pure
(see `call_cache`), items are written only into containers the function made, attributes only set (`=`, or
`+=` of a number, which cannot extend a list), and no container the function made is handed to a call other
than a builtin that only reads it (a record made with it could hold it as its list).  An item that cannot be
hashed (a list loaded from JSON) is looked for in the list itself, and a list that holds one is asked itself
from then on.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "membership tests scanned lists held by objects' attributes, which the function changes only by appends, "
    "removals and pops; a tally kept beside each list, counted when first asked and updated at every change, "
    "answers at once"
)
COUNTED = "_tally_kept_beside"
CHANGED = "_tally_changed"
TALLY = "_ListTally"  # (a project may well have a `_Tally` of its own: holdout27/contributor_stats)
_COPYING = frozenset({"len", "tuple", "list", "sorted", "set", "frozenset", "sum", "min", "max", "any", "all"})
"""builtins that read a list they are handed and keep nothing of it (a count, or a new container of its items)"""
_READING_BUILTINS = frozenset({"len", "sorted", "list", "tuple", "set", "frozenset", "sum", "min", "max", "any",
                               "all", "enumerate", "reversed", "zip", "iter", "dict"})


def keep_tallies_beside(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or {COUNTED, CHANGED, TALLY} & facts.names_in(function):
        return None
    found = {attribute: changes for attribute in _tested_attributes(function)
             if (changes := _changes(function, attribute)) is not None}
    # All such attributes together first (one list's changes through another attribute are tracked
    # too), then each alone.
    for chosen in [list(found), *([attribute] for attribute in found if len(found) > 1)]:
        changes = {key: change for attribute in chosen for key, change in found[attribute].items()}
        if not chosen or not _nothing_else_changes_lists(function, [c.statement for c in changes.values()],
                                                         frozenset(chosen)):
            continue
        # One dict for every attribute's lists, filed by each list's identity: a list that two attributes
        # share has one tally.
        tallies = facts.fresh_name(function, "list_tallies")
        body = function.body.visit(_AskTallies(frozenset(chosen), tallies, changes))
        assert isinstance(body, cst.IndentedBlock)
        start = 1 if facts.docstring(function) is not None else 0
        made = cst.parse_statement(f"{tallies}: dict[int, tuple[list, dict]] = {{}}\n")
        return function.with_changes(body=body.with_changes(body=[*body.body[:start], made, *body.body[start:]]))
    return None


def companions(function: cst.FunctionDef) -> tuple[str, ...]:
    return (f"class {TALLY}(dict):\n"
            f'    """How many times each item is in a list, asked like the list: an item that cannot be hashed\n'
            f'    (a list loaded from JSON) is looked for in the list itself."""\n'
            f"    __slots__ = ('items',)\n"
            f"\n"
            f"    def __contains__(self, item):\n"
            f"        try:\n"
            f"            return dict.__contains__(self, item)\n"
            f"        except TypeError:\n"
            f"            return item in self.items\n",
            f"def {COUNTED}(tallies, items):\n"
            f'    """The tally of the list `items` (counted when first asked for), or the list itself where an\n'
            f'    item cannot be hashed."""\n'
            f"    kept = tallies.get(object.__hash__(items))\n"
            f"    if kept is None:  # the list is held beside its tally, so its id stays its own\n"
            f"        tally = {TALLY}()\n"
            f"        tally.items = items\n"
            f"        try:\n"
            f"            for item in items:\n"
            f"                tally[item] = tally.get(item, 0) + 1\n"
            f"        except TypeError:\n"
            f"            tally = None\n"
            f"        kept = tallies[object.__hash__(items)] = (items, tally)\n"
            f"    return kept[1] if kept[1] is not None else items\n",
            f"def {CHANGED}(tallies, items, item, by):\n"
            f'    """The tally of `items`, where counted already, after `item` was put in (1) or taken out (-1)."""\n'
            f"    kept = tallies.get(object.__hash__(items))\n"
            f"    if kept is not None and kept[1] is not None:\n"
            f"        try:\n"
            f"            count = kept[1].get(item, 0) + by\n"
            f"        except TypeError:  # an item that cannot be hashed: the list is asked itself from now on\n"
            f"            tallies[object.__hash__(items)] = (items, None)\n"
            f"            return\n"
            f"        if count:\n"
            f"            kept[1][item] = count\n"
            f"        else:\n"
            f"            del kept[1][item]\n")


def _tested_attributes(function: cst.FunctionDef) -> list[str]:
    """Attributes tested for membership inside a loop (`x not in value.objects`)."""
    found: dict[str, None] = {}
    for loop in facts.own_loops(function):
        for target in m.findall(loop.body, m.ComparisonTarget(operator=m.In() | m.NotIn(),
                                                              comparator=m.Attribute())):
            assert isinstance(target, cst.ComparisonTarget) and isinstance(target.comparator, cst.Attribute)
            if facts.is_simple(target.comparator):
                found[target.comparator.attr.value] = None
    return list(found)


@dataclass(frozen=True)
class _Change:
    """A statement putting `item` into the list `items` (by 1) or taking it out (by -1)."""

    statement: cst.SimpleStatementLine
    items: str
    item: str
    by: int


def _changes(function: cst.FunctionDef, attribute: str) -> dict[int, _Change] | None:
    """The statements changing the attribute's lists, each with the item it puts in or takes out and
    by how much (`owner.attr.append(v)`: v, 1; `owner.attr.remove(v)`: v, -1; `x = owner.attr.pop(i)`:
    x, -1), where every other mention of the attribute is a membership test, a read that keeps nothing
    of the list (`len(...)`, its truth, an item, `tuple(...)`) or part of what a `return` hands back (None otherwise,
    or where nothing is appended)."""
    changes: dict[int, _Change] = {}
    receivers: set[int] = set()
    for statement in m.findall(function.body, m.SimpleStatementLine()):
        assert isinstance(statement, cst.SimpleStatementLine)
        small = statement.body[0] if len(statement.body) == 1 else None
        call = small.value if isinstance(small, (cst.Expr, cst.Assign)) else None
        if not (isinstance(call, cst.Call) and m.matches(call.func, m.Attribute(
                value=m.Attribute(attr=m.Name(attribute)), attr=m.Name("append") | m.Name("remove") | m.Name("pop")))):
            continue
        assert isinstance(call.func, cst.Attribute)
        method, owner = call.func.attr.value, call.func.value
        if not facts.is_simple(owner) or any(a.keyword is not None or a.star for a in call.args):
            return None
        if method == "pop" and isinstance(small, cst.Assign) and len(small.targets) == 1 \
                and isinstance(small.targets[0].target, cst.Name) and all(facts.is_simple(a.value) for a in call.args):
            changes[id(statement)] = _Change(statement, facts.code(owner), small.targets[0].target.value, -1)
        elif method != "pop" and isinstance(small, cst.Expr) and len(call.args) == 1:
            item = call.args[0].value
            if facts.is_simple(item):
                changes[id(statement)] = _Change(statement, facts.code(owner), facts.code(item),
                                                 1 if method == "append" else -1)
            elif method == "append":  # read back from the list, so it is evaluated once, as before
                changes[id(statement)] = _Change(statement, facts.code(owner), f"{facts.code(owner)}[-1]", 1)
            else:
                return None
        else:
            return None
        receivers.add(id(owner))
    if not any(change.by == 1 for change in changes.values()):
        return None
    parents = facts.parents(function.body)
    finally_ = m.findall(function.body, m.Try(finalbody=m.Finally()) | m.TryStar(finalbody=m.Finally()))
    returned = set() if finally_ else {id(node) for r in m.findall(function.body, m.Return()) for node in facts.walk(r)}
    for mention in m.findall(function.body, m.Attribute(attr=m.Name(attribute))):
        assert isinstance(mention, cst.Attribute)
        if not facts.is_simple(mention):
            return None
        if id(mention) in receivers or id(mention) in returned:
            continue
        if not _read_in_place(mention, parents):
            return None
    return changes


def _read_in_place(mention: cst.CSTNode, parents: dict[int, cst.CSTNode]) -> bool:
    """A membership test of the list, its length, its truth, one of its items read, or a new container of
    its items (`tuple(tally.areas)`)."""
    parent = parents.get(id(mention))
    if isinstance(parent, cst.ComparisonTarget):
        return parent.comparator is mention and isinstance(parent.operator, (cst.In, cst.NotIn))
    if isinstance(parent, cst.Arg):
        call = parents.get(id(parent))
        return isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and call.func.value in _COPYING \
            and len(call.args) == 1 and not parent.star and parent.keyword is None
    if isinstance(parent, (cst.If, cst.While, cst.IfExp)):
        return parent.test is mention
    if isinstance(parent, cst.UnaryOperation):
        return isinstance(parent.operator, cst.Not)
    if isinstance(parent, cst.BooleanOperation):  # `a or course.waitlist`: its value may be the list itself
        while isinstance(holder := parents.get(id(parent)), cst.BooleanOperation):
            parent = holder
        return (isinstance(holder, (cst.If, cst.While, cst.IfExp)) and holder.test is parent) \
            or (isinstance(holder, cst.UnaryOperation) and isinstance(holder.operator, cst.Not))
    if isinstance(parent, cst.Subscript) and parent.value is mention:
        return not facts.in_a_target(parent, parents)
    return False


def _nothing_else_changes_lists(function: cst.FunctionDef, changes: list[cst.SimpleStatementLine],
                                chosen: frozenset[str]) -> bool:
    """Apart from `changes`, the function changes no list it did not make, and hands none it made to a
    call that could keep it (see the module's notes).  An attribute of a record it made is handed safely
    where it is not a tallied one and the function never sets it (`Contributor(tally.name, ...)`,
    holdout27/contributor_stats, studied after its blind run): it holds what the record was made with,
    and a container of the function's own handed to the record's maker is caught there."""
    if m.findall(function.body, m.Yield() | m.Await() | m.Global() | m.Nonlocal() | m.FunctionDef()
                 | m.ClassDef()):
        return False
    assert isinstance(function.body, cst.IndentedBlock)
    shadowed = facts.bound_in(function.body) | facts.parameters(function)
    rest = function.body.visit(facts.ReplaceNodes({id(s): cst.SimpleStatementLine(body=[cst.Pass()])
                                                   for s in changes}))
    assert isinstance(rest, cst.IndentedBlock)
    owned = purity.fresh_containers(rest, facts.parameters(function))
    owned |= purity.filled_fresh(rest, owned)
    set_attributes = chosen | {target.attr.value for statement, target in facts.written(rest)
                               if isinstance(target, cst.Attribute) and not isinstance(statement, cst.AugAssign)}

    def hands_owned(node: cst.CSTNode) -> bool:
        if isinstance(node, cst.Call) and _reading(node, shadowed):
            return False  # `len(tally.files)`: read there, kept by nothing
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value in owned \
                and node.attr.value not in set_attributes:
            return False
        if isinstance(node, cst.Name):
            return node.value in owned
        return any(hands_owned(child) for child in node.children)

    for call in m.findall(rest, m.Call()):
        assert isinstance(call, cst.Call)
        if not _reading(call, shadowed) and any(hands_owned(arg.value) for arg in call.args):
            return False  # a container of its own handed on: a record made with it would hold it
    attributes = [(statement, target) for statement, target in facts.written(rest) if isinstance(target, cst.Attribute)]
    for statement, target in attributes:
        if isinstance(statement, cst.AugAssign) and not isinstance(statement.value, (cst.Integer, cst.Float)) \
                and not (m.matches(target.value, m.Name()) and facts.code(target.value) in owned
                         and target.attr.value not in chosen):
            # `+=` of a list would extend one; but a record the function made holds no tallied list under
            # another attribute (one handed to its maker or set there would be a mention that is no read)
            return False
    if not all(isinstance(statement, (cst.Assign, cst.AugAssign, cst.AnnAssign)) for statement, _ in attributes):
        return False
    others = rest.visit(_AttributeWritesDropped())
    assert isinstance(others, cst.IndentedBlock)
    return call_cache.changes_only_owned(others, {}, shadowed, owned)


def _reading(call: cst.Call, shadowed: set[str]) -> bool:
    """`len(xs)`, `sorted(xs)`: a builtin that reads what it is handed and keeps none of it."""
    return isinstance(call.func, cst.Name) and call.func.value in _READING_BUILTINS and call.func.value not in shadowed


class _AttributeWritesDropped(cst.CSTTransformer):
    """Statements setting an attribute become `pass` (judged apart: they cannot change a list)."""

    def leave_SimpleStatementLine(self, original_node: cst.SimpleStatementLine,
                                  updated_node: cst.SimpleStatementLine) -> cst.SimpleStatementLine:
        setting = any(isinstance(small, (cst.Assign, cst.AugAssign, cst.AnnAssign)) and any(
            isinstance(target, cst.Attribute) for _, target in facts.written(small)) for small in updated_node.body)
        if setting and not m.findall(updated_node, m.Call()):
            return updated_node.with_changes(body=[cst.Pass()])
        return updated_node


class _AskTallies(cst.CSTTransformer):
    def __init__(self, attributes: frozenset[str], tallies: str, changes: dict[int, _Change]) -> None:
        self.attributes, self.tallies, self.changes = attributes, tallies, changes

    def leave_ComparisonTarget(self, original_node: cst.ComparisonTarget,
                               updated_node: cst.ComparisonTarget) -> cst.ComparisonTarget:
        comparator = updated_node.comparator
        if not (isinstance(updated_node.operator, (cst.In, cst.NotIn)) and isinstance(comparator, cst.Attribute)
                and comparator.attr.value in self.attributes):
            return updated_node
        items = facts.code(comparator)
        return updated_node.with_changes(comparator=cst.parse_expression(
            f"({COUNTED}({self.tallies}, {items}) if type({items}) is list else {items})"))

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement]:
        change = self.changes.get(id(original_node))
        if change is None:
            return updated_node
        return cst.FlattenSentinel([updated_node, cst.parse_statement(
            f"if type({change.items}) is list:\n"
            f"    {CHANGED}({self.tallies}, {change.items}, {change.item}, {change.by})\n")])
