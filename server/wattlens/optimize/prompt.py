"""The chat that asks the model for a faster version of one function.

A 0.5B to 1.5B model follows demonstrations far better than instructions, so the
retrieved examples are shown as earlier turns of the same conversation: the
user asks for a rewrite of the slow code, the assistant answers with exactly
one code block.  The target comes last, framed the same way, so the model's
most likely continuation is one more answer in that format.  The rules in
the system message name the mistakes small models make most often (dropping
duplicates or order with `set`, mutating arguments, renaming).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import libcst as cst

from wattlens.models import ContextItem
from wattlens.optimize.examples import Example
from wattlens.optimize.llm import Message

ANSWER_PREFILL = "```python\n"
"""The assistant's answer starts with an open code block: the model writes code at once."""
ANSWER_STOP = ("\n```",)



def header_prefill(function_source: str) -> str | None:
    """The answer's start that leaves the model only the body to write: the open code block
    and the function's own header (`def name(params) -> type:`, as many lines as it takes).

    Asked for one function, the 0.5B sometimes answers with a helper of its own or an
    example's function alone (`def merge_pair(…)`); started on the target's header, it
    writes the target.  Not the first choice: a free start lets it put imports and helpers
    above the function.  None where the header and body share a line, or no function parses."""
    try:
        module = cst.parse_module(textwrap.dedent(function_source))
    except cst.ParserSyntaxError:
        return None
    function = next((s for s in module.body if isinstance(s, cst.FunctionDef)), None)
    if function is None or not isinstance(function.body, cst.IndentedBlock):
        return None
    placeholder = cst.IndentedBlock(body=[cst.SimpleStatementLine([cst.Pass()])], header=function.body.header)
    shell = module.code_for_node(function.with_changes(decorators=(), leading_lines=(), body=placeholder))
    return ANSWER_PREFILL + shell.rstrip().rsplit("\n", 1)[0] + "\n"


SYSTEM = """\
You are an expert Python performance engineer. You rewrite one slow function so \
that it does the same work with less CPU time and energy.

Rules:
- Answer with ONLY the rewritten function in one ```python code block, no prose.
- Keep the function name, the parameters and their order exactly as given.
- Keep the behaviour exactly: the same result for every input, including the \
order of items and duplicates, the same exceptions, and the same changes (or \
no changes) to the arguments.
- Prefer the standard library; put any needed import lines above the function.
- If a set or dict makes lookups faster, build it once, before the loop."""


def build_messages(
    function_source: str,
    examples: Sequence[Example] = (),
    hot_lines: Sequence[str] = (),
    context: Sequence[ContextItem] = (),
    inputs_seen: Sequence[str] = (),
) -> list[Message]:
    """The conversation for rewriting `function_source`, primed with `examples`.

    `examples` come nearest first; they are shown farthest first so that the
    most similar one sits right before the target.  The target's request also
    names its hot lines (from the profile) and shows the project definitions
    it uses, so the model knows what the helpers it calls do, and, once a replay has
    recorded them, the sizes of its real inputs (which decide what is worth building
    once: an index over 10 items gains nothing).
    """
    messages: list[Message] = [{"role": "system", "content": SYSTEM}]
    for example in reversed(examples):
        messages.append({"role": "user", "content": _request(example.before, example.explanation)})
        messages.append({"role": "assistant", "content": _answer(example.after)})
    # The nearest example's advice, repeated for the target: without it the
    # model most often hands the function back unchanged.
    hint = examples[0].explanation if examples else None
    messages.append({"role": "user", "content": _request(function_source, hint, hot_lines, context, inputs_seen)})
    return messages


def _request(
    source: str,
    hint: str | None,
    hot_lines: Sequence[str] = (),
    context: Sequence[ContextItem] = (),
    inputs_seen: Sequence[str] = (),
) -> str:
    code = textwrap.dedent(source).strip("\n")
    lines: list[str] = []
    if context:
        # Before the function, never after it: a small model answers with the last code
        # block it saw, and the definitions are facts to rely on, not code to rewrite.
        lines.append("For reference, the project defines (do not change or repeat these):")
        lines += ["```python", "\n\n".join(item.source for item in context), "```"]
    lines += ["Make this function faster without changing its behaviour:", "```python", code, "```"]
    if hot_lines:
        lines.append("Most of its time is spent on: " + "; ".join(f"`{text}`" for text in hot_lines[:3]))
    if inputs_seen:
        lines.append("The workload calls it with: " + "; ".join(
            f"`{_clip(shape, INPUT_SHAPE_CHARS)}`" for shape in inputs_seen[:INPUT_SHAPES]))
    if hint:
        lines.append(f"Hint: {hint}")
    return "\n".join(lines)


INPUT_SHAPES = 2
INPUT_SHAPE_CHARS = 200
"""A small model's context is short: two calls' argument shapes, each cut to this, say enough."""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _answer(source: str) -> str:
    return f"{ANSWER_PREFILL}{source.strip()}\n```"


def unchanged_request(source: str, hot_lines: Sequence[str] = (), hint: str | None = None) -> str:
    """The user's answer to a reply that handed the function back unchanged.

    A small model copies the function back more often than it rewrites it, and at a
    higher temperature it mostly copies again; told plainly that the copy is no
    faster, with where the time goes, it tries a change.  The function is shown
    again, last: without it the 0.5B answered with one of the examples' functions.
    """
    lines = ["That is the original function, unchanged, so it is no faster."]
    if hot_lines:
        lines.append("Most of its time is spent on: " + "; ".join(f"`{text}`" for text in hot_lines[:3]) + ".")
    if hint:
        lines.append(f"Hint: {hint}")
    lines.append(
        "Change how that work is done: do not repeat in every pass of a loop what could be done once, "
        "replace repeated scans, searches, copies or sorts with a dict, set, Counter, cache, heap or bisect, "
        "and keep the behaviour exactly. Answer with only the rewritten function in one ```python code block."
    )
    lines += ["```python", textwrap.dedent(source).strip("\n"), "```"]
    return "\n".join(lines)


REPAIR_EVIDENCE_CHARS = 1500
"""Evidence beyond this is cut: a small model's context is short and the first lines say most."""


def repair_request(evidence: Sequence[str]) -> str:
    """The user's answer to a rejected rewrite: what the verifier saw, and the same ask again."""
    text = "\n".join(f"- {line.strip()}" for line in evidence if line.strip())
    if len(text) > REPAIR_EVIDENCE_CHARS:
        text = text[:REPAIR_EVIDENCE_CHARS] + " …"
    return (
        "That rewrite was rejected when it was tested against the original:\n"
        f"{text}\n"
        "Write a corrected version of the original function that fixes this, keeps the behaviour "
        "exactly (results, order, duplicates, exceptions, changes to the arguments) and is faster. "
        "Answer with only the function in one ```python code block."
    )
