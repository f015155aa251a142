"""Real unlucky disks for tests: a small filesystem that fills up, and a folder nobody may write to.

As root on Linux (CI runs as root) these are real: a size-limited tmpfs mounted on a folder of the test, and a
read-only bind mount. Elsewhere they are made at the operating system's boundary instead, never by patching
Cardfile's own code: a full disk is a file-size limit (RLIMIT_FSIZE) on the processes the test starts, so the
kernel refuses the write that would pass it; a read-only folder is one without write permission.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tests.helpers import run_cli

_CAN_MOUNT: bool | None = None


def can_mount() -> bool:
    """Whether this process may mount a filesystem (root on Linux, with the capability a container may drop)."""
    global _CAN_MOUNT
    if _CAN_MOUNT is None:
        _CAN_MOUNT = False
        if sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount"):
            probe = Path(f"/tmp/cardfile-mount-probe-{os.getpid()}")
            probe.mkdir(exist_ok=True)
            try:
                mounted = _quiet(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)])
                if mounted:
                    _quiet(["umount", str(probe)])
                _CAN_MOUNT = mounted
            finally:
                probe.rmdir()
    return _CAN_MOUNT


def _quiet(argv: Sequence[str]) -> bool:
    return subprocess.run(argv, capture_output=True, check=False).returncode == 0


class SmallDisk:
    """A folder on a disk of `size` bytes that the test fills as it likes.

    `leave_free(n)` fills the disk until `n` bytes are left (simulated: no file may grow past `n` bytes, so a new
    file — a backup, a write-ahead log — meets a full disk after `n` bytes); `free_up()` empties the disk of the
    filler again. `run_cli` runs `cardfile` on it, as a person would. `simulate` asks for the file-size limit even
    where a real small disk could be mounted: it makes a copy meet the full disk half-way, after any check of the
    room left.
    """

    def __init__(self, folder: Path, size: int, *, simulate: bool = False) -> None:
        self.folder = folder
        self.size = size
        self.simulated = simulate or not can_mount()
        self._limit: int | None = None

    def __enter__(self) -> SmallDisk:
        if os.name != "posix":
            import pytest

            pytest.skip("a full disk is made with a tmpfs or a POSIX file-size limit")
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self.simulated:
            subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={self.size}", "tmpfs", str(self.folder)], check=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.simulated:
            subprocess.run(["umount", "-l", str(self.folder)], check=True)

    @property
    def filler(self) -> Path:
        return self.folder / "filler.bin"

    def free(self) -> int:
        return shutil.disk_usage(self.folder).free

    def leave_free(self, nbytes: int) -> None:
        if os.name != "posix":
            import pytest

            pytest.skip("a full disk is made with a tmpfs or a POSIX file-size limit")
        if self.simulated:
            self._limit = nbytes
            return
        self.free_up()
        with self.filler.open("wb") as out:
            while (room := self.free() - nbytes) >= 4096:
                out.write(b"\0" * min(1 << 20, room // 4096 * 4096))
                out.flush()

    def free_up(self) -> None:
        self._limit = None
        self.filler.unlink(missing_ok=True)

    def run_cli(self, args: Sequence[str], *, db: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        if self._limit is None:
            return run_cli(args, db=db, **kwargs)
        return run_cli(args, db=db, preexec=_file_size_limit(self._limit), **kwargs)


def _file_size_limit(limit: int) -> Any:
    def apply() -> None:  # in the child, before it runs cardfile
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """`folder`, with what it holds, made read-only for the tests' processes until the block ends."""
    if can_mount():
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    if os.name != "posix" or os.geteuid() == 0:
        import pytest

        pytest.skip("root ignores permissions and this system cannot mount a read-only folder")
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for path, mode in modes.items():
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        yield folder
    finally:
        for path, mode in reversed(list(modes.items())):
            path.chmod(mode)
