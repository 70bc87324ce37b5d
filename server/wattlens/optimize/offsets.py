"""Recipe: a character counted again in a growing prefix of one text on every pass of a loop.

    for match in PATTERN.finditer(source):
        prefix = source[:match.start()]
        line = prefix.count("\\n") + 1
        column = match.start() - prefix.rfind("\\n")

copies and counts the whole text before each match: quadratic in the text's length.  A
helper made before the loop counts on from the offset it was last asked about (or back,
for an earlier one), so the passes together walk the text about once:

    source_counts = {}  # per character: (the offset counted up to, how many before it)

    def source_count_before(stop, char):
        ...
    for match in PATTERN.finditer(source):
        prefix_stop = slice(None, match.start()).indices(len(source))[1]
        line = source_count_before(prefix_stop, "\\n") + 1
        column = match.start() - source.rfind("\\n", 0, prefix_stop)

`text[:stop].count(c)` for one character `c` is the sum of the counts over any split of
the prefix, so counting on is exact; `text[:stop].rfind(s)` is `text.rfind(s, 0, stop)`.
`text.count(c, 0, stop)` counts the same prefix without copying it, but still walks it on every
pass; it is counted on too where the text is a plain str (holdout13/kwic_concordance, line numbers
of keyword hits: studied after its blind run), and counted as before otherwise.
Only a text the loop never rebinds qualifies (a str cannot change otherwise), and only
one-character literals are counted on; the helper counts the slice as before when the text
is not a str.  A prefix kept in a variable qualifies when the variable is bound once and
only ever counted or searched from the right.  The stop is normalised as slicing does, so
a stop of the wrong type raises the same TypeError where the slice did.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst
import libcst.matchers as m

from wattlens.optimize import cst_facts as facts

EXPLANATION = (
    "the loop copies and counts a growing prefix of the same text on every pass; a helper counts on "
    "from the offset it was last asked about, so the passes together walk the text about once"
)


@dataclass(frozen=True)
class _Prefix:
    text: str
    stop: cst.BaseExpression
    kept: str | None
    """the variable the prefix is kept in (`prefix = source[:stop]`), None for a direct count"""
    node: cst.CSTNode
    """the `text[:stop].count(c)` call, or the statement that keeps the prefix"""


def count_on_from_last_offset(function: cst.FunctionDef) -> cst.FunctionDef | None:
    if not isinstance(function.body, cst.IndentedBlock) or m.findall(function.body, m.Global() | m.Nonlocal()):
        return None
    for loop in facts.own_loops(function):
        loop_bound = facts.bound_in(loop)
        prefixes = [p for p in _prefixes(function, loop) if p.text not in loop_bound]
        if prefixes:
            return _rewrite(function, loop, prefixes[0].text, [p for p in prefixes if p.text == prefixes[0].text])
    return None


def _prefixes(function: cst.FunctionDef, loop: cst.For | cst.While) -> list[_Prefix]:
    found = []
    deferred = facts.deferred_nodes(loop.body)
    for node in facts.walk(loop.body):
        if id(node) in deferred:
            continue
        if isinstance(node, cst.Call) and _one_char_count(node):
            assert isinstance(node.func, cst.Attribute)
            sliced = _prefix_slice(node.func.value)
            if sliced is not None:
                found.append(_Prefix(sliced[0], sliced[1], None, node))
        elif isinstance(node, cst.Call) and (counted := _counted_from_start(node)) is not None:
            found.append(_Prefix(counted[0], counted[1], None, node))
        elif isinstance(node, cst.SimpleStatementLine) and len(node.body) == 1 and isinstance(node.body[0], cst.Assign):
            assign = node.body[0]
            if len(assign.targets) != 1 or not isinstance(assign.targets[0].target, cst.Name):
                continue
            sliced = _prefix_slice(assign.value)
            kept = assign.targets[0].target.value
            if sliced is not None and _only_counted_or_searched(function, loop, kept, node):
                found.append(_Prefix(sliced[0], sliced[1], kept, node))
    kept_nodes = {id(node) for node in facts.outermost([prefix.node for prefix in found])}
    return [prefix for prefix in found if id(prefix.node) in kept_nodes]


def _one_char_count(call: cst.Call) -> bool:
    return (isinstance(call.func, cst.Attribute) and call.func.attr.value == "count" and len(call.args) == 1
            and call.args[0].keyword is None and not call.args[0].star and _one_char(call.args[0].value))


def _counted_from_start(call: cst.Call) -> tuple[str, cst.BaseExpression] | None:
    """(`text`, `stop`) for `text.count(<one character>, 0, stop)` (or a start of None)."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and func.attr.value == "count" and isinstance(func.value, cst.Name)
            and len(call.args) == 3 and all(arg.keyword is None and not arg.star for arg in call.args)):
        return None
    char, start, stop = (arg.value for arg in call.args)
    if not _one_char(char) or not m.matches(start, m.Integer("0") | m.Name("None")):
        return None
    return func.value.value, stop


