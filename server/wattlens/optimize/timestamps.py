"""Recipe: `datetime.strptime(text, "%Y-%m-%d %H:%M:%S")` in a module's functions → a reader of the
fixed-width digits beside them, handing anything else to `strptime` as before.

    STAMP = "%Y-%m-%d %H:%M:%S"

    def driving_summary(activities):
        for activity in activities:
            start = datetime.strptime(activity.start, STAMP)
            ...

spends most of its time inside `_strptime`, which builds a match of the whole format through a locale-aware
regular expression and then sorts out every directive it might hold (holdout23/driver_hours, studied after
its blind run started: two stamps per activity, each one new).  The module gets

    _STAMP_DIGITS = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})")


    def _read_stamp(text):
        if type(text) is str:
            found = _STAMP_DIGITS.fullmatch(text)
            if found is not None:
                year, month, day, hour, minute, second = found.groups()
                try:
                    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
                except ValueError:
                    pass
        return datetime.strptime(text, STAMP)

and the calls become `_read_stamp(activity.start)`.

WHY THE SAME.  Only the numeric directives `%Y %m %d %H %M %S %f` (and `%%`) are read this way, each as
exactly its full width of ASCII digits (4, 2, 2, 2, 2, 2, 6), each at most once.  For such a text,
`strptime`'s own pattern takes the same digits for each field: at every field its first alternative that
matches is the two-digit (four, six) one, and the rest then matches as here.  `strptime` hands those
fields to the `datetime` constructor, defaults 1900-01-01 00:00:00 for the missing ones, as here.  A value
out of range (month 13, 30 February, second 60) makes the constructor raise; then, as for any other text
(single digits, other whitespace, other digits, letters of another case, a str subclass, not a str),
`strptime` itself is asked, so it answers or raises exactly as before, with its own message.

WHEN.  The module imports the class (`from datetime import datetime`, or `import datetime` and calls
`datetime.datetime.strptime`) at its top, once, and the function making the call does not bind that
name itself; the call hands the text and the format positionally; the format is a text literal or a
module name bound once, at the top, to one (declared `global` nowhere).  Every such call in the
module's functions is rewritten, in the function's own module and in the project modules it imports.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import libcst as cst
import libcst.matchers as m

from wattlens.analysis.target import add_imports, unified_diff
from wattlens.models import Candidate, Target
from wattlens.optimize import callees
from wattlens.optimize import cst_facts as facts

NAME = "strptime-fast-path"
EXPLANATION = (
    "datetime.strptime read texts of a fixed numeric format through its general, locale-aware parser; a "
    "reader of the fixed-width digits answers them directly, handing any other text to strptime as before"
)

_WIDTHS = {"Y": 4, "m": 2, "d": 2, "H": 2, "M": 2, "S": 2, "f": 6}
_FIELDS = (("Y", "year", "1900"), ("m", "month", "1"), ("d", "day", "1"), ("H", "hour", "0"),
           ("M", "minute", "0"), ("S", "second", "0"), ("f", "microsecond", "0"))
"""each directive, the constructor argument it gives, and strptime's default where the format lacks it"""


@dataclass(frozen=True)
class _Format:
    code: str
    """the format as the call writes it (a literal, or the module name bound to one)"""
    text: str
    anchor: int
    """index of the module statement after which the reader may be placed"""


def candidates(target: Target, reached: Sequence[tuple[Path, str, cst.Module]],
               project: callees.ProjectModules | None = None) -> list[Candidate]:
    """One candidate per module of `reached` (the function's own, then those it imports: see
    `callees.ProjectModules.reached`) whose functions call `strptime` so."""
    found: list[Candidate] = []
    modules = {path: module for path, _, module in reached}
    for path, source, module in reached:
        imported = imported_formats(module, path, modules, project) if project is not None else {}
        rewritten = rewrite_module(module, imported)
        if rewritten is None:
            continue
        diff = unified_diff(path.as_posix(), source, rewritten)
        digest = hashlib.sha256(diff.encode()).hexdigest()[:8]
        found.append(Candidate(id=f"recipe-{NAME}-{digest}", source="recipe", diff=diff,
                               rationale=f"recipe {NAME} (in {path.as_posix()}): {EXPLANATION}"))
    return found


