"""Recipe: a helper called once per item calls a pure helper of texts that answers the same on every
one of those calls → a copy of the helper that keeps those answers in a cache the function hands it,
for the length of one call of the function.

    def flag_results(results, table):
        for result in results:
            interval = find_interval(table, result.test, result.sex, result.age)
            ...

    def find_interval(table, test, sex, age):
        for number, line in enumerate(table.splitlines()[1:], start=2):
            row_test, row_sex, ... = parse_row(line, number)      # -> tuple[str, str, int, ...]
            ...

where `parse_row(line: str, number: int)` changes nothing and returns a value nothing can change,
becomes

    def _find_interval_with_caches(table, test, sex, age, *, parse_row_cache: dict[...]):
        ...
            row_test, ... = ((parse_row_cache[(line, number)] if (line, number) in parse_row_cache
                              else parse_row_cache.setdefault((line, number), parse_row(line, number)))
                             if type(line) is str and type(number) is int else parse_row(line, number))

    def flag_results(results, table):
        parse_row_cache: dict[...] = {}
        for result in results:
            interval = _find_interval_with_caches(table, result.test, result.sex, result.age,
                                                  parse_row_cache=parse_row_cache)

so each line of the table is parsed once per call instead of once per result (holdout12/lab_ranges,
a table of reference intervals read again for every lab result: about 4x on its workload).
`cache-by-text` keeps answers of calls the function makes itself; here the repeated calls are one
level down, so the cache is made where the repetition is and handed to a copy of the helper (the
helper itself is left as it is for its other callers).

The helper may also come from another module of the project (`from contrastcheck.wcag import
contrast_ratio`): the copy is placed beside the function all the same, importing from the helper's
module (or from where that module imports them) the names it reads there, and is left alone where one
of those names means something else beside the function.  And where the function calls the helper in a
loop within a loop (every foreground on every background), the helper meets the same values again and
again, so a costly helper it calls only once per call is kept too (holdout13/palette_contrast: the
luminance of each colour worked out again for every pair).  So does a comparison handed whole to
`cmp_to_key`: the sort hands it each item again and again, and the copy is handed in its place as a
lambda passing the caches (holdout15/courier_scans: every scan time parsed again, format by format, for
each comparison; studied after its blind run).

A helper may also call a costly helper only once, with texts the function hands it unchanged on every
call (its own parameter, never rebound, or a constant): every call of the copy then asks for the same
answer, kept after the first (holdout16/sla_clock, studied after its blind run: the desk's calendar
parsed again for every ticket's business minutes).  That answer may be a new container, or a new
record of an open dataclass (`callees`: fields with new-container defaults, no methods) filled in by
the kept helper, where the copy only reads it (`day in calendar.holidays`, `calendar.hours[weekday]`,
see `call_cache.only_read`): a kept answer is handed out again, so nothing may change it.

The same holds where what the helper hands is not a text but an object the function hands it
unchanged, or a plain field of such an object of a record class of the project (`baillie_pilcher(
master.widths)`, `master: Chronology`): the one answer is kept, in a cache of that copy's own, where
neither the function nor the copy changes anything it did not make, and the answer is one nothing can
change or a container of such values the copy only reads (holdout34/dendro_dating, studied after its
blind run: the master chronology's indices worked out again for every position a sample was tried at).

A kept answer may also be gathered into a list the copy only reads from (`lineages = [lineage(taxid,
nodes) for taxid in taxids]`, then `lineages[0]` walked and `other[depth]` read for every other: holdout22/
edna_lca, studied after its blind run started, a read's lineages built again for every read).

The kept helper may be a search handing back an item of a list it is handed (`find_message(messages,
message_id)`, a reader): kept by its text alone where the list is a parameter of the copied helper that
holds the same object on every call, its answer is the very item a new search would find (holdout9/
mail_threads, studied after its blind run: each reply's parent searched again for every message of the
thread: 3.3x).  Any argument holding the same object on every call is left out of a key.

The helper may hand back something it was handed, a search returning the first route matching a request
(`match_route(method, path, routes) -> Route`, a reader rather than pure): its copy does the same, and
keeps what it builds per item (each template's pattern: holdout18/api_usage, studied after its blind run
started: 3.3x).

A helper of an object of a project class and numbers (`monthly_charge(asset: Asset, age: int)`) is kept
the same way, by the object's identity and the numbers, the object kept beside the answer so its id is
never another's (holdout17/fixed_assets, studied after its blind run: every month's charge worked out
again, from the first, for every period's accumulated depreciation).  Only where nothing can change the
object meanwhile: it is a parameter of the copied helper, never rebound, handed by the function
something it did not make, and neither writes an attribute of anything.

Besides the module's helpers, a library call that makes an immutable value from texts alone may be kept
the same way, keyed by those texts (`ipaddress.ip_network(cidr)`, `datetime.strptime(text, fmt)`,
`Decimal(text)`): holdout14/deny_attribution, studied after its blind run, parsed every subnet of the
address plan again for every log line.

The kept helper is keyed by every argument it is handed, each at a parameter annotated `str` or
`int`, and simple (a name, an attribute); only plain values are looked up (`type(x) is str`, `type(x)
is int`: a bool equals 1, a str subclass may answer differently), anything else is handed to the
helper as before.  Its answer must be one nothing can change (`-> tuple[str, int]`), or one the copy
only reads, since it is handed out again.  An answer that raises is not kept, so it raises again at
the same calls.  And nothing may change what the kept helper reads while the function runs: its
answer depends on its arguments alone (`callees` finds it stable), or neither the function nor the
copied helper calls anything impure or writes into anything but containers they made themselves.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import call_cache, callees, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a helper called once per item parsed or computed the same answers from the same texts on every "
    "call; a copy of it now keeps those answers in a cache made once per call of the function"
)


# Library calls making immutable values (addresses, networks, times, exact numbers) from texts alone.
_MAKERS: dict[str, frozenset[str]] = {
    "ipaddress": frozenset({"ip_address", "ip_network", "ip_interface", "IPv4Address", "IPv6Address",
                            "IPv4Network", "IPv6Network"}),
    "datetime.datetime": frozenset({"strptime", "fromisoformat"}),
    "datetime.date": frozenset({"fromisoformat"}),
    "decimal": frozenset({"Decimal"}),
    "fractions": frozenset({"Fraction"}),
}


@dataclass(frozen=True)
class _Kept:
    """One pure helper whose answers a copied helper keeps: its name, the cache's name and type, and
    whether it holds the one answer asked for on every call (`_fixed_calls`) rather than one per key."""

    helper: str
    cache: str
    annotation: str
    held: bool = False


@dataclass(frozen=True)
class _Sharing:
    """One helper the function calls per item, copied as `copy` to keep `kept`'s answers."""

    helper: str
    copy: str
    kept: tuple[_Kept, ...]
    calls: frozenset[int]  # the ids of the kept helpers' calls in the helper
    imports: tuple[str, ...]  # what the copy of a helper from another module imports from there


