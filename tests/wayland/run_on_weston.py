#!/usr/bin/env python3
"""Runs the window tests (CTest label "gui") once more on Wayland: under Debian's weston with its headless backend
(no screen, no GPU), through Qt's Wayland platform plugin (qt6-wayland), each test exactly as CTest would run it
(its command, working folder, environment and time limit, read from `ctest --show-only=json-v1`), with only the
platform switched from offscreen to wayland.

usage: tests/wayland/run_on_weston.py <build folder>

What is different there, and why the tests still hold:
- A Wayland client cannot place its windows, nor activate them: the compositor does both, on a click or with a
  launch token. Weston's headless backend has no seat (no keyboard, no pointer), so no window ever becomes
  active; tests that type into a window activate it through tests/common/activewindow.h, as a click would.
- Without a seat there is no clipboard either (Wayland ties the clipboard to a seat's keyboard focus).
- The headless backend renders nothing unless asked (--use-pixman, see below).
- Qt 6.4.2's Wayland plugin dereferences the missing seat when a text field gets a key event and the compositor
  offers text input (weston does): QT_IM_MODULE=none turns the input method off, as on a desktop without one.
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time


def main():
    build = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build/ci").resolve()
    weston = shutil.which("weston")
    if not weston:
        print("weston is not installed (scripts/install-deps.sh installs it)")
        print("0 passed, 1 failed")
        return 1
    started = time.monotonic()
    runtime = pathlib.Path(tempfile.mkdtemp(prefix="ids-wayland-"))
    runtime.chmod(0o700)
    socket = "ids-wayland-%d" % os.getpid()
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime))
    # --use-pixman: the compositor really composites (on the CPU), and so hands the clients' buffers back as a
    # desktop's compositor does. Without a renderer it keeps them, Qt waits for a free buffer before it can paint
    # again, and the event loop stalls for 100-400 ms in the upload test: an artefact of the test compositor.
    compositor = subprocess.Popen(
        [weston, "--backend=headless-backend.so", "--use-pixman", "--socket=" + socket, "--idle-time=0",
         "--width=1280", "--height=800", "--log=" + str(runtime / "weston.log")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        for _ in range(200):
            if (runtime / socket).exists() or compositor.poll() is not None:
                break
            time.sleep(0.05)
        if not (runtime / socket).exists():
            print("weston did not start:\n" + (runtime / "weston.log").read_text(errors="replace"))
            print("0 passed, 1 failed")
            return 1
        # As a full path: a test that makes its own XDG_RUNTIME_DIR (a throw-away home) still finds the compositor.
        return run_tests(build, env, str(runtime / socket), started)
    finally:
        compositor.terminate()
        try:
            compositor.wait(10)
        except subprocess.TimeoutExpired:
            compositor.kill()
        shutil.rmtree(runtime, ignore_errors=True)


def run_tests(build, env, socket, started):
    listing = subprocess.run(["ctest", "--show-only=json-v1", "-L", "gui"], cwd=build, env=env,
                             capture_output=True, text=True, check=True)
    tests = json.loads(listing.stdout)["tests"]
    if not tests:
        print("no window tests found in " + str(build))
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    for test in tests:
        properties = {p["name"]: p["value"] for p in test.get("properties", [])}
        test_env = dict(env)
        for entry in properties.get("ENVIRONMENT", []):
            name, _, value = entry.partition("=")
            test_env[name] = value
        test_env.update(QT_QPA_PLATFORM="wayland", WAYLAND_DISPLAY=socket, QT_IM_MODULE="none")
        t0 = time.monotonic()
        try:
            result = subprocess.run(test["command"], cwd=properties.get("WORKING_DIRECTORY", build), env=test_env,
                                    capture_output=True, text=True, timeout=float(properties.get("TIMEOUT", 300)))
            ok = result.returncode == 0
            output = result.stdout + result.stderr
        except subprocess.TimeoutExpired as timeout:
            ok = False
            output = (timeout.stdout or b"").decode(errors="replace") + "\n(timed out)"
        print("%-28s %s  %.1f s" % (test["name"], "passed" if ok else "FAILED", time.monotonic() - t0))
        if ok:
            passed += 1
        else:
            failed += 1
            print(output[-6000:])
    print("wayland: %.0f s in all" % (time.monotonic() - started))
    print("wayland: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
