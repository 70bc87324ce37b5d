"""Recipe: one collection filtered by a key again on every pass of a loop.

    for name in services:
        total = len([r for r in requests if r.service == name])
        errors = len([r for r in requests if r.service == name and r.status >= 500])

walks all of `requests` twice per service.  The items are filed by that key once, on
the loop's first pass, and each filter walks only the items with an equal key, in
their order, where its whole condition still runs:

    requests_by_service_ready = False
    for name in services:
        if requests_by_service_ready is False:
            requests_by_service = {}
            for r in requests:
                requests_by_service.setdefault(r.service, []).append(r)
            requests_by_service_ready = True
        total = len([r for r in requests_by_service.get(name, ()) if r.service == name])
        ...

A filter qualifies when it is a comprehension or generator over one local collection
(one `for`, no `async`) whose first condition starts with an equality between something
of the item and something that reads no item (or a generator with no condition whose
items are such tests, consumed by `any`: `any(r.service == name for r in requests)`, where an
item with another key adds only a False); a condition that starts with several equalities
(`r.station == station and day_of(r) == day`) files by the tuple of their keys (holdout10/degree_days,
studied after its blind run: 16x where the station alone gave 2.4x); the key must be pure, and nothing in
the loop may change the collection.  Filters with the same collection and key share one
index.  Equal keys share a dict entry (Python's own rule that equal values hash alike),
so no item that passed is lost.  A probe that may raise (`payment["customer"]`) is looked up only
where the collection had items, since the filter worked it out only for an item (holdout14/ar_aging,
false-accepted in its blind run: a payment without a customer on a ledger without invoices).  Where a
key cannot be filed (a list loaded from JSON cannot be hashed; an item of a kind with no such part) the
flag is None and the filters walk the whole collection as before, raising where the original did.

A filter may also start with a membership test of something of the item (`first in basket`, `tag in
post.tags`): each item is filed once under each of its members, so it is found under every probe it
holds, in the collection's order (holdout17/basket_rules, studied after its blind run: the baskets
holding both items of every pair counted over all baskets).  `in` asks `==` of each member of a list,
which a dict answers the same only for plain values: members of any other type, or a collection of
them that is not a list, tuple, set, frozenset or dict (`in` of a text finds substrings), leave the
flag None; a probe that is not a plain value walks the whole collection.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "the loop filters the same collection by a key on every pass, walking all of it each time; its "
    "items are filed by that key once, on the first pass, and each filter walks only the items with "
    "an equal key, in their order, where its whole condition still runs"
)

_ITEM = "__item__"  # the item's name while filters are matched with each other
_PLAIN = "(int, str, float, bool, bytes, type(None))"


@dataclass(frozen=True)
class _Filter:
    node: cst.ListComp | cst.SetComp | cst.GeneratorExp | cst.DictComp
    items: str
    key: cst.BaseExpression
    probe: cst.BaseExpression
    shape: str
    """the collection, the loop target and the key with the item's names made neutral:
    filters of the same shape share an index"""
    members: bool = False
    """the filter asks `probe in key`: each item is filed under every member of its key"""


def index_repeated_filters(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock):
        return None
    local = facts.local_names(function)
    for loop in facts.own_loops(function):
        if not isinstance(loop.body, cst.IndentedBlock):
            continue
        filters = _filters(loop, local)
        if not filters:
            continue
        return _rewrite(function, loop, filters)
    return None


def _filters(loop: cst.For | cst.While, local: set[str]) -> list[_Filter]:
    loop_bound = facts.bound_in(loop)
    # A filter inside a function, lambda or generator of the loop may run after the loop.
    deferred = facts.deferred_nodes(loop.body)
    parents = facts.parents(loop.body)
    found = []
    for node in m.findall(loop.body, m.ListComp() | m.SetComp() | m.GeneratorExp() | m.DictComp()):  # in order
        if not isinstance(node, purity.COMPREHENSIONS) or id(node) in deferred:
            continue
        clause = node.for_in
        if not isinstance(clause.iter, cst.Name) or clause.iter.value not in local:
            continue
        keyed = keyed_filter(node, parents, local, any_unconditioned=True)
        members = keyed is None
        keyed = keyed or _membership_filter(node, parents, local)
        if keyed is None:
            continue
        names, key, probe = keyed
        items = clause.iter.value
        if items in loop_bound or purity.may_change(loop, items, local, loop_bound):
            continue
        shape = f"{items}|{'in' if members else '=='}|{shape_of(names, clause.target, key)}"
        found.append(_Filter(node, items, key, probe, shape, members))
    kept = {id(node) for node in facts.outermost([found_filter.node for found_filter in found])}
    return [found_filter for found_filter in found if id(found_filter.node) in kept]


def keyed_filter(node: cst.ListComp | cst.SetComp | cst.GeneratorExp | cst.DictComp,
                 parents: dict[int, cst.CSTNode], local: set[str], *, any_unconditioned: bool = False
                 ) -> tuple[frozenset[str], cst.BaseExpression, cst.BaseExpression] | None:
    """(the names its target binds, the key, the probe) of a filter with one `for` (not async), made
    where it is used (a generator consumed on the spot), whose first condition starts with an equality
    between a pure key of the item and a pure value that reads no item; with `any_unconditioned`, also
    `any(r.service == name for r in requests)`, whose items are such tests."""
    consumer = purity.consumer(node, parents, local) if isinstance(node, cst.GeneratorExp) else None
    if isinstance(node, cst.GeneratorExp) and consumer is None:
        return None  # a generator kept for later would see the collection as it is then
    clause = node.for_in
    if clause.inner_for_in is not None or clause.asynchronous is not None:
        return None
    if clause.ifs:
        test = clause.ifs[0].test
    elif any_unconditioned and isinstance(node, cst.GeneratorExp) and consumer is not None \
            and m.matches(consumer.func, m.Name("any")):
        test = node.elt  # an item whose test is false changes nothing for `any`
    else:
        return None
    names = purity.target_names(clause.target)
    if not names or not isinstance(clause.target, (cst.Name, cst.Tuple)):
        return None
    keys = _leading_equality(test, names)
    if keys is None:
        return None
    key, probe = keys
    if not purity.is_pure_expression(key, local) or not purity.is_pure_expression(probe, local):
        return None
    return names, key, probe


def _membership_filter(node: cst.ListComp | cst.SetComp | cst.GeneratorExp | cst.DictComp,
                       parents: dict[int, cst.CSTNode], local: set[str]
                       ) -> tuple[frozenset[str], cst.BaseExpression, cst.BaseExpression] | None:
    """(the names its target binds, the members, the probe) of a filter with one `for` (not async),
    made where it is used, whose first condition is `probe in members`: members of the item alone (one
    of its names, or an attribute of one), a pure probe reading no item (`first in basket`)."""
    if isinstance(node, cst.GeneratorExp) and purity.consumer(node, parents, local) is None:
        return None
    clause = node.for_in
    if clause.inner_for_in is not None or clause.asynchronous is not None or not clause.ifs:
        return None
    names = purity.target_names(clause.target)
    test = facts.conjuncts(clause.ifs[0].test)[0]
    if not names or not isinstance(clause.target, (cst.Name, cst.Tuple)) or not isinstance(test, cst.Comparison) \
            or len(test.comparisons) != 1 or not isinstance(test.comparisons[0].operator, cst.In):
        return None
    probe, members = test.left, test.comparisons[0].comparator
    root: cst.BaseExpression = members
    while isinstance(root, cst.Attribute):
        root = root.value
    if not (isinstance(root, cst.Name) and root.value in names) or purity.reads(probe) & names \
            or not purity.is_pure_expression(probe, local):
        return None
    return names, members, probe


def shape_of(names: frozenset[str], *parts: cst.CSTNode) -> str:
    """The code of a filter's parts with the item's `names` made neutral: filters of one shape share an index."""
    neutral = {name: f"{_ITEM}{n}" for n, name in enumerate(sorted(names))}
    return "|".join(facts.renamed_code(part, neutral) for part in parts)


def _leading_equality(
    test: cst.BaseExpression, names: frozenset[str]
) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """(key of the item, what it must equal) when `test` starts with their equality; where it starts
    with several (`r.station == station and day_of(r) == day`), the tuple of their keys and the tuple
    of what they must equal: an item that passes has a key tuple equal to the probe's, so it is filed
    where the probe looks, and the whole condition still runs on what is found there."""
    pairs: list[tuple[cst.BaseExpression, cst.BaseExpression]] = []
    for conjunct in facts.conjuncts(test):
        pair = _equality(conjunct, names)
        if pair is None or (pairs and not facts.cannot_raise(pair[1])):
            break  # (the filter works out a later probe only for items whose earlier keys matched)
        pairs.append(pair)
    if len(pairs) <= 1:
        return pairs[0] if pairs else None
    return (cst.Tuple([cst.Element(key) for key, _ in pairs]),
            cst.Tuple([cst.Element(probe) for _, probe in pairs]))


def _equality(
    test: cst.BaseExpression, names: frozenset[str]
) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
            and isinstance(test.comparisons[0].operator, cst.Equal)):
        return None
    left, right = test.left, test.comparisons[0].comparator
    for key, probe in ((left, right), (right, left)):
        if purity.value_reads(key) and purity.value_reads(key) <= names and not purity.reads(probe) & names:
            return key, probe
    return None


def _rewrite(function: cst.FunctionDef, loop: cst.For | cst.While, filters: list[_Filter]) -> cst.FunctionDef:
    assert isinstance(loop.body, cst.IndentedBlock)
    indexes: dict[str, tuple[str, str]] = {}
    flags: list[cst.BaseStatement] = []
    builds: list[cst.BaseStatement] = []
    taken = facts.names_in(function)
    replaced: dict[int, cst.CSTNode] = {}
    for found in filters:
        if found.shape not in indexes:
            index = facts.unused_name(taken, f"{found.items}_by_{facts.key_label(found.key)}")
            flag = facts.unused_name(taken, f"{index}_ready")
            indexes[found.shape] = index, flag
            flags.append(cst.parse_statement(
                f"{flag} = False  # `{index}` is filed on the first pass (None: its keys cannot be filed)\n"))
            builds.append(_build(found, index, flag, taken))
        clause = found.node.for_in
        index, flag = indexes[found.shape]
        lookup = f"{index}.get({facts.code(found.probe)}, ())"
        if found.members:
            # `probe in members` of a list asks `==` of each member: a probe that is no plain value (a list,
            # which a dict could not even look up) walks the whole collection, as before.
            lookup = f"({lookup} if type({facts.code(found.probe)}) in {_PLAIN} else {found.items})"
        if not facts.cannot_raise(found.probe):
            # The filter worked the probe out only for an item (`payment["customer"]` may raise): with no
            # items, it never ran, so neither may the lookup.
            lookup = f"({lookup} if {index} else ())"
        # Where a key could not be filed, the filter walks the whole collection, as before.
        lookup = f"({found.items} if {flag} is None else {lookup})"
        iterable = cst.parse_expression(lookup)
        replaced[id(found.node)] = found.node.with_changes(for_in=clause.with_changes(iter=iterable))
    body = loop.body.visit(facts.ReplaceNodes(replaced))
    assert isinstance(body, cst.IndentedBlock)
    new_loop = loop.with_changes(body=body.with_changes(body=[*builds, *body.body]))
    return facts.replace_statement(function, loop, [*flags, new_loop])


def _build(found: _Filter, index: str, flag: str, taken: set[str]) -> cst.BaseStatement:
    # The filing loop runs in the function's scope: its variables get names of their own.
    target = found.node.for_in.target
    fresh = {name: facts.unused_name(taken, name) for name in sorted(purity.target_names(target))}
    target_code, key = facts.renamed_code(target, fresh), facts.renamed_code(found.key, fresh)
    if found.members:
        # Each item once under each of its members; members that are no plain values (whose `==` may
        # not agree with their hash), or a collection of them that is not a plain container (`in` of a
        # text finds substrings), leave the whole collection to the filters (as a key that cannot be
        # hashed does).
        entry, members, member, filed = (facts.unused_name(taken, name) for name in ("entry", "members", "member",
                                                                                      "filed"))
        unpack = f"            {target_code} = {entry}\n" if not isinstance(target, cst.Name) else ""
        if isinstance(target, cst.Name):
            entry = target_code
        filing = (f"        for {entry} in {found.items}:\n" + unpack
                  + f"            {members} = {key}\n"
                  f"            if type({members}) not in (list, tuple, set, frozenset, dict):\n"
                  f"                raise TypeError\n"
                  f"            {filed} = set()\n"
                  f"            for {member} in {members}:\n"
                  f"                if type({member}) not in {_PLAIN}:\n"
                  f"                    raise TypeError\n"
                  f"                if {member} not in {filed}:\n"
                  f"                    {filed}.add({member})\n"
                  f"                    {index}.setdefault({member}, []).append({entry})\n")
    elif isinstance(target, cst.Name):
        filing = (f"        for {target_code} in {found.items}:\n"
                  f"            {index}.setdefault({key}, []).append({target_code})\n")
    else:  # `for name, score in pairs` files each whole pair
        entry = facts.unused_name(taken, "entry")
        filing = (f"        for {entry} in {found.items}:\n"
                  f"            {target_code} = {entry}\n"
                  f"            {index}.setdefault({key}, []).append({entry})\n")
    # A key that cannot be hashed (a list loaded from JSON) or worked out (the filter then raises where it
    # meets it): nothing is filed, and the filters walk the collection as before.
    return cst.parse_statement(f"if {flag} is False:\n    {index} = {{}}\n    try:\n{filing}"
                               f"        {flag} = True\n    except TypeError:\n        {flag} = None\n")
