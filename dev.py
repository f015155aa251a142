#!/usr/bin/env python3
"""Newcomer bootstrap for Cardfile: one command to run the app, one to run the tests.

    python3 dev.py run  [ARGS...]         # open Cardfile (ARGS go to the `cardfile` command)
    python3 dev.py test [PYTEST ARGS...]  # run the test suite (this is what CI runs)
    python3 dev.py bundle                 # build the one-folder bundle (dist/cardfile) with PyInstaller

(On Windows use `py dev.py ...` if there is no `python3`.)

Both commands create `.venv` next to this file if it is missing, install the project into it in
editable mode, and re-install only when pyproject.toml changed since the last install, or when
the extras a command needs (`test`, `dev`) were never installed. A stamp file inside .venv
records the hash of pyproject.toml and the extras installed.

Standard library only; needs Python 3.11+; works on Linux, macOS and Windows.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYPROJECT = ROOT / "pyproject.toml"
STAMP = VENV / "cardfile-dev-stamp.json"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
VENV_PYTHON = BIN / ("python.exe" if WINDOWS else "python")
CARDFILE = BIN / ("cardfile.exe" if WINDOWS else "cardfile")

TEST_EXTRAS = ("test", "dev")
BUNDLE_EXTRAS = ("bundle",)
BUILD_STEPS = ROOT / "installer" / "build.py"
PYTEST_NO_TESTS_COLLECTED = 5

USAGE = """\
usage: python3 dev.py run  [ARGS...]         open Cardfile; ARGS go to the `cardfile` command
       python3 dev.py test [PYTEST ARGS...]  run the test suite with pytest (what CI runs)
       python3 dev.py bundle                 build the one-folder bundle in dist/cardfile (PyInstaller)"""


def step(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def fail(message: str, code: int = 1) -> NoReturn:
    print(f"dev.py: error: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


def call(cmd: list[str | os.PathLike[str]], *, env: dict[str, str] | None = None) -> int:
    return subprocess.call([os.fspath(c) for c in cmd], cwd=ROOT, env=env)


def pip_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PIP_NO_INPUT"] = "1"  # never wait for a prompt (CI has no terminal)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.pop("PIP_REQUIRE_VIRTUALENV", None)
    return env


def venv_works() -> bool:
    if not VENV_PYTHON.exists():
        return False
    try:
        return (
            subprocess.call([VENV_PYTHON, "-c", "import sys"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            == 0
        )
    except OSError:
        return False


def ensure_venv() -> None:
    if venv_works():
        return
    if VENV.exists():
        # e.g. the Python it was made from is gone, or it was copied from another machine
        step(f"{VENV.name} is broken (no working {VENV_PYTHON.relative_to(ROOT)}); recreating it")
        shutil.rmtree(VENV)
    version = ".".join(map(str, sys.version_info[:3]))
    step(f"creating {VENV.name} with {sys.executable} (Python {version})")
    if call([sys.executable, "-m", "venv", VENV]) != 0 or not VENV_PYTHON.exists():
        hint = " (on Debian/Ubuntu: apt-get install python3-venv)" if sys.platform.startswith("linux") else ""
        fail(f"could not create {VENV.name}{hint}")
    step("upgrading pip in the new venv")
    if call([VENV_PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], env=pip_env()) != 0:
        step("warning: could not upgrade pip; going on with the one the venv came with")


def pyproject_hash() -> str:
    return hashlib.sha256(PYPROJECT.read_bytes()).hexdigest()


def read_stamp() -> dict[str, object]:
    try:
        data = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def ensure_installed(extras: tuple[str, ...]) -> None:
    """Install the project (editable) with `extras`, unless the stamp says it already is."""
    ensure_venv()
    digest = pyproject_hash()
    stamp = read_stamp()
    had = stamp.get("extras")
    had_extras = {e for e in had if isinstance(e, str)} if isinstance(had, list) else set()
    if stamp.get("pyproject_sha256") == digest:
        if set(extras) <= had_extras:
            step(f"{VENV.name} is up to date")
            return
        reason = "adding extras " + ",".join(sorted(set(extras) - had_extras))
        wanted = sorted(had_extras | set(extras))
    elif stamp:
        reason = "pyproject.toml changed since the last install"
        wanted = sorted(had_extras | set(extras))  # keep what was there, all of it is stale now
    else:
        reason = "first install"
        wanted = sorted(extras)
    target = ".[" + ",".join(wanted) + "]" if wanted else "."
    if not stamp:
        reason += "; this takes a few minutes"
    step(f"installing -e {target} into {VENV.name} ({reason})")
    STAMP.unlink(missing_ok=True)  # a failed install must not leave a stamp claiming success
    code = call([VENV_PYTHON, "-m", "pip", "install", "--quiet", "-e", target], env=pip_env())
    if code != 0:
        fail(f"pip install -e {target} failed (exit code {code})", code)
    STAMP.write_text(json.dumps({"pyproject_sha256": digest, "extras": wanted}, indent=2) + "\n", encoding="utf-8")


def run_and_exit(cmd: list[str | os.PathLike[str]], env: dict[str, str] | None = None) -> NoReturn:
    argv = [os.fspath(c) for c in cmd]
    sys.stdout.flush()
    sys.stderr.flush()
    if WINDOWS:
        # os.exec* on Windows starts a new process and returns to the console at once; wait instead.
        try:
            sys.exit(subprocess.call(argv, env=env))
        except KeyboardInterrupt:
            sys.exit(130)
    if env is None:
        os.execv(argv[0], argv)
    os.execve(argv[0], argv, env)


def compile_translations() -> None:
    """resources/translations/*.ts → .qm beside them, where a .qm is missing or older (they are never committed)."""
    if call([VENV_PYTHON, BUILD_STEPS, "translations"]) != 0:
        fail("compiling the translations failed (installer/build.py translations)")


def cmd_run(args: list[str]) -> None:
    ensure_installed(())
    compile_translations()
    if not CARDFILE.exists():
        fail(f"{CARDFILE.relative_to(ROOT)} is missing: is [project.scripts] cardfile in pyproject.toml?")
    step("starting cardfile" + (" " + " ".join(args) if args else ""))
    # The user's current directory is kept, so relative paths in ARGS mean what they expect.
    run_and_exit([CARDFILE, *args])


def postgres_bin_dirs() -> list[str]:
    """Debian/Ubuntu keep initdb and pg_ctl off PATH, in /usr/lib/postgresql/<major>/bin."""
    base = Path("/usr/lib/postgresql")
    if WINDOWS or not base.is_dir():
        return []
    found = [p for p in base.glob("*/bin") if (p / "initdb").exists()]
    found.sort(key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else -1, reverse=True)
    return [str(p) for p in found[:1]]


