"""Collapse the same wire story syndicated by several outlets."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from clippings.text import normalise_headline


def collapse_syndicated(stories: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Keep the first copy of every story; later copies with the same headline are folded into it.

    Stories are taken in feed order. Returns ``kept`` (the ids of the first copies, in feed
    order), ``copies`` (for every kept id that had copies: the ids folded into it, in feed
    order) and ``outlets`` (for every kept id: the distinct outlets that ran the story,
    sorted).
    """
    kept: list[Mapping[str, Any]] = []
    copies: dict[str, list[str]] = {}
    outlets: dict[str, set[str]] = {}
    for story in stories:
        headline = normalise_headline(story["headline"])
        original = None
        for earlier in kept:
            if normalise_headline(earlier["headline"]) == headline:
                original = earlier
                break
        if original is None:
            kept.append(story)
            outlets[story["id"]] = {story["outlet"]}
        else:
            copies.setdefault(original["id"], []).append(story["id"])
            outlets[original["id"]].add(story["outlet"])
    return {
        "kept": [story["id"] for story in kept],
        "copies": copies,
        "outlets": {story_id: sorted(names) for story_id, names in outlets.items()},
    }