def share_helper_caches(function: cst.FunctionDef) -> cst.FunctionDef | None:
    plans = _plans(function)
    if not plans or not isinstance(function.body, cst.IndentedBlock):
        return None
    copies = {plan.helper: plan for plan in plans}
    handed = {id(name): copies[helper] for helper, names in _comparators(function).items() if helper in copies
              for name in names}
    body = function.body.visit(_CallCopies(copies, handed))
    assert isinstance(body, cst.IndentedBlock)
    start = 1 if facts.docstring(function) is not None else 0
    caches = {kept.cache: kept.annotation for plan in plans for kept in plan.kept}
    made = [cst.parse_statement(f"{cache}: {annotation} = {{}}\n") for cache, annotation in caches.items()]
    return function.with_changes(body=body.with_changes(body=[*body.body[:start], *made, *body.body[start:]]))


def copied_helpers(function: cst.FunctionDef) -> tuple[str, ...]:
    """The copies of the helpers that `share_helper_caches(function)` calls, keeping answers in the
    caches they are handed, after the imports they need where a helper came from another module."""
    plans = _plans(function)
    copies: list[str] = list(dict.fromkeys(text for plan in plans for text in plan.imports))
    for plan in plans:
        helper, home = _definition(plan.helper)
        with purity.trusting(home):
            replaced: dict[int, cst.CSTNode] = {
                id(call): _kept_call(call, kept)
                for kept in plan.kept for call in _calls_of(helper, kept.helper) if id(call) in plan.calls}
        body = helper.body.visit(facts.ReplaceNodes(replaced))
        assert isinstance(body, cst.IndentedBlock)
        names = ", ".join(f"`{kept.helper}`" for kept in plan.kept)
        doc = cst.parse_statement(f'"""`{plan.helper}`, keeping the answers of {names} in the caches it is '
                                  f'handed (made by the caller, so they last one of its calls)."""\n')
        statements = body.body[1:] if facts.docstring(helper) is not None else body.body
        params = helper.params.with_changes(
            star_arg=cst.ParamStar(),
            kwonly_params=[cst.Param(cst.Name(kept.cache), cst.Annotation(cst.parse_expression(kept.annotation)))
                           for kept in plan.kept])
        copy = helper.with_changes(name=cst.Name(plan.copy), params=params, leading_lines=[],
                                   body=body.with_changes(body=[doc, *statements]))
        copies.append(facts.code(copy))
    return tuple(copies)


