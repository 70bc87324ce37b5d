"""One patch over every file a model's reply changes, not only the target's.

The time a target spends is often in a helper it calls, and a good fix may add a
small helper of its own.  Besides the target, a reply may therefore:
- rewrite a project function that the request showed as context (the target
  calls it), in whichever module it lives; it is conformed like the target (same
  name and parameters; annotations and docstring restored), and
- define a new module-level function that its rewrite of the target calls; it is
  placed above the target's top-level statement in the target's module.
Any other function in the reply is ignored.  The result is one unified diff over
all changed files, target file first, which the sandbox applies and verifies as
a whole.
"""

from __future__ import annotations

import logging
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from wattlens.analysis.target import (
    TargetError,
    add_imports,
    extract_target,
    insert_before,
    replace_function,
    unified_diff,
)
from wattlens.models import Target
from wattlens.optimize.parsing import (
    Rejected,
    Rewrite,
    conform_to_original,
    module_bindings,
    names_of_function,
    needed_imports,
    parse_rewrite,
    reply_functions,
    undefined_names,
)

log = logging.getLogger(__name__)


@dataclass
class Patch:
    """Changed module texts by file (relative, forward slashes), target's first."""

    target: Target
    modules: dict[str, str] = field(default_factory=dict)
    imports: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What besides the target changed, in words for the rationale."""
    functions: list[str] = field(default_factory=list)
    """Every changed or added function, dedented: the patch as the model's answer reads."""

    @property
    def new_source(self) -> str:
        return "\n\n".join(self.functions)

    def module(self, file: str) -> str:
        if file in self.modules:
            return self.modules[file]
        if file == self.target.file.as_posix():
            return self.target.module_source
        return (self.target.project_dir / file).read_text(encoding="utf-8")

    def diff(self) -> str:
        parts = []
        for file, text in self.modules.items():
            original = self.target.module_source if file == self.target.file.as_posix() else \
                (self.target.project_dir / file).read_text(encoding="utf-8")
            parts.append(unified_diff(file, original, text))
        return "".join(parts)


def build_patch(target: Target, reply: str) -> Patch | Rejected:
    """The patch a reply makes: the target's rewrite, helpers it rewrote or added, or why none."""
    name = target.qualname.rsplit(".", 1)[-1]
    others, reply_imports = reply_functions(reply, name)
    module_names = module_bindings(target.module_source)
    new_helpers = {n: src for n, src in others.items() if n not in module_names and n not in _context_functions(target)}
    rewrite = parse_rewrite(reply, target.source, target.qualname, target.module_source, frozenset(new_helpers))
    patch = Patch(target=target)
    here = target.file.as_posix()
    if isinstance(rewrite, Rewrite):
        try:
            module = replace_function(target.module_source, target.qualname, rewrite.source)
        except TargetError as err:
            return Rejected(f"cannot splice the rewrite into {target.file}: {err}")
        used, _ = names_of_function(rewrite.source)
        for helper, source in new_helpers.items():
            if helper in used:
                module = insert_before(module, target.qualname.split(".", 1)[0], source)
                patch.notes.append(f"adds the helper {helper}")
                patch.functions.append(source)
                patch.imports += needed_imports(reply_imports, source, module)
        patch.modules[here] = module
        patch.functions.insert(0, textwrap.dedent(rewrite.source))
        patch.imports = [*rewrite.imports, *patch.imports]
    for helper, source in others.items():
        item = _context_functions(target).get(helper)
        if item is not None:
            _rewrite_context_function(patch, helper, item, source, reply_imports)
    if not patch.modules:
        return rewrite if isinstance(rewrite, Rejected) else Rejected("the rewrite leaves the module unchanged")
    for file in list(patch.modules):
        if file == here and patch.imports:
            patch.modules[file] = add_imports(patch.modules[file], tuple(dict.fromkeys(patch.imports)))
    if not patch.diff():
        return Rejected("the rewrite leaves the module unchanged")
    return patch


def _context_functions(target: Target) -> dict[str, str]:
    """Module-level project functions shown to the model: name → file."""
    return {item.name: item.file for item in target.context if item.kind == "function"}


def _rewrite_context_function(patch: Patch, name: str, file: str, source: str, reply_imports: tuple[str, ...]) -> None:
    try:
        module = patch.module(file)
        original = extract_target(patch.target.project_dir, Path(file), name, with_context=False).source
    except (OSError, TargetError) as err:
        log.debug("cannot rewrite %s in %s: %s", name, file, err)
        return
    conformed = conform_to_original(source, original)
    if isinstance(conformed, Rejected):
        return  # unchanged (the model repeated the context) or re-signed: left as it is
    imports = needed_imports(reply_imports, conformed, module)
    if undefined_names(conformed, original, module, imports):
        return
    try:
        module = replace_function(module, name, conformed)
    except TargetError:
        return  # a method of that name, not a module-level function
    patch.modules[file] = add_imports(module, imports) if imports else module
    patch.notes.append(f"rewrites {name} in {file}")
    patch.functions.append(textwrap.dedent(conformed))