def pattern_of(text: str) -> tuple[str, list[str]] | None:
    """The regular expression reading `text`'s directives as fixed-width ASCII digits, with the directives in
    the order of its groups; None for a format with any other directive, or one twice."""
    parts: list[str] = []
    order: list[str] = []
    at = 0
    while at < len(text):
        char = text[at]
        if char != "%":
            parts.append(char if char in "- " else re.escape(char))  # (`-` is plain outside a class)
            at += 1
            continue
        directive = text[at + 1:at + 2]
        if directive == "%":
            parts.append("%")
        elif directive in _WIDTHS and directive not in order:
            parts.append(f"([0-9]{{{_WIDTHS[directive]}}})")
            order.append(directive)
        else:
            return None
        at += 2
    return ("".join(parts), order) if order else None


def rewrite_module(module: cst.Module, imported: dict[str, _Format] | None = None) -> str | None:
    """The module with its functions' fixed-format `strptime` calls read by readers placed beside them;
    `imported` are formats it imports from the project's other modules, by local name."""
    receivers = _datetime_classes(module)
    if not receivers or (facts.bound_anywhere(module) & {"re"} and not _imports_re(module)):
        return None
    formats = {**(imported or {}), **_module_formats(module)}
    after_imports = _leading_imports(module)
    readers: dict[tuple[str, _Format], str] = {}  # (receiver, format) -> the reader's name
    replaced: dict[int, cst.CSTNode] = {}
    taken = facts.names_in(module)
    parents = facts.parents(module)
    for node in facts.walk(module):
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute) \
                or node.func.attr.value != "strptime":
            continue
        receiver = facts.code(node.func.value)
        scopes = [s for s in facts.ancestors(node, parents) if isinstance(s, (cst.FunctionDef, cst.Lambda))]
        if receiver not in receivers or not any(isinstance(s, cst.FunctionDef) for s in scopes) \
                or len(node.args) != 2 or any(arg.keyword is not None or arg.star for arg in node.args):
            continue
        # a name the function (or one around it) binds itself is not the module's
        shadowed = set().union(*(facts.bound_in(s) | facts.all_parameters(s) if isinstance(s, cst.FunctionDef)
                                 else facts.names_in(s.params) for s in scopes))
        found = _format(node.args[1].value, formats, shadowed)
        if receiver.split(".")[0] in shadowed or found is None or pattern_of(found.text) is None:
            continue
        key = (receiver, found)
        if key not in readers:
            label = found.code.strip("_").lower() if found.code in formats else "timestamp"
            readers[key] = facts.unused_name(taken, f"_read_{label}")
            taken.add(readers[key])
        replaced[id(node)] = node.with_changes(func=cst.Name(readers[key]), args=[
            node.args[0].with_changes(comma=cst.MaybeSentinel.DEFAULT)])
    if not replaced:
        return None
    added: dict[int, list[cst.BaseStatement]] = {}
    for (receiver, found), reader in readers.items():
        shape = facts.unused_name(taken, f"{reader.upper().lstrip('_').replace('READ_', '_')}_DIGITS")
        taken.add(shape)
        at = max(found.anchor, receivers[receiver], after_imports)
        added.setdefault(at, []).extend(_reader(reader, shape, receiver, found.code, found.text))
    new = module.visit(facts.ReplaceNodes(replaced))
    assert isinstance(new, cst.Module)
    source = facts.with_added_after(new, added).code
    return source if _imports_re(module) else add_imports(source, ["import re"])


def _imports_re(module: cst.Module) -> bool:
    return any(isinstance(small, cst.Import) and any(
        m.matches(alias.name, m.Name("re")) and alias.asname is None for alias in small.names)
        for statement in module.body if isinstance(statement, cst.SimpleStatementLine) for small in statement.body)


def _leading_imports(module: cst.Module) -> int:
    """Index of the last statement of the module's opening docstring and imports (-1 for none)."""
    last = -1
    for index, statement in enumerate(module.body):
        if isinstance(statement, cst.SimpleStatementLine) and all(
                isinstance(small, (cst.Import, cst.ImportFrom))
                or (index == 0 and isinstance(small, cst.Expr) and isinstance(small.value, cst.SimpleString))
                for small in statement.body):
            last = index
        else:
            break
    return last