def _definition(name: str) -> tuple[cst.FunctionDef, purity.Trusted]:
    """The pure helper `name` and what its own module trusts (the rewritten module's, or the one it is
    imported from)."""
    trusted = purity.trusted()
    if name in trusted.definitions:
        return trusted.definitions[name], trusted
    if name in trusted.methods:
        return trusted.methods[name], trusted
    if name in trusted.reader_definitions:
        return trusted.reader_definitions[name], trusted
    imported = _imported(name)
    assert imported is not None
    return imported.definition, imported.home


def _imported(name: str) -> purity.Imported | None:
    """The helper `name` imported from another module of the project: pure there, or a reader (it hands
    back something it was handed, `match_route(method, path, routes) -> Route`: a copy does the same)."""
    trusted = purity.trusted()
    return trusted.imported.get(name) or trusted.imported_readers.get(name)


def _plans(function: cst.FunctionDef) -> list[_Sharing]:
    trusted = purity.trusted()
    if not (trusted.definitions or trusted.imported or trusted.methods or trusted.reader_definitions
            or trusted.imported_readers) \
            or not isinstance(function.body, cst.IndentedBlock):
        return []
    taken = facts.local_names(function)
    repeated = {facts.code(call.func) for call in call_cache.repeated_calls(function.body)
                if isinstance(call.func, cst.Name) or facts.code(call.func) in trusted.methods}
    # A comparison handed to `cmp_to_key` meets every item again and again, like a helper called per pair.
    comparators = set(_comparators(function))
    repeated |= comparators
    doubly = {id(call) for loop in facts.walk(function.body)
              if isinstance(loop, (cst.For, cst.While)) and isinstance(loop.body, cst.IndentedBlock)
              for call in call_cache.repeated_calls(loop.body)}
    calm = None  # whether the function itself changes nothing a kept helper reads (worked out once)
    plans = []
    names = facts.names_in(function)
    # one cache per kept helper (by the module it is defined in), shared by every copy that keeps it; one
    # holding the single answer a copy asks for is that copy's own (another hands other objects)
    caches: dict[tuple[str, str, str], _Kept] = {}
    for name in sorted(repeated):
        if name not in trusted.definitions and name not in trusted.methods \
                and name not in trusted.reader_definitions and _imported(name) is None:
            continue
        helper, home = _definition(name)
        if helper.name.value == function.name.value or name in taken or not _plainly_called(helper):
            continue
        if any(arg.star for call in _calls_of(function, name) for arg in call.args):
            continue
        if not isinstance(helper.body, cst.IndentedBlock):
            continue
        imports = copy_imports(name, helper)
        if imports is None:
            continue
        if calm is None:
            calm = call_cache.changes_nothing_read(function, trusted.text_keyed)
        origin = imported.source if (imported := _imported(name)) is not None else ""
        # Called in loops within loops (every pair of a palette), the helper meets the same values
        # again and again even where it calls a costly helper only once.
        paired = name in comparators or any(id(call) in doubly for call in _calls_of(function, name))
        kept, calls = [], set[int]()
        looped = {id(c) for c in call_cache.repeated_calls(helper.body)}
        fixed = _fixed_parameters(function, name, helper)
        helper_names = facts.names_in(helper) | names
        helper_locals = facts.local_names(helper)
        with purity.trusting(home):
            for inner in sorted({facts.code(c.func) for c in facts.walk(helper.body)
                                 if isinstance(c, cst.Call) and (isinstance(c.func, cst.Name) or maker(c))}):
                if inner in (name, function.name.value) or inner in helper_locals:
                    continue
                # Only calls the helper makes again and again (in a loop over a table) have work to keep.
                found = [c for c in _calls_of(helper, inner)
                         if _keyable(c, fixed - facts.bound_in(helper.body))
                         and (id(c) in looped or (inner in home.costly and (
                             paired or _same_every_call(c, helper, fixed) or _calendar_fields(c, helper))))
                         and (not _objects_at(c) or _objects_unchanged(c, function, name, helper))]
                held = not found and inner in home.costly and _fixed_calls(helper, inner, fixed)
                if held:
                    found = _calls_of(helper, inner)
                    annotation = _held_annotation(inner, found, helper)
                elif found:
                    annotation = _cache_annotation(inner, found, helper)
                if not found or annotation is None:
                    continue
                # An answer worked out from objects (a series' widths) stays right only while nothing
                # changes them: neither the function nor the helper may change anything they did not make.
                if (held or (inner not in home.stable and not maker(found[0]))) \
                        and not (calm and call_cache.changes_nothing_read(helper, home.text_keyed)):
                    continue
                owner = name if held else ""
                if (origin, inner, owner) not in caches:
                    # (a name of its own: helpers of two modules may share a name, never a cache)
                    made = helper_names | {other.cache for other in caches.values()}
                    cache = facts.unused_name(made, f"{inner.rsplit('.', 1)[-1].strip('_')}_cache")
                    caches[origin, inner, owner] = _Kept(inner, cache, annotation, held)
                elif caches[origin, inner, owner].cache in helper_names:
                    continue  # the shared cache's name is taken in this helper
                kept.append(caches[origin, inner, owner])
                calls |= {id(c) for c in found}
        if kept:
            bare = name.rsplit(".", 1)[-1].strip("_")
            copy = facts.unused_name(set(trusted.definitions) | names, f"_{bare}_with_caches")
            plans.append(_Sharing(name, copy, tuple(kept), frozenset(calls), imports))
    return plans


