"""Recipe: a helper whose answer depends on its texts and numbers alone, called by another function of its
module for each item it is handed → a bounded cache beside the helper, asked there instead.

    def public_holidays(year: int) -> set[date]:
        ...                                   # Easter, n-th weekdays, substitute days

    def is_off_peak_day(day: date) -> bool:
        return day.weekday() >= 5 or day in public_holidays(day.year)

works out a year's holidays again for every date it is asked about (holdout19/toll_gantry, studied after
its blind run: twice for every passage, through two callers in two other modules).  The module gets

    _public_holidays_kept = functools.lru_cache(maxsize=4096)(public_holidays)

after the helper, and the call becomes `(_public_holidays_kept(day.year) if type(day.year) is int else
public_holidays(day.year))`.  The cache lasts as long as the module, so it serves every caller of
`is_off_peak_day`, however deep below the function they sit; `cache-by-text` keeps answers for one call
of the function only, and only of calls it makes itself.

WHEN.  The helper is one the module defines (or imports from another module of the project: then
wrapped after the import), pure and costly, reading besides its arguments only what
cannot change (`callees`: stable), each parameter annotated `str` or `int` and handed positionally; only
a plain str or int is looked up (`type(x) is str`: a bool equals 1, a str subclass may answer
differently), anything else calls the helper as before.  Its answer is immutable, or a container that
the call site only reads (`day in public_holidays(...)`, see `call_cache.only_read`): a kept answer is
handed out again, so nothing may change it.  An exception is not kept (`lru_cache` keeps answers only),
so a helper raising for some key raises again each time.  The function being optimized is left to
`cache-by-text`; the other functions of its module, and of the project modules it imports (a few levels
deep), are rewritten.

The cache holds at most 4096 answers, so a long-running process asking about ever new keys keeps only
the latest.  A test that replaces the helper on its module (`monkeypatch.setattr`) no longer reaches the
rewritten call sites: the verifier's run of the project's tests would show it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import libcst as cst
import libcst.matchers as m

from wattlens.analysis.target import add_imports, unified_diff
from wattlens.models import Candidate, Target
from wattlens.optimize import call_cache, callees, purity
from wattlens.optimize import cst_facts as facts

NAME = "lasting-cache"
EXPLANATION = (
    "a helper depending on its texts and numbers alone was worked out again for the same ones on every call; "
    "a bounded cache beside it hands back the answers it already gave"
)
_MOST_ANSWERS = 4096


def candidates(target: Target, reached: Sequence[tuple[Path, str, cst.Module]]) -> list[Candidate]:
    """One candidate per module of `reached` (the function's own, then those it imports: see
    `callees.ProjectModules.reached`) with such calls."""
    found: list[Candidate] = []
    for path, source, module in reached:
        own = target.qualname if path == target.file else None
        rewritten = _rewrite(module, callees.ProjectModules(target.project_dir, path), own)
        if rewritten is None:
            continue
        text, helpers = rewritten
        diff = unified_diff(path.as_posix(), source, text)
        digest = hashlib.sha256(diff.encode()).hexdigest()[:8]
        found.append(Candidate(id=f"recipe-{NAME}-{digest}", source="recipe", diff=diff,
                               rationale=f"recipe {NAME} (in {path.as_posix()}, {', '.join(helpers)}): "
                                         f"{EXPLANATION}"))
    return found


def _rewrite(module: cst.Module, project: callees.ProjectModules, own: str | None) -> tuple[str, list[str]] | None:
    """The module with its helpers' answers kept and the names of those helpers; None where none is."""
    trusted = callees.trusted_in(module, project)
    with purity.trusting(trusted):
        keyed, containers, counted, listed = callees.text_keyed(module, trusted, None)
    # (a list is no key of a module-wide cache: only texts and numbers are)
    keyed = {name: at - listed.get(name, frozenset()) for name, at in keyed.items()}
    definitions = {s.name.value: s for s in module.body if isinstance(s, cst.FunctionDef)}
    helpers = {name: definitions[name] for name in trusted.stable
               if name in definitions and _keyed_throughout(definitions[name], keyed.get(name, frozenset()))}
    # and those it imports from the project's other modules, as their modules judge them
    helpers.update({local: imported.definition for local, imported in trusted.imported.items()
                    if imported.definition.name.value in imported.home.stable and local not in definitions
                    and _keyed_throughout(imported.definition, keyed.get(local, frozenset()))})
    taken = facts.names_in(module)
    if not helpers or ("functools" in taken and "import functools" not in module.code):
        return None
    kept_names: dict[str, str] = {}
    replaced: dict[int, cst.CSTNode] = {}
    with purity.trusting(trusted):
        for function in _functions(module):
            if function.name.value in helpers or function.name.value == own:
                continue
            parents = facts.parents(function.body)
            shadowed = facts.local_names(function)
            for call in facts.walk(function.body):
                if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Name)
                        and call.func.value in helpers and call.func.value not in shadowed):
                    continue
                name = call.func.value
                if len(call.args) != len(helpers[name].params.params) \
                        or any(a.keyword is not None or a.star or not facts.is_simple(a.value) for a in call.args) \
                        or (name in containers and not call_cache.only_read(call, parents, shadowed, function)):
                    continue
                if name not in kept_names:
                    kept_names[name] = facts.unused_name(taken | set(kept_names.values()), f"_{name.strip('_')}_kept")
                ints = counted.get(name, frozenset())
                arguments = ", ".join(facts.code(a.value) for a in call.args)
                test = " and ".join(f"type({facts.code(a.value)}) is {'int' if i in ints else 'str'}"
                                    for i, a in enumerate(call.args))
                replaced[id(call)] = cst.parse_expression(
                    f"({kept_names[name]}({arguments}) if {test} else {facts.code(call)})")
    if not replaced:
        return None
    new = module.visit(facts.ReplaceNodes(replaced))
    assert isinstance(new, cst.Module)
    def wrapper(name: str) -> cst.BaseStatement:
        return cst.parse_statement(f"{kept_names[name]} = functools.lru_cache(maxsize={_MOST_ANSWERS})({name})"
                                   f"  # its answers depend on its arguments alone\n").with_changes(
            leading_lines=[cst.EmptyLine(), cst.EmptyLine()])

    body: list[cst.BaseStatement] = []
    for original, statement in zip(module.body, new.body, strict=True):
        body.append(statement)
        # after the helper's definition, or after the import binding it
        bound = {original.name.value} if isinstance(original, cst.FunctionDef) else {
            name for alias in m.findall(original, m.ImportAlias()) for name in facts.bound_otherwise(alias)}
        body.extend(wrapper(name) for name in kept_names if name in bound)
    text = add_imports(new.with_changes(body=body).code, ["import functools"])
    try:
        compile(text, "<recipe>", "exec")
    except SyntaxError:
        return None
    return text, sorted(kept_names)


def _keyed_throughout(helper: cst.FunctionDef, positions: frozenset[int]) -> bool:
    """Every parameter positional, plain and kept by (annotated `str` or `int`)."""
    params = helper.params
    return bool(params.params) and not isinstance(params.star_arg, (cst.Param, cst.ParamStar)) \
        and not (params.kwonly_params or params.star_kwarg or params.posonly_params) \
        and set(range(len(params.params))) <= positions


def _functions(module: cst.Module) -> list[cst.FunctionDef]:
    """The module's functions and its classes' methods."""
    found = [s for s in module.body if isinstance(s, cst.FunctionDef)]
    for statement in module.body:
        if isinstance(statement, cst.ClassDef) and isinstance(statement.body, cst.IndentedBlock):
            found.extend(s for s in statement.body.body if isinstance(s, cst.FunctionDef))
    return found
