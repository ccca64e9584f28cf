#!/usr/bin/env python3
"""Every benchmark figure of Ideogram Datasets, each beside a baseline measured in the same run, one line per
figure with its target (issues 12 and 18). Called by bench/run.sh (which builds in Release and provides an X
server) and, with --quick (each once, small sizes), by CTest (label bench), which checks only that every
figure was produced: this script exits 1 when one is missing. Never a time is asserted.

usage: run.py <build dir> <runs> [--quick]"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import photos  # noqa: E402
import upload  # noqa: E402
import wire  # noqa: E402

build = os.path.abspath(sys.argv[1])
runs = int(sys.argv[2])
quick = "--quick" in sys.argv
app = os.path.join(build, "src/app/ideogram-datasets")
bare = os.path.join(build, "bench/bench_barewindow")
seed = os.path.join(build, "bench/bench_seed_database")
sandbox = os.path.join(build, "src/sandbox/ids-sandbox-server")
roundtrip = os.path.join(build, "bench/bench_create_roundtrip")
ROWS = 1000 if quick else 10000
PAIRS = 1 if quick else max(15, runs * 2)  # A B A B ...: the median of per-pair ratios cancels drift
SCOPE = "http://127.0.0.1:9"  # never contacted: the app makes no request at start
EXPECTED = ["startup", "memory", "roundtrip", "upload-client", "upload-shaped", "photos-jpeg", "photos-heic",
            "datasets", "wire-roundtrip", "wire-upload", "wire-h2-upload"]
produced = set()


def say(line):
    produced.add(line[1:line.index("]")])
    print(line, flush=True)


def pair_ratio(a, b):
    return statistics.median(x / y for x, y in zip(a, b))


def timed_run(cmd, env):
    """Wall time (s) from spawn to the first paint (the moment the process prints it, so the time it then
    takes to shut down is not counted, for the app and the bare window alike) and peak RSS (MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = proc.stdout.readline().decode()
    wall = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or "first-paint" not in line:
        raise SystemExit(f"{cmd[0]} did not report its first paint: {line!r}")
    return wall, usage.ru_maxrss / 1024.0


def startup_figures():
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config",
                   XDG_CACHE_HOME=f"{home}/cache", DBUS_SESSION_BUS_ADDRESS="disabled:",
                   IDEOGRAM_API_KEY="bench-key-0000000000000000", LC_ALL="C.UTF-8")
        subprocess.run([seed, str(ROWS), SCOPE], env=env, check=True, stdout=subprocess.DEVNULL)
        app_cmd = [app, "--api-base-url", SCOPE]
        # Two moments: the window's first paint (the cache is still being read on a worker thread), and the
        # first paint of the list holding all the rows.
        window_env = dict(env, IDS_EXIT_AFTER_FIRST_PAINT="-1")
        rows_env = dict(env, IDS_EXIT_AFTER_FIRST_PAINT=str(ROWS))
        timed_run(app_cmd, rows_env)  # warm the file cache once for both
        timed_run([bare], env)
        r = {k: [] for k in ("window", "rows", "app mb", "bare", "bare mb")}
        for _ in range(PAIRS):
            r["window"].append(timed_run(app_cmd, window_env)[0])
            t, m = timed_run(app_cmd, rows_env)
            r["rows"].append(t), r["app mb"].append(m)
            t, m = timed_run([bare], env)
            r["bare"].append(t), r["bare mb"].append(m)
    m = {k: statistics.median(v) for k, v in r.items()}
    say(f"[startup] cold start to first painted window, {ROWS} datasets in the database, {PAIRS} interleaved "
        f"pairs: app {m['window'] * 1000:.0f} ms | bare window {m['bare'] * 1000:.0f} ms | median of per-pair "
        f"ratios {pair_ratio(r['window'], r['bare']):.2f} (target <= 1.5); until all {ROWS} rows are painted "
        f"{m['rows'] * 1000:.0f} ms, ratio {pair_ratio(r['rows'], r['bare']):.2f}")
    say(f"[memory] peak memory at start: app {m['app mb']:.1f} MiB | bare window {m['bare mb']:.1f} MiB | "
        f"difference {m['app mb'] - m['bare mb']:.1f} MiB (target <= 30)")