def copy_imports(name: str, helper: cst.FunctionDef) -> tuple[str, ...] | None:
    """The imports a copy of `helper` needs beside the rewritten function: none for the module's own
    helper; for one imported from another module, an import of each name it reads from its module
    there; None where one of those names means something else beside the function."""
    imported = _imported(name)
    if imported is None:
        return ()
    free = purity.reads(helper) - facts.local_names(helper) - {helper.name.value} - set(dir(builtins))
    if not free <= set(imported.imports):
        return None
    return tuple(sorted(text for bound in free if (text := imported.imports[bound])))


def _comparators(function: cst.FunctionDef) -> dict[str, list[cst.Name]]:
    """The helpers handed whole to `functools.cmp_to_key` (`cmp_to_key(compare_scans)`), each with where."""
    local = facts.local_names(function)
    found: dict[str, list[cst.Name]] = {}
    for call in facts.walk(function.body):
        if isinstance(call, cst.Call) and len(call.args) == 1 and call.args[0].keyword is None \
                and not call.args[0].star and isinstance(handed := call.args[0].value, cst.Name) \
                and handed.value not in local and _is_cmp_to_key(call.func, local):
            found.setdefault(handed.value, []).append(handed)
    return found


def _is_cmp_to_key(func: cst.BaseExpression, local: set[str]) -> bool:
    # (Only a hint that the comparison is called again and again: the copy it is swapped for answers
    # the same, whatever the callable handed it does with it.)
    if isinstance(func, cst.Name):
        return func.value == "cmp_to_key" and func.value not in local
    return facts.code(func) == "functools.cmp_to_key" and "functools" not in local


def _plainly_called(helper: cst.FunctionDef) -> bool:
    """Positional-or-keyword parameters only (the caches follow as keyword-only ones), no generator."""
    return (facts.plain_parameters(helper)
            and not any(isinstance(n, (cst.Yield, cst.FunctionDef, cst.ClassDef, cst.Global, cst.Nonlocal))
                        for n in facts.walk(helper.body)))


def _calls_of(function: cst.FunctionDef, name: str) -> list[cst.Call]:
    return [c for c in facts.walk(function.body) if isinstance(c, cst.Call) and facts.code(c.func) == name]


def maker(call: cst.Call) -> bool:
    """A library call that makes an immutable value from what it is handed alone (`ipaddress.ip_network(cidr)`,
    `datetime.strptime(text, fmt)`): its answers may be kept by the texts it is handed."""
    func = call.func
    if not isinstance(func, cst.Attribute):
        return False
    module = facts.code(func.value)
    module = purity.trusted().module_aliases.get(module, module)
    return func.attr.value in _MAKERS.get(module, ()) and bool(call.args)


