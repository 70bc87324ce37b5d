"""One clear line for any failure that reaches a user."""

from __future__ import annotations

import errno
import shutil


def describe(err: BaseException) -> str:
    """The message of a domain error as it is, or the type and text of an unexpected one.

    Domain errors (ConfigError, WorkloadError, …) already carry the fix in their
    message; anything else is shown with its type so a bug report can name it.
    """
    if _out_of_space(err):
        from wattlens.config import cache_dir

        return (
            f"No space left on the device (while writing under {cache_dir()} or the project); free some "
            "space, or set WATTLENS_CACHE_DIR to a folder on a disk with room. No project file was changed."
        )
    text = str(err).strip()
    if type(err).__module__.startswith("wattlens"):
        return text or type(err).__name__
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def _out_of_space(err: BaseException) -> bool:
    if isinstance(err, OSError) and err.errno == errno.ENOSPC:
        return True
    # shutil.copytree gathers its per-file errors into one shutil.Error.
    return isinstance(err, shutil.Error) and "[Errno 28]" in str(err)
