"""The conversation that asks for a rewrite: shape and determinism."""

from __future__ import annotations

from wattlens.optimize.examples import EXAMPLES
from wattlens.optimize.llm import render_chat
from wattlens.optimize.prompt import (
    ANSWER_PREFILL,
    INPUT_SHAPE_CHARS,
    REPAIR_EVIDENCE_CHARS,
    build_messages,
    repair_request,
)

TARGET = "    def slow(self, items):\n        return sorted(items)[0]\n"


def test_examples_are_earlier_turns_nearest_last_and_target_is_the_last_request() -> None:
    nearest, farther = EXAMPLES[0], EXAMPLES[5]
    messages = build_messages(TARGET, [nearest, farther])
    assert [m["role"] for m in messages] == [
        "system", "user", "assistant", "user", "assistant", "user",
    ]  # fmt: skip
    assert farther.before.strip() in messages[1]["content"]
    assert nearest.before.strip() in messages[3]["content"]
    assert messages[4]["content"].startswith(ANSWER_PREFILL)
    assert nearest.after.strip() in messages[4]["content"]
    assert nearest.explanation in messages[3]["content"]
    # The nearest example's advice is repeated for the target, which is dedented like them.
    assert messages[-1]["content"].endswith(f"Hint: {nearest.explanation}")
    assert "\ndef slow(self, items):\n    return sorted(items)[0]\n```" in messages[-1]["content"]


def test_without_examples_only_the_rules_and_the_target() -> None:
    messages = build_messages(TARGET)
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "order" in messages[0]["content"] and "duplicates" in messages[0]["content"]


def test_the_inputs_the_replay_recorded_follow_the_hot_lines_two_at_most() -> None:
    shapes = ["items=list[5000 × int]", "items=list[20 × int]", "items=list[0]"]
    request = build_messages(TARGET, [], ["return sorted(items)[0]"], (), shapes)[-1]["content"]
    assert request.endswith("Most of its time is spent on: `return sorted(items)[0]`\n"
                            "The workload calls it with: `items=list[5000 × int]`; `items=list[20 × int]`")
    long = build_messages(TARGET, [], (), (), ["x=" + "y" * 1000])[-1]["content"]
    assert "`x=" + "y" * (INPUT_SHAPE_CHARS - 3) + "…`" in long
    assert "calls it with" not in build_messages(TARGET)[-1]["content"]


def test_chatml_rendering_opens_the_answer_with_the_prefill() -> None:
    text = render_chat(build_messages(TARGET), ANSWER_PREFILL)
    assert text.startswith("<|im_start|>system\n")
    assert text.endswith("<|im_end|>\n<|im_start|>assistant\n```python\n")
    assert text == render_chat(build_messages(TARGET), ANSWER_PREFILL)


def test_repair_request_lists_the_evidence_and_asks_again() -> None:
    text = repair_request(["Replay: call 3 returned ['a'] instead of ['a', 'a'].", "  ", "tests pass"])
    assert "- Replay: call 3 returned ['a'] instead of ['a', 'a']." in text
    assert "- tests pass" in text and "-  \n" not in text
    assert "duplicates" in text and text.endswith("one ```python code block.")


def test_repair_evidence_is_cut_to_what_a_small_model_can_read() -> None:
    text = repair_request(["x" * 10_000])
    assert len(text) < REPAIR_EVIDENCE_CHARS + 400
    assert "x …" in text