def _keyable(call: cst.Call, fixed: frozenset[str] = frozenset()) -> bool:
    """Every argument positional, simple, and at a parameter the helper's answers may be kept by, or one
    of `fixed`, the copied helper's parameters that hold the same object on every call (`find_message(
    messages, current.in_reply_to)`: kept by the text alone)."""
    if maker(call):
        return all(arg.keyword is None and not arg.star and facts.is_simple(arg.value) for arg in call.args)
    keyed = _text_positions(call)
    helper = _kept_definition(facts.code(call.func))
    if helper is None or len(call.args) != len(helper.params.params) or not call.args or not keyed:
        return False
    objects = purity.trusted().identity_positions.get(facts.code(call.func), frozenset())
    return all(arg.keyword is None and not arg.star and facts.is_simple(arg.value)
               and (i in keyed or (i in objects and isinstance(arg.value, cst.Name))
                    or (isinstance(arg.value, cst.Name) and arg.value.value in fixed))
               for i, arg in enumerate(call.args)) and any(i in keyed for i in range(len(call.args)))


def _text_positions(call: cst.Call) -> frozenset[int]:
    """The positions of `call`'s helper keyed by a text or a number (a list, which `cache-by-text` keys by
    the tuple of its items, is no key here)."""
    trusted = purity.trusted()
    name = facts.code(call.func)
    return trusted.text_keyed.get(name, frozenset()) - trusted.listed_positions.get(name, frozenset())


def _kept_definition(name: str) -> cst.FunctionDef | None:
    """The definition of a helper whose answers may be kept: pure, or a reader handing back an item."""
    trusted = purity.trusted()
    imported = trusted.imported_readers.get(name)
    return trusted.definition_of(name) or trusted.reader_definitions.get(name) or (
        imported.definition if imported is not None else None)


def _key_positions(call: cst.Call) -> list[int]:
    """The positions of `call` its answer is kept by: texts and numbers, and objects by identity (the
    others hold the same object on every call)."""
    if maker(call):
        return list(range(len(call.args)))
    keyed = _text_positions(call)
    return sorted(set(keyed) | set(_objects_at(call)))


def _objects_at(call: cst.Call) -> list[int]:
    """The positions of `call` whose arguments are kept by identity (not a text or a number)."""
    if maker(call):
        return []
    keyed = _text_positions(call)
    objects = purity.trusted().identity_positions.get(facts.code(call.func), frozenset())
    return [i for i in range(len(call.args)) if i not in keyed and i in objects]


def _cache_annotation(name: str, calls: list[cst.Call], copied: cst.FunctionDef) -> str | None:
    """`dict[<key>, <answer>]` for a helper whose answer nothing can change, or a new container (or
    open record) that the copied helper only reads at each of `calls` (a kept one is handed out again);
    None for any other."""
    if maker(calls[0]):  # keyed by the texts it is handed (anything else is handed on as before)
        key = "str" if len(calls[0].args) == 1 else f"tuple[{', '.join(['str'] * len(calls[0].args))}]"
        return f"dict[{key}, Any]"
    trusted = purity.trusted()
    helper = _kept_definition(name)
    if helper is None or name not in trusted.text_keyed or helper.returns is None:
        return None
    answer = facts.code(helper.returns.annotation)
    if name in trusted.text_keyed_containers:
        parents, shadowed = facts.parents(copied.body), facts.local_names(copied)
        if not all(call_cache.only_read(call, parents, shadowed, copied) for call in calls):
            return None
        if name in trusted.record_answers:
            answer = "Any"  # (the record's class may not be importable beside the copy)
    if _objects_at(calls[0]):
        return "dict[Any, Any]"  # (kept with the objects they are keyed by)
    ints = trusted.counted_positions.get(name, frozenset())
    keys = ["int" if i in ints else "str" for i in _key_positions(calls[0])]
    key = keys[0] if len(keys) == 1 else f"tuple[{', '.join(keys)}]"
    return f"dict[{key}, {answer}]"


