"""Recipe: `copy.deepcopy` of plain data (lists and dicts of texts and numbers) → a copier that copies
those containers directly and hands everything else to `copy.deepcopy` with the same memo.

    def score_play(board: list[list[str]], play: Play) -> int:
        trial = copy.deepcopy(board)
        ...

copies a 15 × 15 board of letters for every play scored (holdout25/scrabble_review; holdout24/chem_store and
holdout23/share_register copy a lab's holdings for every movement and a share register for every event;
all three studied after their blind runs).  `copy.deepcopy` makes a Python call, a memo lookup and a dispatch
for every letter, though a letter is never copied.  The call becomes `_deepcopied(board)`, a module-level
helper that copies a list holding only texts and numbers with one slice, and walks other lists and dicts
itself.

WHY THE SAME ANSWER.  The helper does what `copy.deepcopy` does for the kinds it handles, in the same order,
and hands anything else to `copy.deepcopy` itself with the shared memo:
- an object of an exact atomic kind (str, int, float, bool, bytes, complex, None) is returned as it is, as
  `deepcopy` returns it (subclasses go to `deepcopy`, which may copy them);
- an object already copied in this call (an aliased row, a list holding itself) gets the copy made for it,
  looked up in the memo by its id as `deepcopy` looks it up;
- an exact list is copied into a new list, entered in the memo before its items are copied; where all its
  items are atoms, a slice gives the same new list, as those items are not copied;
- an exact dict is copied into a new dict, entered in the memo first, each value then key copied in the
  dict's order, as `deepcopy` does; where all its keys and values are atoms, `dict.copy` gives the same
  new dict;
- an exact tuple of atoms is returned as it is, as `deepcopy` returns a tuple whose items all copy to
  themselves; any other tuple, and every other object, goes to `copy.deepcopy(value, memo)`.
So every copy holds the same atoms and keeps the aliasing and cycles of the original.  One difference is
left: the helper takes one frame per level of nesting where `deepcopy` takes two, so data nested hundreds of
levels deep, which `deepcopy` refuses with RecursionError, is copied.

SHAPES.  `copy.deepcopy(x)` (or `deepcopy(x)` after `from copy import deepcopy`, under any alias bound once at
the module's top and not rebound in the function), with one argument: a memo handed in is left alone.  A
copy of a parameter annotated with one of the project's classes (`budget: Sequence[LineItem]`) is left alone:
each object would go to `deepcopy` through one more call (holdout10/budget_scenarios ran 0.87×).
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts
from wattlens.optimize import purity

EXPLANATION = (
    "`copy.deepcopy` makes a call, a memo lookup and a dispatch for every text and number it meets, though those "
    "are never copied; a copier that slices lists of texts and numbers, walks plain lists and dicts itself and "
    "hands everything else to `copy.deepcopy` with the same memo makes the same copy"
)


def copy_plain_data_directly(function: cst.FunctionDef) -> cst.FunctionDef | None:
    calls = _deep_copies(function)
    if not calls:
        return None
    copier = _copier_name(function)
    rewritten = function.visit(facts.ReplaceNodes({id(call): call.with_changes(func=cst.Name(copier))
                                                   for call in calls}))
    assert isinstance(rewritten, cst.FunctionDef)
    return rewritten


def plain_copier(function: cst.FunctionDef) -> tuple[str, ...]:
    """The module-level copier `copy_plain_data_directly(function)` calls."""
    calls = _deep_copies(function)
    if not calls:
        return ()
    deepcopy = facts.code(calls[0].func)
    copier = _copier_name(function)
    return (
        f"def {copier}(value, memo=None, atoms=frozenset({{str, int, float, bool, bytes, complex, type(None)}})):\n"
        f'    """`{deepcopy}(value)`, lists and dicts of texts and numbers copied directly (`atoms`: the kinds it\n'
        f'    returns as they are); what else they hold goes to `{deepcopy}` with the same memo."""\n'
        f"    kind = type(value)\n"
        f"    if kind in atoms:\n"
        f"        return value\n"
        f"    if memo is None:\n"
        f"        memo = {{}}\n"
        f"    else:\n"
        f"        made = memo.get(id(value), memo)\n"
        f"        if made is not memo:\n"
        f"            return made\n"
        f"    if kind is list:\n"
        f"        if atoms.issuperset(map(type, value)):\n"
        f"            made = value[:]\n"
        f"            memo[id(value)] = made\n"
        f"            return made\n"
        f"        made = []\n"
        f"        memo[id(value)] = made\n"
        f"        for item in value:\n"
        f"            made.append({copier}(item, memo))\n"
        f"        return made\n"
        f"    if kind is dict:\n"
        f"        if atoms.issuperset(map(type, value)) and atoms.issuperset(map(type, value.values())):\n"
        f"            made = value.copy()\n"
        f"            memo[id(value)] = made\n"
        f"            return made\n"
        f"        made = {{}}\n"
        f"        memo[id(value)] = made\n"
        f"        for key, item in value.items():\n"
        f"            made[{copier}(key, memo)] = {copier}(item, memo)\n"
        f"        return made\n"
        f"    if kind is tuple and atoms.issuperset(map(type, value)):\n"
        f"        return value\n"
        f"    return {deepcopy}(value, memo)\n",
    )


