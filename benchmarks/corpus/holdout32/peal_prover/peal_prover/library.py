"""Checking the compositions members submit for the library."""

from __future__ import annotations

from typing import Mapping, Sequence

from .methods import Method
from .prove import TouchReport, prove_touch


def check_submissions(submissions: Sequence[Mapping], library: Mapping[str, Method]) -> list[dict]:
    """Prove each submission ({"id", "method", "calling"}) and say whether it can be accepted."""
    results = []
    for submission in submissions:
        method = library.get(submission["method"])
        if method is None:
            results.append({"id": submission["id"], "status": "unknown method", "report": None})
            continue
        report = prove_touch(method, submission["calling"])
        if not report.came_round:
            status = "does not come round"
        elif report.unused_calls:
            status = "comes round early"
        elif report.false_rows:
            status = "false"
        else:
            status = "true"
        results.append({"id": submission["id"], "status": status, "report": report})
    return results


def describe(report: TouchReport) -> str:
    """One line for the library's acceptance list, e.g. "720 Plain Bob Minor: true"."""
    verdict = "true" if report.true else f"{len(report.false_rows)} repeated rows"
    if not report.came_round:
        verdict = "does not come round"
    return f"{report.changes} {report.title}: {verdict}"