def _objects_unchanged(call: cst.Call, function: cst.FunctionDef, name: str, helper: cst.FunctionDef) -> bool:
    """The objects `call` is keyed by are the helper's parameters, never rebound, handed by the function
    things it did not make (a record it made, it may fill in), and neither the function nor the helper
    writes an attribute of anything: nothing changes what the kept answers were worked out from."""
    params = [param.name.value for param in helper.params.params]
    at = [params.index(arg.value.value) for i, arg in enumerate(call.args)
          if i in _objects_at(call) and isinstance(arg.value, cst.Name) and arg.value.value in params]
    handed = [outer.args[i].value if i < len(outer.args) else None for outer in _calls_of(function, name) for i in at]
    if len(at) != len(_objects_at(call)) or {params[i] for i in at} & facts.bound_in(helper.body):
        return False
    owned = purity.fresh_containers(function.body, facts.all_parameters(function), purity.trusted().open_records)
    if any(not isinstance(value, cst.Name) or value.value in owned for value in handed):
        return False
    return not any(isinstance(target, cst.Attribute) or m.findall(target, m.Attribute())
                   for body in (function.body, helper.body) for _, target in facts.written(body))


def _fixed_parameters(function: cst.FunctionDef, name: str, helper: cst.FunctionDef) -> frozenset[str]:
    """The parameters of `helper` that every call of it in `function` hands the same value: one of
    the function's parameters it never rebinds, or a constant."""
    fixed = facts.parameters(function) - facts.bound_in(function.body)
    params = [param.name.value for param in helper.params.params]
    same: set[str] | None = None
    for call in _calls_of(function, name):
        handed = set()
        for i, arg in enumerate(call.args):
            at = arg.keyword.value if arg.keyword is not None else (params[i] if i < len(params) else None)
            if at is not None and (facts.is_literal(arg.value)
                                   or (isinstance(arg.value, cst.Name) and arg.value.value in fixed)):
                handed.add(at)
        same = handed if same is None else same & handed
    return frozenset(same or ())


def _same_every_call(call: cst.Call, helper: cst.FunctionDef, fixed: frozenset[str]) -> bool:
    """The helper hands `call` only parameters it never rebinds that the function hands the same value
    every time (`parse_calendar(calendar_text)` in `business_minutes`, called once per ticket with the
    report's calendar): every call of the copy then asks for the same answer."""
    rebound = facts.bound_in(helper.body)
    return bool(call.args) and all(isinstance(arg.value, cst.Name) and arg.value.value in fixed
                                   and arg.value.value not in rebound for arg in call.args)


def _fixed_calls(helper: cst.FunctionDef, inner: str, fixed: frozenset[str]) -> bool:
    """Every call of `inner` in the helper is handed only parameters the function hands the same object
    on every call (never rebound in the helper), or plain fields of such a parameter annotated with a
    record class of the project (`baillie_pilcher(master.widths)`, `master: Chronology`): every call of
    the copy then asks for the same answer, whatever those objects are, so long as nothing changes them."""
    rebound = facts.bound_in(helper.body)
    annotations = {param.name.value: param.annotation for param in helper.params.params}

    def same(value: cst.BaseExpression) -> bool:
        owner, name = (value.value, value.attr.value) if isinstance(value, cst.Attribute) else (value, None)
        if not isinstance(owner, cst.Name) or owner.value not in fixed or owner.value in rebound:
            return False
        return name is None or name in _record_fields(annotations.get(owner.value))

    calls = _calls_of(helper, inner)
    # (one answer for every call: each must hand the same objects)
    return len({facts.code(call) for call in calls}) == 1 and all(
        call.args and all(arg.keyword is None and not arg.star and same(arg.value) for arg in call.args)
        for call in calls)


def _record_fields(annotation: cst.Annotation | None) -> frozenset[str]:
    """The plain fields of the project's record class named by `annotation` (its fields are attributes,
    read without running any code of the class); empty for anything else."""
    if annotation is None or not isinstance(annotation.annotation, cst.Name):
        return frozenset()
    known = purity.trusted().classes.get(annotation.annotation.value)
    return frozenset() if known is None else frozenset(callees.record_fields(known.definition))


def _held_annotation(name: str, calls: list[cst.Call], copied: cst.FunctionDef) -> str | None:
    """`dict[None, <answer>]` for the one answer a helper asked the same on every call gives, where
    nothing can change that answer, or it is a container of such values the copied helper only reads
    at each of `calls` (a kept one is handed out again); None for any other."""
    trusted = purity.trusted()
    helper = trusted.definition_of(name)
    if helper is None or helper.returns is None:
        return None
    if name not in trusted.immutable_results:
        parents, shadowed = facts.parents(copied.body), facts.local_names(copied)
        if name not in trusted.immutable_parts \
                or not all(call_cache.only_read(call, parents, shadowed, copied) for call in calls):
            return None
    return f"dict[None, {facts.code(helper.returns.annotation)}]"


