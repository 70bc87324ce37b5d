"""The conversation the generator holds with the model when a reply is unusable (the model's
replies are scripted here; tests/e2e/test_generate.py asks the real model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize import generator
from wattlens.optimize.generator import GenerateOptions, generate_candidates
from wattlens.optimize.llm import Completion

SLOW = '''def shared(xs, ys):
    """Items of xs that ys also has."""
    return [x for x in xs if x in ys]
'''
FAST = "def shared(xs, ys):\n    lookup = set(ys)\n    return [x for x in xs if x in lookup]\n"


def scripted(replies: list[str], prompts: list[str]) -> Any:
    def complete(url: str, prompt: str, **_: object) -> Completion:
        prompts.append(prompt)
        text = replies.pop(0) if replies else replies_exhausted()
        return Completion(text=text + "\n", finish_reason="stop", completion_tokens=10, seconds=0.1)

    return complete


def replies_exhausted() -> str:
    raise AssertionError("asked the model more often than expected")


@pytest.fixture
def target(tmp_path: Path) -> Any:
    (tmp_path / "mod.py").write_text(SLOW)
    return extract_target(tmp_path, Path("mod.py"), "shared", with_context=False)


def test_a_copy_of_the_original_is_answered_and_later_samples_continue_from_there(
    target: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []
    monkeypatch.setattr(generator.remote, "complete", scripted([SLOW, FAST], prompts))
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=1)
    log: list[str] = []
    [candidate] = generate_candidates(target, options, log.append)
    assert "lookup = set(ys)" in candidate.diff
    assert "unchanged" not in prompts[0]
    assert prompts[1].startswith(prompts[0].rsplit("<|im_start|>assistant", 1)[0])  # the same conversation
    assert "That is the original function, unchanged, so it is no faster." in prompts[1]
    assert any("handed the function back unchanged" in line for line in log)


def test_other_unusable_replies_do_not_change_the_request(target: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts: list[str] = []
    monkeypatch.setattr(generator.remote, "complete", scripted(["def other(a):\n    return a", FAST], prompts))
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=1)
    generate_candidates(target, options, lambda _: None)
    assert prompts[0] == prompts[1]
