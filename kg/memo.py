"""What a build compiles once and the next may read: a pickle in ``OUT.releases/.compiled/``, named
``KIND-KEY.pickle`` by its caller after all it depends on (`kg.pipeline._memo`). A file that cannot be
read or written costs a compilation, nothing more: these functions log and go on, they never raise."""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

log = logging.getLogger(__name__)


def read(path: Path, what: str):
    """The object kept in ``path``, or None when there is none or it cannot be read (``what`` it holds,
    for the log)."""
    try:
        with open(path, "rb") as stream:
            return pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception as exc:
        log.info("making %s again: %s cannot be read (%s: %s)", what, path, type(exc).__name__, exc)
        return None


def keep(path: Path, found, what: str) -> bool:
    """Write ``found`` to ``path`` whole or not at all, and drop the files of its kind made for other code
    beside it (``KIND-*.pickle``); whether it was written."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        kind = path.name.split("-", 1)[0]
        for other in path.parent.glob(f"{kind}-*.pickle"):
            if other != path:
                other.unlink(missing_ok=True)
        return True
    except OSError as exc:
        log.info("%s not kept (%s)", what, exc)
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False