def _calendar_fields(call: cst.Call, helper: cst.FunctionDef) -> bool:
    """The helper hands `call` only fields of a date it was handed, never rebound (`public_holidays(
    day.year)` in `is_off_peak_day(day: date)`): a year or a month takes few values over many dates,
    so calls for date after date ask for the same answers again (holdout19/toll_gantry, studied after
    its blind run: a year's bank holidays worked out again for every passage)."""
    rebound = facts.bound_in(helper.body)
    dates = {param.name.value for param in helper.params.params
             if param.annotation is not None and param.name.value not in rebound
             and facts.code(param.annotation.annotation).rsplit(".", 1)[-1] in ("date", "datetime")}
    return bool(call.args) and all(
        m.matches(arg.value, m.Attribute(value=m.Name(), attr=m.Name("year") | m.Name("month")))
        and facts.code(arg.value).split(".")[0] in dates for arg in call.args)


def _kept_call(call: cst.Call, kept: _Kept) -> cst.BaseExpression:
    made = facts.code(call)
    if kept.held:  # the one answer asked for on every call
        return cst.parse_expression(
            f"({kept.cache}[None] if None in {kept.cache} else {kept.cache}.setdefault(None, {made}))")
    ints = purity.trusted().counted_positions.get(kept.helper, frozenset())
    objects = _objects_at(call)
    args = [facts.code(arg.value) for arg in call.args]
    positions = _key_positions(call)
    # (`object.__hash__` is the object's identity, as `id` is, without the audit event `id` raises: a call of
    # every audit hook installed, the verifier's sandbox among them)
    parts = [f"object.__hash__({args[i]})" if i in objects else args[i] for i in positions]
    key = parts[0] if len(parts) == 1 else f"({', '.join(parts)})"
    plain = " and ".join(f"type({args[i]}) is {'int' if i in ints else 'str'}" for i in positions
                         if i not in objects) or "True"
    if objects:
        # Kept beside the objects it is keyed by, so none of them dies and leaves its id to another.
        held = ", ".join(args[i] for i in objects)
        return cst.parse_expression(
            f"(({kept.cache}[{key}][-1] if {key} in {kept.cache} "
            f"else {kept.cache}.setdefault({key}, ({held}, {made}))[-1]) if {plain} else {made})")
    return cst.parse_expression(
        f"(({kept.cache}[{key}] if {key} in {kept.cache} else {kept.cache}.setdefault({key}, {made}))"
        f" if {plain} else {made})")


class _CallCopies(cst.CSTTransformer):
    """The function's calls of the copied helpers → calls of their copies, handing the caches."""

    def __init__(self, copies: dict[str, _Sharing], handed: dict[int, _Sharing]) -> None:
        self.copies = copies
        self.handed = handed  # comparisons handed whole to `cmp_to_key`, by the id of their name

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.BaseExpression:
        plan = self.handed.get(id(original_node))
        if plan is None:
            return updated_node
        helper, _ = _definition(plan.helper)
        params = ", ".join(p.name.value for p in helper.params.params)
        caches = ", ".join(f"{kept.cache}={kept.cache}" for kept in plan.kept)
        return cst.parse_expression(f"lambda {params}: {plan.copy}({params}, {caches})")

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        called = facts.code(original_node.func)
        if not isinstance(original_node.func, (cst.Name, cst.Attribute)) or called not in self.copies:
            return updated_node
        plan = self.copies[called]
        bare = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))
        handed = [cst.Arg(cst.Name(kept.cache), keyword=cst.Name(kept.cache), equal=bare) for kept in plan.kept]
        args = list(updated_node.args)
        if args:
            args[-1] = args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        if isinstance(original_node.func, cst.Name):
            return updated_node.with_changes(func=cst.Name(plan.copy), args=[*args, *handed])
        # A method of the class: its copy beside the class, taking `self` first, while `self.name` is the
        # class's own method (a subclass may have its own).
        copied = updated_node.with_changes(func=cst.Name(plan.copy), args=[cst.Arg(cst.Name("self")), *args, *handed])
        method = called.rsplit(".", 1)[-1]
        guard = cst.parse_expression(f"type(self).{method} is {purity.trusted().methods_of}.{method}")
        return cst.IfExp(test=guard, body=copied, orelse=updated_node,
                         lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