def cmd_bundle(args: list[str]) -> None:
    ensure_installed(BUNDLE_EXTRAS)
    pyinstaller = BIN / ("pyinstaller.exe" if WINDOWS else "pyinstaller")
    step("building the bundle with PyInstaller (a few minutes): build_installer.spec → dist/cardfile")
    # From the repository root, so build/ and dist/ land there whatever the current directory.
    sys.exit(call([pyinstaller, "--noconfirm", "--clean", *args, ROOT / "build_installer.spec"]))


def cmd_test(args: list[str]) -> None:
    ensure_installed(TEST_EXTRAS)
    compile_translations()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if shutil.which("initdb", path=env.get("PATH")) is None:
        extra = postgres_bin_dirs()
        if extra:
            env["PATH"] = os.pathsep.join([env.get("PATH", ""), *extra]).lstrip(os.pathsep)
    step(f"running pytest (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})" + (" " + " ".join(args) if args else ""))
    sys.stdout.flush()
    # Runs from the repository root, where pyproject.toml configures pytest.
    try:
        code = subprocess.call([os.fspath(VENV_PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)
    except KeyboardInterrupt:
        code = 130
    if code == PYTEST_NO_TESTS_COLLECTED:
        print(
            "dev.py: error: pytest collected no tests (its exit code 5); failing with exit code 1 "
            "so that CI never passes without running a test",
            file=sys.stderr,
            flush=True,
        )
        code = 1
    sys.exit(code)


def main(argv: list[str]) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by any python3
        fail(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]} ({sys.executable})")
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE)
        sys.exit(0 if argv else 2)
    command, rest = argv[0], argv[1:]
    if command == "run":
        cmd_run(rest)
    elif command == "test":
        cmd_test(rest)
    elif command == "bundle":
        cmd_bundle(rest)
    else:
        print(USAGE, file=sys.stderr)
        fail(f"unknown command {command!r}", 2)


if __name__ == "__main__":
    main(sys.argv[1:])
