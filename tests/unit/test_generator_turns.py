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
    resigned = "def shared(xs, ys, zs):\n    return xs"
    monkeypatch.setattr(generator.remote, "complete", scripted([resigned, FAST], prompts))
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=1)
    generate_candidates(target, options, lambda _: None)
    assert prompts[0] == prompts[1]


def test_a_reply_without_the_target_is_asked_again_started_on_its_header(
    target: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts: list[str] = []
    body = "    lookup = set(ys)\n    return [x for x in xs if x in lookup]"
    monkeypatch.setattr(generator.remote, "complete", scripted(["def merge_pair(a):\n    return a", body], prompts))
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=1)
    log: list[str] = []
    [candidate] = generate_candidates(target, options, log.append)
    assert "lookup = set(ys)" in candidate.diff
    assert prompts[0].endswith("```python\n")
    assert prompts[1] == prompts[0] + "def shared(xs, ys):\n"
    assert any("defines merge_pair but not shared" in line and "started on its header" in line for line in log)


def test_the_header_is_asked_for_once_per_sample(target: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts: list[str] = []
    replies = ["def merge_pair(a):\n    return a", "    return (", FAST]
    monkeypatch.setattr(generator.remote, "complete", scripted(replies, prompts))
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=1)
    [candidate] = generate_candidates(target, options, lambda _: None)
    assert "lookup = set(ys)" in candidate.diff
    assert len(prompts) == 3 and prompts[2] == prompts[0]


WRONG = "def shared(xs, ys):\n    lookup = set(xs)\n    return [y for y in ys if y in lookup]\n"


def rejected_candidate(target: Any, monkeypatch: pytest.MonkeyPatch, options: GenerateOptions) -> Any:
    monkeypatch.setattr(generator.remote, "complete", scripted([WRONG], []))
    [candidate] = generate_candidates(target, options, lambda _: None)
    return candidate


def test_a_repair_that_repeats_the_rejected_rewrite_is_asked_once_more_hotter(
    target: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=1)
    wrong = rejected_candidate(target, monkeypatch, options)
    temperatures: list[float] = []
    complete = scripted([WRONG, FAST], [])

    def recording(url: str, prompt: str, **kwargs: Any) -> Completion:
        temperatures.append(kwargs["temperature"])
        return complete(url, prompt, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(generator.remote, "complete", recording)
    log: list[str] = []
    repaired = generator.repair_candidate(target, wrong, ["Replay: call 1 differs."], options, log.append)
    assert repaired is not None and "lookup = set(ys)" in repaired.diff
    assert repaired.source == "llm+repair" and repaired.id.startswith("repair-1-")
    assert temperatures == [0.0, generator.TEMPERATURES[generator.REPAIR_ATTEMPTS[-1]]]
    assert any("repeats the rejected rewrite" in line for line in log)


def test_a_repair_gives_up_after_its_hotter_try(target: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=1)
    wrong = rejected_candidate(target, monkeypatch, options)
    monkeypatch.setattr(generator.remote, "complete", scripted([WRONG, "no code at all"], []))
    assert generator.repair_candidate(target, wrong, ["No measurable gain."], options, lambda _: None) is None


def test_sampling_stops_after_two_replies_in_a_row_cut_off_at_max_tokens(
    target: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A function too long to be written out within max_tokens: later samples would be cut off too.
    asked: list[str] = []

    def complete(url: str, prompt: str, **_: object) -> Completion:
        asked.append(prompt)
        return Completion(text="def shared(xs, ys):\n    lookup = se", finish_reason="length", completion_tokens=512,
                          seconds=0.1)

    monkeypatch.setattr(generator.remote, "complete", complete)
    options = GenerateOptions(model_url="http://127.0.0.1:9", use_retrieval=False, n_candidates=3)
    log: list[str] = []
    assert generate_candidates(target, options, log.append) == []
    assert len(asked) == 2
    assert any("2 replies in a row were cut off at max_tokens=512: no more samples" in line for line in log)