def _reader(name: str, shape: str, receiver: str, code: str, text: str) -> list[cst.BaseStatement]:
    pattern, order = pattern_of(text) or ("", [])
    fields = {directive: argument for directive, argument, _ in _FIELDS}
    values = [f"int({fields[d]})" if d in order else default for d, _, default in _FIELDS]
    while values and values[-1] == "0" and len(values) > 3:  # hour, minute, second and microsecond default to 0
        values.pop()
    names = ", ".join(fields[d] for d in order)
    unpack = f"{names}," if len(order) == 1 else names
    return list(cst.parse_module(
        f"{shape} = re.compile({pattern!r})  # {text!r} as fixed-width ASCII digits\n"
        f"\n\n"
        f"def {name}(text):\n"
        f"    # The digits strptime would read for these fields; any other text goes to strptime itself.\n"
        f"    if type(text) is str:\n"
        f"        found = {shape}.fullmatch(text)\n"
        f"        if found is not None:\n"
        f"            {unpack} = found.groups()\n"
        f"            try:\n"
        f"                return {receiver}({', '.join(values)})\n"
        f"            except ValueError:  # out of range: strptime raises with its own message\n"
        f"                pass\n"
        f"    return {receiver}.strptime(text, {code})\n").body)


def _datetime_classes(module: cst.Module) -> dict[str, int]:
    """How the module names the `datetime` class (`datetime`, `dt.datetime`), with the index of the import,
    where the name is bound once at its top and nowhere declared `global`."""
    once = _bound_once(module)
    found: dict[str, int] = {}
    for index, statement in enumerate(module.body):
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.ImportFrom) and isinstance(small.module, cst.Name) \
                    and small.module.value == "datetime" and not small.relative \
                    and not isinstance(small.names, cst.ImportStar):
                for alias in small.names:
                    local = alias.asname.name if alias.asname is not None else alias.name
                    if m.matches(alias.name, m.Name("datetime")) and isinstance(local, cst.Name):
                        found[local.value] = index
            elif isinstance(small, cst.Import):
                for alias in small.names:
                    local = alias.asname.name if alias.asname is not None else alias.name
                    if m.matches(alias.name, m.Name("datetime")) and isinstance(local, cst.Name):
                        found[f"{local.value}.datetime"] = index
    return {name: index for name, index in found.items() if name.split(".")[0] in once}


def _module_formats(module: cst.Module) -> dict[str, _Format]:
    """Module names bound once, at the top, to a text literal."""
    once = _bound_once(module)
    formats: dict[str, _Format] = {}
    for index, statement in enumerate(module.body):
        binding = facts.single_binding(statement)
        if binding is not None and binding[0].value in once \
                and isinstance(binding[1], (cst.SimpleString, cst.ConcatenatedString)):
            text = binding[1].evaluated_value
            if isinstance(text, str):
                formats[binding[0].value] = _Format(binding[0].value, text, index)
    return formats


def imported_formats(module: cst.Module, path: Path, modules: dict[Path, cst.Module],
                      project: callees.ProjectModules) -> dict[str, _Format]:
    """Names the module binds once, at its top, by `from <project module> import NAME`, where that module binds
    NAME once, at its top, to a text literal (`from doorlog.records import TIMESTAMP`, holdout27/gym_visits,
    studied after its blind run): a str cannot change, so the name holds that text in every function."""
    once = _bound_once(module)
    found: dict[str, _Format] = {}
    for index, statement in enumerate(module.body):
        small = statement.body[0] if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
            else None
        if not isinstance(small, cst.ImportFrom) or isinstance(small.names, cst.ImportStar):
            continue
        home = project.path_of(small, path)
        source = modules.get(home) if home is not None else None
        if source is None:
            continue
        formats = _module_formats(source)
        for alias in small.names:
            local = alias.asname.name if alias.asname is not None else alias.name
            if isinstance(alias.name, cst.Name) and isinstance(local, cst.Name) and local.value in once \
                    and alias.name.value in formats:
                found[local.value] = _Format(local.value, formats[alias.name.value].text, index)
    return found


def _format(value: cst.BaseExpression, formats: dict[str, _Format], shadowed: set[str]) -> _Format | None:
    if isinstance(value, cst.Name):
        return formats.get(value.value) if value.value not in shadowed else None
    if isinstance(value, cst.SimpleString) and isinstance(text := value.evaluated_value, str):
        return _Format(facts.code(value), text, -1)
    return None


def _bound_once(module: cst.Module) -> frozenset[str]:
    """Names bound by one statement at the module's top and declared `global` nowhere (no function rebinds
    them)."""
    declared = {item.name.value for node in facts.walk(module) if isinstance(node, cst.Global) for item in node.names}
    return callees.bound_once_at_top(module) - declared
