#!/usr/bin/env python3
"""Start-up, memory and create round-trip figures for Ideogram Datasets, each beside a baseline measured in
the same run: a bare Qt Widgets window for start-up and memory, curl against the same sandbox for the round
trip. Medians over several runs. Called by bench/run.sh (which builds in Release and provides an X server)."""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import wire

build = sys.argv[1]
runs = int(sys.argv[2])
app = os.path.join(build, "src/app/ideogram-datasets")
bare = os.path.join(build, "bench/bench_barewindow")
seed = os.path.join(build, "bench/bench_seed_database")
sandbox = os.path.join(build, "src/sandbox/ids-sandbox-server")
uploader = os.path.join(build, "bench/bench_upload")
qt_uploader = os.path.join(build, "bench/bench_qt_multipart_upload")
roundtrip = os.path.join(build, "bench/bench_create_roundtrip")
ROWS = 10000
SCOPE = "http://127.0.0.1:9"  # never contacted: the app makes no request at start


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
        bare_cmd = [bare]
        # Warm the file cache once for both, then alternate so drift hits both alike.
        timed_run(app_cmd, rows_env)
        timed_run(bare_cmd, env)
        window_t, rows_t, app_m, bare_t, bare_m = [], [], [], [], []
        for _ in range(runs):
            window_t.append(timed_run(app_cmd, window_env)[0])
            t, m = timed_run(app_cmd, rows_env)
            rows_t.append(t)
            app_m.append(m)
            t, m = timed_run(bare_cmd, env)
            bare_t.append(t)
            bare_m.append(m)
    median = statistics.median
    return median(window_t), median(rows_t), median(bare_t), median(app_m), median(bare_m)


def roundtrip_figures(count):
    server = subprocess.Popen([sandbox], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        url, key = server.stdout.readline().decode().split()
        ours = subprocess.run([roundtrip, url, key, str(count)], check=True, capture_output=True).stdout.decode()
        ours_ms = [float(x) for x in ours.split()]
        bare = subprocess.run([roundtrip, url, key, str(count), "--bare-qt"], check=True,
                              capture_output=True).stdout.decode()
        bare_ms = [float(x) for x in bare.split()]
        curl_ms = []
        for i in range(count):
            out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}", "-X", "POST",
                                  "-H", f"Api-Key: {key}", "-H", "Content-Type: application/json",
                                  "--data", '{"name":"curl %d"}' % i, f"{url}/datasets"],
                                 check=True, capture_output=True).stdout.decode()
            curl_ms.append(float(out) * 1000)
    finally:
        server.terminate()
        server.wait()
    # The first request of each pays for the connection; both are reported as medians over all.
    return statistics.median(ours_ms), statistics.median(curl_ms), statistics.median(bare_ms)


def upload_figures(count):
    """100 files of 10 MB to the sandbox: the app's uploader vs curl sending the same batches (4 files per
    request, as the app does), each timed over the whole upload; memory as peak RSS growth (ours, measured
    inside the process) and curl's peak RSS per request."""
    files_per_batch = 4
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for i in range(100):
            name = os.path.join(folder, f"image-{i:03d}.jpg")
            with open(name, "wb") as f:
                f.write(b"\xff\xd8\xff\xe0" + os.urandom(10 * 1024 * 1024 - 4))
            names.append(name)
        server = subprocess.Popen([sandbox, "--dataset", "bench"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            url, key = server.stdout.readline().decode().split()
            dataset = server.stdout.readline().decode().split()[1]
            ours_s, ours_mb, curl_s, curl_mb, qt_s = [], [], [], [], []
            for _ in range(count):
                qt_s.append(float(subprocess.run([qt_uploader, url, key, dataset, folder, str(files_per_batch)],
                                                 check=True, capture_output=True).stdout.decode()))
                out = subprocess.run([uploader, url, key, dataset, folder], check=True,
                                     capture_output=True).stdout.decode().split()
                ours_s.append(float(out[0]))
                ours_mb.append(int(out[1]) / (1024 * 1024))
                start = time.perf_counter()
                peak = 0
                for b in range(0, len(names), files_per_batch):
                    # "Expect:" off: curl would otherwise wait a second per request for a 100 Continue that the
                    # sandbox never sends, which measures the wait, not the transfer.
                    cmd = ["curl", "-s", "-o", "/dev/null", "-H", "Expect:", "-H", f"Api-Key: {key}"]
                    for name in names[b:b + files_per_batch]:
                        cmd += ["-F", f"files=@{name};type=image/jpeg"]
                    proc = subprocess.Popen(cmd + [f"{url}/datasets/{dataset}/upload_assets"])
                    _, status, usage = os.wait4(proc.pid, 0)
                    if os.waitstatus_to_exitcode(status) != 0:
                        raise SystemExit("curl upload failed")
                    peak = max(peak, usage.ru_maxrss / 1024.0)
                curl_s.append(time.perf_counter() - start)
                curl_mb.append(peak)
        finally:
            server.terminate()
            server.wait()
    return (statistics.median(ours_s), statistics.median(ours_mb), statistics.median(curl_s),
            statistics.median(curl_mb), statistics.median(qt_s))


window_t, rows_t, bare_t, app_m, bare_m = startup_figures()
ours, curl, bare_qt = roundtrip_figures(max(runs * 5, 25))
print(f"runs per figure: {runs} (start-up), {max(runs * 5, 25)} (round trip); medians")
print(f"cold start to first painted window, {ROWS} datasets in the database: app {window_t * 1000:.0f} ms"
      f" | bare window {bare_t * 1000:.0f} ms | ratio {window_t / bare_t:.2f} (target <= 1.5)")
print(f"cold start until all {ROWS} rows are painted: app {rows_t * 1000:.0f} ms | ratio to bare window"
      f" {rows_t / bare_t:.2f}")
print(f"peak memory: app {app_m:.1f} MiB | bare window {bare_m:.1f} MiB | difference {app_m - bare_m:.1f} MiB"
      f" (target <= 30)")
print(f"create round trip: app client {ours:.2f} ms | curl {curl:.2f} ms | ratio {ours / curl:.2f} (target <= 1.1)"
      f" | bare QNetworkAccessManager POST {bare_qt:.2f} ms")
up_s, up_mb, curl_up_s, curl_up_mb, qt_up_s = upload_figures(max(runs // 3, 3))
print(f"upload of 100 x 10 MB: app uploader {up_s:.2f} s | curl {curl_up_s:.2f} s | ratio {up_s / curl_up_s:.2f}"
      f" (target <= 1.2) | Qt's QHttpMultiPart, same batches {qt_up_s:.2f} s; app peak memory growth {up_mb:.1f} MiB"
      f" (target < 64), curl peak RSS {curl_up_mb:.1f} MiB")
wire.figures(build, runs)