def roundtrip_figures():
    """Pairs of (the app's client: the median of `count` creates on one connection, curl: the median of
    `count` processes, one request each): the median of per-pair ratios. Plain HTTP to the sandbox."""
    count = 3 if quick else 5
    server = subprocess.Popen([sandbox], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    r = {"app": [], "curl": [], "qt": []}
    try:
        url, key = server.stdout.readline().decode().split()
        for _ in range(PAIRS):
            for name, extra in (("app", []), ("qt", ["--bare-qt"])):
                out = subprocess.run([roundtrip, url, key, str(count)] + extra, check=True,
                                     capture_output=True).stdout.decode()
                r[name].append(statistics.median(float(x) for x in out.split()))
            times = []
            for i in range(count):
                out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}", "-X", "POST",
                                      "-H", f"Api-Key: {key}", "-H", "Content-Type: application/json",
                                      "--data", '{"name":"curl %d"}' % i, f"{url}/datasets"],
                                     check=True, capture_output=True).stdout.decode()
                times.append(float(out) * 1000)
            r["curl"].append(statistics.median(times))
    finally:
        server.terminate()
        server.wait()
    m = {k: statistics.median(v) for k, v in r.items()}
    say(f"[roundtrip] create round trip, plain HTTP to the sandbox, {PAIRS} interleaved pairs of {count}: app "
        f"client {m['app']:.2f} ms | curl {m['curl']:.2f} ms | median of per-pair ratios "
        f"{pair_ratio(r['app'], r['curl']):.2f} (target <= 1.1) | bare QNetworkAccessManager POST "
        f"{m['qt']:.2f} ms")


def datasets_figure():
    count = 2000 if quick else 100000
    out = subprocess.run([os.path.join(build, "bench/bench_datasets"), str(count), str(1 if quick else 7)],
                         check=True, capture_output=True).stdout.split()
    load, key, bare_key, bare_load = (float(x) for x in out[:4])
    load_cpu, key_cpu, bare_key_cpu, bare_load_cpu = (float(x) for x in out[5:9])
    say(f"[datasets] {count} datasets, medians of {1 if quick else 7}, wall (CPU of the process): loaded from the "
        f"database into the list {load:.0f} ms ({load_cpu:.0f}) (target <= 200; a bare QStringListModel + sorted "
        f"proxy of the names {bare_load:.0f} ms ({bare_load_cpu:.0f})) | one keystroke filtering them {key:.1f} ms "
        f"({key_cpu:.1f}) (target <= 30) | bare QSortFilterProxyModel, same strings {bare_key:.1f} ms "
        f"({bare_key_cpu:.1f}) | ratio {key / bare_key:.2f} (target <= 1.5); {out[4].decode()} rows match")


def make_files(folder, count, size):
    names = []
    for i in range(count):
        name = os.path.join(folder, f"image-{i:03d}.jpg")
        with open(name, "wb") as f:
            f.write(b"\xff\xd8\xff\xe0" + os.urandom(size - 4))
        names.append(name)
    return names


def linked(folder, names):
    """A folder holding links to names: the app's uploader sends a whole folder."""
    os.mkdir(folder)
    for name in names:
        os.link(name, os.path.join(folder, os.path.basename(name)))
    return [os.path.join(folder, os.path.basename(n)) for n in names]


def run_figure(name, function):
    try:
        function()
    except (SystemExit, subprocess.CalledProcessError, OSError, ValueError) as error:
        print(f"[{name}] failed: {error}", flush=True)


def main():
    print(f"load: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f} on {os.cpu_count()} "
          f"cores (uptime); {'quick: each once, small sizes' if quick else f'{runs} runs'}", flush=True)
    run_figure("startup", startup_figures)
    run_figure("roundtrip", roundtrip_figures)
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "files")
        os.mkdir(folder)
        names = make_files(folder, 4 if quick else 100, (1 if quick else 10) * 1024 * 1024)
        rounds = 1 if quick else max(runs // 3, 3)
        run_figure("upload-client", lambda: say(upload.client_only(build, folder, names, rounds,
                                                                   200 if quick else 2000)))
        few = linked(os.path.join(work, "few"), names[:1 if quick else 10])
        run_figure("upload-shaped", lambda: [say(line) for line in upload.shaped_link(
            build, os.path.dirname(few[0]), few, quick)])
        run_figure("wire", lambda: [say(line) for line in wire.figures_with(
            build, runs, folder, names, os.path.dirname(few[0]), few[:2], quick)])
    run_figure("datasets", datasets_figure)
    with tempfile.TemporaryDirectory() as work:
        size = (800, 600) if quick else (4000, 3000)
        run_figure("photos", lambda: photos.figures(build, work, 1 if quick else max(runs // 3, 3),
                                                    4 if quick else 100, *size, 2 if quick else 10, say))
    missing = [name for name in EXPECTED if name not in produced]
    if missing:
        print(f"figures not produced: {', '.join(missing)}", flush=True)
        sys.exit(1)


main()
