"""Output files written all or nothing.

A command's outputs (a program file, a JSON report, scores, a chart, a folder of
Verilog) are checked before any work starts (`Outputs.add`: not a directory or a
device, a folder that exists or can be made, writable, not named twice), written to
temporary files next to where they go while the command runs, and renamed into place
only when it succeeds (`Outputs.commit`).  A command that fails, for bad input, a full
disk or a file-size limit, leaves no new file behind and no old one changed.

`write_atomic` is the one-file form (`accel.Program.save` uses it).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from pathlib import Path

__all__ = ["OutputError", "Outputs", "write_atomic", "json_text", "check_output_path"]


class OutputError(Exception):
    """An output path cannot be written (named with the option that gave it)."""


def _label(option: str | None, path: Path) -> str:
    return f"{option} {path}" if option else str(path)


def check_output_path(path, option: str | None = None, *, folder: bool = False,
                      suffixes: tuple = ()) -> Path:
    """Refuse, before any work, an output path that cannot be written: an existing
    directory (or, for a ``folder`` output, an existing file), a device or other
    non-regular file, a parent that is a file, a folder without write permission, or
    a name without one of ``suffixes``."""
    p = Path(path)
    what = _label(option, p)
    if not str(path):
        raise OutputError(f"{option or 'output'}: empty path")
    if suffixes and p.suffix.lower() not in suffixes:
        raise OutputError(f"{what}: the file name must end in "
                          f"{' or '.join(suffixes)}, not {p.suffix or 'no suffix'!r}")
    if p.exists() or p.is_symlink():
        if folder:
            if not p.is_dir():
                raise OutputError(f"{what}: exists and is not a directory")
        elif p.is_dir():
            raise OutputError(f"{what}: is a directory, not a file")
        elif not p.is_file():
            raise OutputError(f"{what}: is not a regular file (a device or a socket); "
                              "outputs are written to a temporary file and renamed")
    anc = p if folder and p.is_dir() else p.parent
    while not anc.exists():
        if anc.is_symlink():
            raise OutputError(f"{what}: {anc} is a dangling symbolic link")
        anc = anc.parent
    if not anc.is_dir():
        raise OutputError(f"{what}: {anc} is a file, not a directory")
    if not os.access(anc, os.W_OK | os.X_OK):
        raise OutputError(f"{what}: no permission to write in {anc}")
    return p


def _mkdirs(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; return the ones made, deepest first."""
    made = []
    d = folder
    while not d.exists():
        made.append(d)
        d = d.parent
    for m in reversed(made):
        m.mkdir()
    return made


def _not_finite_to_none(v):
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict):
        return {k: _not_finite_to_none(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_not_finite_to_none(x) for x in v]
    return v


def _jsonable(o):
    import numpy as np
    if isinstance(o, np.integer):
        return int(o)
    if isinstance(o, np.floating):
        return float(o)
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, Path):
        return str(o)
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def json_text(data) -> str:
    """``data`` as standard JSON (RFC 8259): a non-finite float, which has no JSON form
    (Python would write ``NaN``), becomes ``null``."""
    plain = json.loads(json.dumps(data, default=_jsonable))
    return json.dumps(_not_finite_to_none(plain), indent=2, allow_nan=False) + "\n"


class Outputs:
    """The output files of one command: checked first, staged, then committed.

    Use as a context manager: leaving it normally commits every staged file (renames
    it into place); leaving it by an exception deletes them, and any folder made for
    them.
    """

    def __init__(self):
        self._planned: dict[Path, str | None] = {}
        self._staged: list[tuple[Path, Path]] = []     # (temporary, final)
        self._made: list[Path] = []

    def add(self, path, option: str | None = None, *, folder: bool = False,
            suffixes: tuple = ()) -> Path | None:
        """Check and plan an output (None: the option was not given)."""
        if path is None or path == "":
            return None
        p = check_output_path(path, option, folder=folder, suffixes=suffixes)
        key = p.resolve()
        if key in self._planned:
            raise OutputError(f"{_label(option, p)}: the same file as "
                              f"{_label(self._planned[key], p)}")
        self._planned[key] = option
        return p

    # --- staging ------------------------------------------------------------------
    def _temp(self, final: Path) -> Path:
        final = Path(final)
        self._made += _mkdirs(final.parent)
        fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
        os.close(fd)
        self._staged.append((Path(tmp), final))
        return Path(tmp)

    @contextlib.contextmanager
    def _writing(self, final):
        """Stage ``final``: yields the temporary path; a failed write (a full disk, a
        file-size limit) is an `OutputError` naming the file and its option."""
        final = Path(final)
        try:
            yield self._temp(final)
        except OSError as e:
            opt = self._planned.get(final.resolve())
            raise OutputError(f"{_label(opt, final)}: could not be written: "
                              f"{e.strerror or e}") from None

    def write_bytes(self, path, data: bytes) -> None:
        with self._writing(path) as tmp, open(tmp, "wb") as f:
            f.write(data)

    def write_text(self, path, text: str) -> None:
        self.write_bytes(path, text.encode())

    def write_json(self, path, data) -> None:
        self.write_text(path, json_text(data))

    def save_npy(self, path, array) -> None:
        import numpy as np
        with self._writing(path) as tmp, open(tmp, "wb") as f:
            np.save(f, array, allow_pickle=False)

    def savefig(self, path, fig) -> None:
        """A matplotlib figure, in the format its name's suffix says."""
        with self._writing(path) as tmp:
            fig.savefig(tmp, format=Path(path).suffix[1:].lower(), dpi=120)

    # --- ending -------------------------------------------------------------------
    def commit(self) -> None:
        for tmp, final in self._staged:
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, final)
        self._staged, self._made = [], []

    def discard(self) -> None:
        for tmp, _ in self._staged:
            try:
                tmp.unlink()
            except OSError:
                pass
        for d in self._made:                 # deepest first
            try:
                d.rmdir()
            except OSError:
                pass
        self._staged, self._made = [], []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.discard()
        return False


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m


def write_atomic(path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place: a
    failure (a full disk, a file-size limit) leaves ``path`` as it was."""
    with Outputs() as out:
        out.add(path)
        out.write_bytes(path, data)


@contextlib.contextmanager
def folder_lock(folder):
    """Hold ``folder``'s lock file (made with the folder if need be) while the block
    runs: one process at a time builds or reads what the folder caches (pytest-xdist
    workers, a sweep's Ray trials)."""
    import fcntl
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
