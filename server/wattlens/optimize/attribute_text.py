"""Recipe: a writer object building its text with `self.data += piece` → a subclass of the writer,
beside the function, keeping the text as a list of pieces joined when read.

    writer = ZplWriter(dpi)
    for shipment in shipments:
        writer.start_label(...)
        writer.text(5, 5, "SHIP TO:", 2.5)
        ...
    return writer.data

where

    class ZplWriter:
        def __init__(self, dpi=203):
            self.dpi = dpi
            self.data = ""

        def text(self, x_mm, y_mm, value, size_mm=3.0):
            self.data += f"^FO{self.dots(x_mm)},{self.dots(y_mm)}...^FD{escape_field(value)}^FS\\n"

copies the whole job's text for every field: CPython extends a text in place only when a local
variable holds the one reference to it, never an attribute (holdout16/zpl_labels, studied after its
blind run).  The function makes a `_ZplWriterPieces(dpi)` instead, whose `data` is a property: the
setter starts a list of pieces, the getter joins them (once, keeping the joined text), and each method
adding to it appends its piece:

        piece = f"^FO{self.dots(x_mm)},..."
        if type(piece) is str and type(self._data_pieces[0]) is str:
            self._data_pieces.append(piece)
        else:
            self.data += piece

so a piece that is not an exact text, or a text that is not one, meets `+=` as before (and raises or
adds as it did).

WHEN.  The function binds a name once to `C(...)`, a class of the module or imported by name from the
project's other modules, and otherwise only calls its methods or reads its attributes (it hands the
object nowhere).  `C` has no bases, decorators, metaclass, `__slots__` or attribute hooks
(`__getattr__`, `__setattr__`, `__getattribute__`), nothing bound at class level under the text's name,
and its `__init__` sets the text to a string literal.  Its methods mention `self` only to reach an
attribute (`self.x`: never handing the object on or back), use no `super()`, `__class__` or names the
class would mangle, and each piece added (`self.data += piece`, a statement of its own) changes nothing:
its calls are pure, or methods of the class that change nothing (`self.dots(mm)`), so computing it
before the text is read gives the same piece.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import callees, purity
from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "a writer object built its text with `self.text += piece`, copying the whole text for every piece (an "
    "attribute's text is never extended in place); a subclass beside the function keeps the pieces in a list "
    "and joins them when the text is read"
)

_BUILTINS = frozenset(dir(builtins))
HOOKS = frozenset({"__getattr__", "__setattr__", "__getattribute__", "__delattr__", "__slots__", "__init_subclass__"})


@dataclass(frozen=True)
class _Writer:
    """A class building the text `attribute` by `+=` in `adders` (its methods, by name)."""

    name: str  # as the function calls it
    known: purity.KnownClass
    attribute: str
    adders: tuple[cst.FunctionDef, ...]
    pieces: str  # the subclass's list of pieces
    subclass: str


def build_in_pieces(function: cst.FunctionDef) -> cst.FunctionDef | None:
    writers = _writers(function)
    if not writers or not isinstance(function.body, cst.IndentedBlock):
        return None
    made = {id(call): writer for call, writer in writers}
    return function.with_changes(body=function.body.visit(_Made(made)))


def piece_subclasses(function: cst.FunctionDef) -> tuple[str, ...]:
    """The subclasses `build_in_pieces(function)` makes, after the imports their methods need."""
    texts: list[str] = []
    classes: list[str] = []
    for writer in {writer.subclass: writer for _, writer in _writers(function)}.values():
        texts.extend(_imports(writer.known, writer.adders) or ())
        classes.append(_subclass(writer))
    return (*dict.fromkeys(texts), *classes)


class _Made(cst.CSTTransformer):
    def __init__(self, made: dict[int, _Writer]) -> None:
        self.made = made

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        writer = self.made.get(id(original_node))
        return updated_node if writer is None else updated_node.with_changes(func=cst.Name(writer.subclass))


# --- the function's side ---------------------------------------------------------------------------


def _writers(function: cst.FunctionDef) -> list[tuple[cst.Call, _Writer]]:
    classes = purity.trusted().classes
    if not classes or not isinstance(function.body, cst.IndentedBlock) or facts.calls_frame_readers(function):
        return []
    parents = facts.parents(function.body)
    local = facts.local_names(function)
    taken = facts.names_in(function) | set(classes) | set(purity.trusted().definitions)
    found: list[tuple[cst.Call, _Writer]] = []
    made: dict[str, _Writer] = {}
    for statement in facts.walk(function.body):
        binding = facts.single_assign(statement) if isinstance(statement, cst.SimpleStatementLine) else None
        if binding is None or not isinstance(call := binding[1], cst.Call) or not isinstance(call.func, cst.Name):
            continue
        name, held = call.func.value, binding[0].value
        if name in local or name not in classes \
                or facts.declared_outer(function, held) or facts.captured(function.body.body, held):
            continue
        if not all(_reached(mention, parents) or any(a is statement for a in facts.ancestors(mention, parents))
                   for mention in facts.mentions(function.body, held, parents)):
            continue
        if name not in made:
            writer = _writer(name, classes[name], taken)
            if writer is None:
                continue
            made[name] = writer
        found.append((call, made[name]))
    return found


def _reached(mention: cst.Name, parents: dict[int, cst.CSTNode]) -> bool:
    """`held.method(...)` or `held.attribute` read: the object itself goes nowhere."""
    parent = parents.get(id(mention))
    return isinstance(parent, cst.Attribute) and parent.value is mention and not facts.in_a_target(parent, parents)


# --- the class's side ------------------------------------------------------------------------------


def _writer(name: str, known: purity.KnownClass, taken: set[str]) -> _Writer | None:
    cls = known.definition
    if cls.bases or cls.keywords or cls.decorators or not isinstance(cls.body, cst.IndentedBlock):
        return None
    body = cls.body.body
    if {n for s in body for n in facts.bound_in(s) | facts.bound_otherwise(s)} & HOOKS:
        return None
    methods = [s for s in body if isinstance(s, cst.FunctionDef)]
    init = [s for s in methods if s.name.value == "__init__"]
    if len(init) != 1 or not isinstance(init[0].body, cst.IndentedBlock):
        return None
    texts = [attribute for s in init[0].body.body if (attribute := _set_to_text(s)) is not None]
    home = known.home or purity.trusted()
    with purity.trusting(home):
        pure = callees.pure_methods(known.module, home, cls.name.value)
    class_level = {n for s in body if not isinstance(s, cst.FunctionDef) for n in facts.bound_in(s)}
    for attribute in texts:
        if attribute in class_level:
            continue
        adders = tuple(method for method in methods if _adds_to(method, attribute))
        if not adders or not all(plain_self(method) for method in methods):
            continue
        with purity.trusting(home):
            if not all(_pieces_pure(method, attribute, pure) for method in adders):
                continue
        if any(method.name.value == attribute for method in methods) or _imports(known, adders) is None:
            continue
        pieces = facts.unused_name(set(class_level) | {a for mt in methods for a in _self_attributes(mt)},
                                   f"_{attribute}_pieces")
        subclass = facts.unused_name(taken, f"_{name.strip('_')}Pieces")
        return _Writer(name, known, attribute, adders, pieces, subclass)
    return None


def _set_to_text(statement: cst.BaseStatement) -> str | None:
    """`x` of `self.x = "..."`."""
    binding = statement.body[0] if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
        else None
    if isinstance(binding, cst.Assign) and len(binding.targets) == 1 \
            and m.matches(binding.targets[0].target, m.Attribute(value=m.Name("self"), attr=m.Name())) \
            and isinstance(binding.value, (cst.SimpleString, cst.ConcatenatedString)):
        return cst.ensure_type(binding.targets[0].target, cst.Attribute).attr.value
    return None


def _adds_to(method: cst.FunctionDef, attribute: str) -> bool:
    return any(addition(statement, attribute) is not None for statement in facts.walk(method.body))


def addition(node: cst.CSTNode, attribute: str) -> cst.BaseExpression | None:
    """`piece` of the statement `self.<attribute> += piece`, alone on its line."""
    if isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 \
            and isinstance(add := node.body[0], cst.AugAssign) and isinstance(add.operator, cst.AddAssign) \
            and m.matches(add.target, m.Attribute(value=m.Name("self"), attr=m.Name(attribute))):
        return add.value
    return None


def plain_self(method: cst.FunctionDef) -> bool:
    """`self` taken first and only reached through (`self.x`), no `super()`, `__class__` or mangled name."""
    params = method.params.params
    if not params or params[0].name.value != "self" or method.decorators or method.asynchronous is not None:
        return False
    names = {n.value for n in facts.walk(method.body) if isinstance(n, cst.Name)}
    if any(n.startswith("__") and not n.endswith("__") for n in names) or names & {"super", "__class__"} \
            or "self" in facts.bound_in(method.body):
        return False
    parents = facts.parents(method.body)
    return all(isinstance(parent := parents.get(id(mention)), cst.Attribute) and parent.value is mention
               for mention in facts.mentions(method.body, "self", parents))


def _pieces_pure(method: cst.FunctionDef, attribute: str, pure: dict[str, cst.FunctionDef]) -> bool:
    """Every piece `method` adds changes nothing: its calls are pure, or the class's methods that are."""
    shadowed = facts.local_names(method)
    for node in facts.walk(method.body):
        piece = addition(node, attribute)
        if piece is None:
            continue
        for call in facts.walk(piece):
            if isinstance(call, (cst.Lambda, cst.Yield, cst.Await, cst.NamedExpr)):
                return False
            if isinstance(call, cst.Call) and facts.code(call.func) not in pure \
                    and not purity.is_pure_call(call, shadowed):
                return False
    return True


