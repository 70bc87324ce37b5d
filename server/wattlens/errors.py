"""One clear line for any failure that reaches a user."""

from __future__ import annotations


def describe(err: BaseException) -> str:
    """The message of a domain error as it is, or the type and text of an unexpected one.

    Domain errors (ConfigError, WorkloadError, …) already carry the fix in their
    message; anything else is shown with its type so a bug report can name it.
    """
    text = str(err).strip()
    if type(err).__module__.startswith("wattlens"):
        return text or type(err).__name__
    return f"{type(err).__name__}: {text}" if text else type(err).__name__
