"""Latency histograms for the request log."""

from __future__ import annotations


def bucket_counts(samples: list[float], edges: list[float]) -> list[int]:
    """Count samples per bucket: bucket 0 holds values below the lowest edge, bucket i
    values in [edge i-1, edge i), the last bucket values at or above the highest edge.

    `edges` need not be sorted; it is not changed.
    """
    counts = [0] * (len(edges) + 1)
    for value in samples:
        bounds = sorted(edges)
        index = 0
        while index < len(bounds) and value >= bounds[index]:
            index += 1
        counts[index] += 1
    return counts


def render(counts: list[int], edges: list[float]) -> str:
    labels = ["<" + str(sorted(edges)[0])] if edges else []
    labels += [f"{a}-{b}" for a, b in zip(sorted(edges), sorted(edges)[1:])]
    labels += [">=" + str(sorted(edges)[-1])] if edges else ["all"]
    return "\n".join(f"{label:>12} {count}" for label, count in zip(labels, counts))