def _self_attributes(method: cst.FunctionDef) -> set[str]:
    return {n.attr.value for n in facts.walk(method.body)
            if isinstance(n, cst.Attribute) and m.matches(n.value, m.Name("self"))}


def _imports(known: purity.KnownClass, adders: tuple[cst.FunctionDef, ...]) -> list[str] | None:
    """What the copied methods read from the class's own module, imported from there; None where one of
    those names means something else beside the function (see `purity.Imported.imports`)."""
    if not known.source:
        return []
    free = set().union(*(purity.reads(method) - facts.local_names(method) - {method.name.value}
                         for method in adders)) - _BUILTINS
    if not free <= set(known.imports):
        return None
    return sorted(text for bound in free if (text := known.imports[bound]))


def _subclass(writer: _Writer) -> str:
    attribute, pieces = writer.attribute, writer.pieces
    piece = "piece"
    methods = []
    for method in writer.adders:
        chosen = facts.unused_name(facts.names_in(method), piece)
        replaced = {id(node): cst.parse_module(
            f"{chosen} = {facts.code(value)}\n"
            f"if type({chosen}) is str and type(self.{pieces}[0]) is str:\n"
            f"    self.{pieces}.append({chosen})\n"
            f"else:\n"
            f"    self.{attribute} += {chosen}\n").body
            for node in facts.walk(method.body) if (value := addition(node, attribute)) is not None}
        body = method.body.visit(facts.ReplaceStatements(replaced))
        methods.append(facts.code(method.with_changes(body=body, leading_lines=[cst.EmptyLine()])))
    name = writer.name
    head = (
        f"class {writer.subclass}({name}):\n"
        f'    """`{name}`, keeping `{attribute}` as a list of pieces joined when read: `self.{attribute} += '
        f'piece`\n    copied the whole text for every piece (an attribute\'s text is never extended in place)."""\n'
        f"\n"
        f"    @property\n"
        f"    def {attribute}(self):\n"
        f"        pieces = self.{pieces}\n"
        f"        if len(pieces) > 1:\n"
        f'            pieces[:] = ["".join(pieces)]\n'
        f"        return pieces[0]\n"
        f"\n"
        f"    @{attribute}.setter\n"
        f"    def {attribute}(self, value):\n"
        f"        self.{pieces} = [value]\n"
    )
    return head + "".join(_indented(text) for text in methods)


def _indented(text: str) -> str:
    return "".join("    " + line if line.strip() else line for line in text.splitlines(keepends=True))