def _copier_name(function: cst.FunctionDef) -> str:
    trusted = purity.trusted()
    taken = (facts.names_in(function) | set(trusted.module_functions) | set(trusted.module_constants)
             | set(trusted.classes) | set(trusted.import_sources))
    return facts.unused_name(taken, "_deepcopied")


def _deep_copies(function: cst.FunctionDef) -> list[cst.Call]:
    """The calls of `copy.deepcopy` with one argument, all named alike (`copy.deepcopy` or an alias)."""
    trusted = purity.trusted()
    sources = trusted.import_sources
    local = facts.local_names(function)
    holding_objects = _parameters_holding_objects(function, set(trusted.classes))
    found: list[cst.Call] = []
    for call in m.findall(function, m.Call(args=[m.Arg(keyword=None, star="")])):
        assert isinstance(call, cst.Call)
        if facts.names_in(call.args[0].value) & holding_objects:
            continue  # (each object would go to `deepcopy` through one more call: no gain, a little loss)
        func = call.func
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.attr.value == "deepcopy":
            named = func.value.value
            if sources.get(named) != "copy" or named in local:
                continue
        elif isinstance(func, cst.Name):
            if sources.get(func.value) != "copy.deepcopy" or func.value in local:
                continue
        else:
            continue
        found.append(call)
    if len({facts.code(call.func) for call in found}) != 1:
        return []  # (one fallback named in the copier)
    return found


def _parameters_holding_objects(function: cst.FunctionDef, classes: set[str]) -> set[str]:
    """The parameters annotated with one of the project's classes anywhere in their annotation
    (`budget: Sequence[LineItem]`): copies of what they hold are not plain data."""
    params = [*function.params.posonly_params, *function.params.params, *function.params.kwonly_params]
    return {param.name.value for param in params
            if param.annotation is not None and _names_in_annotation(param.annotation.annotation) & classes}


def _names_in_annotation(annotation: cst.BaseExpression) -> set[str]:
    if isinstance(annotation, cst.SimpleString):  # (a quoted annotation: `"LineItem"`)
        text = annotation.evaluated_value
        try:
            return _names_in_annotation(cst.parse_expression(text)) if isinstance(text, str) else set()
        except cst.ParserSyntaxError:
            return set()
    names = facts.names_in(annotation)
    for quoted in m.findall(annotation, m.SimpleString()):
        assert isinstance(quoted, cst.SimpleString)
        names |= _names_in_annotation(quoted)
    return names