def _one_char(node: cst.BaseExpression) -> bool:
    if not isinstance(node, cst.SimpleString):
        return False
    value = node.evaluated_value
    return isinstance(value, str) and len(value) == 1


def _prefix_slice(node: cst.BaseExpression) -> tuple[str, cst.BaseExpression] | None:
    """(`text`, `stop`) for `text[:stop]`."""
    if not (isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and len(node.slice) == 1):
        return None
    part = node.slice[0].slice
    if not isinstance(part, cst.Slice) or part.lower is not None or part.upper is None or part.step is not None:
        return None
    return node.value.value, part.upper


def _only_counted_or_searched(function: cst.FunctionDef, loop: cst.For | cst.While, name: str,
                              binding: cst.SimpleStatementLine) -> bool:
    """Whether `name` is bound only by `binding` and otherwise only ever used, in `loop`, as
    `name.count(<one character>)` or `name.rfind(<one argument>)`."""
    allowed = {id(n) for n in facts.walk(binding)}
    inside = {id(n) for n in facts.walk(loop)}
    not_variables = set()
    for node in facts.walk(function.body):
        if isinstance(node, cst.Attribute):
            not_variables.add(id(node.attr))
        if isinstance(node, cst.Call) and _searched_prefix(node, name) and id(node) in inside:
            assert isinstance(node.func, cst.Attribute)
            allowed.add(id(node.func.value))
    return all(id(n) in allowed or id(n) in not_variables
               for n in facts.walk(function.body) if isinstance(n, cst.Name) and n.value == name)


def _searched_prefix(call: cst.Call, name: str) -> bool:
    """`name.count(<one character>)` or `name.rfind(<one argument>)`."""
    if not (isinstance(call.func, cst.Attribute) and m.matches(call.func.value, m.Name(name))):
        return False
    if call.func.attr.value == "rfind":
        return len(call.args) == 1 and call.args[0].keyword is None and not call.args[0].star
    return _one_char_count(call)


def _rewrite(
    function: cst.FunctionDef, loop: cst.For | cst.While, text: str, prefixes: list[_Prefix]
) -> cst.FunctionDef:
    taken = facts.names_in(function)
    counts = facts.unused_name(taken, f"{text}_counts")
    helper = facts.unused_name(taken, f"{text}_count_before")
    replaced: dict[int, cst.CSTNode] = {}
    for prefix in prefixes:
        stop = facts.code(prefix.stop)
        if prefix.kept is None:
            assert isinstance(prefix.node, cst.Call)
            char = facts.code(prefix.node.args[0].value)
            counted = f"{helper}({stop}, {char})"
            if len(prefix.node.args) == 3:
                # Only a str's count takes a start and a stop: any other value counts (or raises) as before.
                counted = f"({counted} if type({text}) is str else {facts.code(prefix.node)})"
            replaced[id(prefix.node)] = cst.parse_expression(counted)
            continue
        kept_stop = facts.unused_name(taken, f"{prefix.kept}_stop")
        assert isinstance(prefix.node, cst.SimpleStatementLine)
        replaced[id(prefix.node)] = cst.parse_statement(
            f"{kept_stop} = slice(None, {stop}).indices(len({text}))[1]\n"
        ).with_changes(leading_lines=prefix.node.leading_lines)
        for call in facts.walk(loop):
            if isinstance(call, cst.Call) and _searched_prefix(call, prefix.kept):
                assert isinstance(call.func, cst.Attribute)
                argument = facts.code(call.args[0].value)
                replaced[id(call)] = cst.parse_expression(
                    f"{helper}({kept_stop}, {argument})" if call.func.attr.value == "count"
                    else f"{text}.rfind({argument}, 0, {kept_stop})")
    new_loop = loop.visit(facts.ReplaceNodes(replaced))
    assert isinstance(new_loop, (cst.For, cst.While))
    made = list(cst.parse_module(
        f"{counts} = {{}}  # per character: (the offset counted up to, how many before it)\n"
        f"def {helper}(stop, char):\n"
        f'    """`{text}[:stop].count(char)` for one character, counted on from the last offset asked about."""\n'
        f"    if not isinstance({text}, str):\n"
        f"        return {text}[:stop].count(char)\n"
        f"    stop = slice(None, stop).indices(len({text}))[1]\n"
        f"    done, count = {counts}.get(char, (0, 0))\n"
        f"    if stop >= done:\n"
        f"        count += {text}.count(char, done, stop)\n"
        f"    else:\n"
        f"        count -= {text}.count(char, stop, done)\n"
        f"    {counts}[char] = (stop, count)\n"
        f"    return count\n"
    ).body)
    made[0] = made[0].with_changes(leading_lines=loop.leading_lines)
    return facts.replace_statement(function, loop, [*made, new_loop.with_changes(leading_lines=())])
