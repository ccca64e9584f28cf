"""The real-wire figures: the create round trip and the upload of 100 x 10 MB through a TLS front (nghttpx
from tests/common/tls-front.sh, a CA made for the run) in front of the sandbox, over HTTP/2 and HTTP/1.1,
the app beside curl in the same run. Medians; targets from the real-wire issue:
- create round trip: the app (its default protocol) within 1.5x curl reusing its connection;
- upload: the app within 1.2x curl over the same protocol, and within 1.2x the best protocol's curl.
The app speaks HTTP/1.1 unless IDEOGRAM_DATASETS_HTTP_VERSION=2 (README, "Set-up"); its HTTP/2 figures are
printed for comparison (the upload over HTTP/2 on fewer files: at its rate 1 GB would take minutes)."""
import os
import statistics
import subprocess
import tempfile
import time

import upload

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FRONT = os.path.join(ROOT, "tests", "common", "tls-front.sh")
FILES_PER_BATCH = 4  # the app's batches of 10 MB files (at most 40 MB per request)


Front = upload.Front


def app_env(http2):
    env = dict(os.environ)
    env.pop("IDEOGRAM_DATASETS_HTTP_VERSION", None)
    if http2:
        env["IDEOGRAM_DATASETS_HTTP_VERSION"] = "2"
    return env


def app_roundtrip(build, front, key, count, http2, bare=False):
    """The median create round trip of the app's client (or, bare, of a plain QNetworkAccessManager POST over
    the same protocol: what Qt's network stack itself costs), count in a row on one connection."""
    tool = os.path.join(build, "bench/bench_create_roundtrip")
    cmd = [tool, front.url, key, str(count), "--ca", front.ca] + (["--bare-qt"] if bare else [])
    out = subprocess.run(cmd, check=True, capture_output=True, env=app_env(http2)).stdout.decode()
    return statistics.median(float(x) for x in out.split())


def curl_roundtrip(front, key, count, protocol):
    """count POSTs in one curl process: the connection is made once and reused; one time per transfer."""
    cmd = ["curl", "-s", "--cacert", front.ca, protocol, "-w", "%{time_total}\n", "-X", "POST",
           "-H", f"Api-Key: {key}", "-H", "Content-Type: application/json", "--data", '{"name":"curl"}']
    for _ in range(count):
        cmd += ["-o", "/dev/null", f"{front.url}/datasets"]
    out = subprocess.run(cmd, check=True, capture_output=True).stdout.decode()
    return statistics.median(float(x) * 1000 for x in out.split())


def curl_new_connection_roundtrip(front, key, count, protocol):
    """count POSTs, one curl process each: a new connection and TLS handshake per request."""
    times = []
    for _ in range(count):
        out = subprocess.run(["curl", "-s", "--cacert", front.ca, protocol, "-o", "/dev/null", "-w", "%{time_total}",
                              "-X", "POST", "-H", f"Api-Key: {key}", "-H", "Content-Type: application/json",
                              "--data", '{"name":"curl"}', f"{front.url}/datasets"],
                             check=True, capture_output=True).stdout.decode()
        times.append(float(out) * 1000)
    return statistics.median(times)


def curl_upload(front, key, dataset, names, protocol):
    start = time.perf_counter()
    for b in range(0, len(names), FILES_PER_BATCH):
        cmd = ["curl", "-s", "-f", "-o", "/dev/null", "--cacert", front.ca, protocol, "-H", "Expect:",
               "-H", f"Api-Key: {key}"]
        for name in names[b:b + FILES_PER_BATCH]:
            cmd += ["-F", f"files=@{name};type=image/jpeg"]
        subprocess.run(cmd + [f"{front.url}/datasets/{dataset}/upload_assets"], check=True)
    return time.perf_counter() - start


def app_upload(build, front, key, dataset, folder, http2):
    tool = os.path.join(build, "bench/bench_upload")
    out = subprocess.run([tool, front.url, key, dataset, folder, "--ca", front.ca], check=True,
                         capture_output=True, env=app_env(http2)).stdout.decode().split()
    return float(out[0])


def qt_upload(build, front, key, dataset, folder):
    """Qt's own streaming multipart (QHttpMultiPart) in the same batches over HTTP/1.1: what Qt costs."""
    tool = os.path.join(build, "bench/bench_qt_multipart_upload")
    out = subprocess.run([tool, front.url, key, dataset, folder, str(FILES_PER_BATCH), "--ca", front.ca],
                         check=True, capture_output=True, env=app_env(False)).stdout.decode()
    return float(out)


def paired(samples, a, b):
    """The median of the per-run ratios a/b (runs interleaved, so each pair saw the same machine)."""
    return statistics.median(x / y for x, y in zip(samples[a], samples[b]))


def figures_with(build, runs, folder, names, sample, few, quick=False):
    """The round trips go to the sandbox (it creates datasets); the uploads to bench/sink.py, which is
    faster than every client (issue 18), each behind a TLS front of its own. Returns the printed lines."""
    sandbox = os.path.join(build, "src/sandbox/ids-sandbox-server")
    server = subprocess.Popen([sandbox, "--dataset", "wire"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    sink = upload.Sink(folder)
    front = None
    sink_front = None
    lines = []
    try:
        url, key = server.stdout.readline().decode().split()
        front = Front(url)
        sink_front = Front(sink.url)
        count = 3 if quick else max(runs * 5, 25)
        rounds = 1 if quick else max(runs // 3, 3)
        trip = {"app": [], "qt": [], "curl h1": [], "app h2": [], "qt h2": [], "curl h2": []}
        for _ in range(rounds):  # interleaved, so drift hits all alike
            trip["app"].append(app_roundtrip(build, front, key, count, False))
            trip["qt"].append(app_roundtrip(build, front, key, count, False, bare=True))
            trip["curl h1"].append(curl_roundtrip(front, key, count, "--http1.1"))
            trip["app h2"].append(app_roundtrip(build, front, key, count, True))
            trip["qt h2"].append(app_roundtrip(build, front, key, count, True, bare=True))
            trip["curl h2"].append(curl_roundtrip(front, key, count, "--http2"))
        med = {k: statistics.median(v) for k, v in trip.items()}
        lines.append(
            f"[wire-roundtrip] create round trip over TLS, {count} in a row on one connection, {rounds} rounds;"
            f" medians: HTTP/1.1 (the app's default): app {med['app']:.2f} ms | curl {med['curl h1']:.2f} ms |"
            f" ratio {paired(trip, 'app', 'curl h1'):.2f} (target <= 1.5) | bare QNetworkAccessManager POST"
            f" {med['qt']:.2f} ms (ratio to curl {paired(trip, 'qt', 'curl h1'):.2f}) || HTTP/2 (opt-in): app"
            f" {med['app h2']:.2f} ms | curl {med['curl h2']:.2f} ms | ratio {paired(trip, 'app h2', 'curl h2'):.2f}"
            f" | bare QNetworkAccessManager POST {med['qt h2']:.2f} ms || curl with a new process, connection and"
            f" TLS handshake per request: {curl_new_connection_roundtrip(front, key, count, '--http2'):.2f} ms"
            f" (HTTP/2), {curl_new_connection_roundtrip(front, key, count, '--http1.1'):.2f} ms (HTTP/1.1)")

        front = sink_front  # the uploads: to the sink
        key, dataset = sink.key, sink.dataset
        up = {"app": [], "qt": [], "curl h1": [], "curl h2": []}
        for _ in range(rounds):
            up["app"].append(app_upload(build, front, key, dataset, folder, False))
            up["curl h1"].append(curl_upload(front, key, dataset, names, "--http1.1"))
            up["curl h2"].append(curl_upload(front, key, dataset, names, "--http2"))
            up["qt"].append(qt_upload(build, front, key, dataset, folder))
        up["best"] = [min(x, y) for x, y in zip(up["curl h1"], up["curl h2"])]
        med = {k: statistics.median(v) for k, v in up.items()}
        lines.append(
            f"[wire-upload] upload of {len(names)} x {os.path.getsize(names[0]) / 2**20:.0f} MB over TLS in the"
            f" app's batches, {rounds} rounds; medians: app (HTTP/1.1) {med['app']:.2f} s | curl --http1.1"
            f" {med['curl h1']:.2f} s, ratio {paired(up, 'app', 'curl h1'):.2f} (target <= 1.2) | curl --http2"
            f" {med['curl h2']:.2f} s | best protocol's curl {med['best']:.2f} s, ratio {paired(up, 'app', 'best'):.2f}"
            f" (target <= 1.2) | Qt's QHttpMultiPart (HTTP/1.1) {med['qt']:.2f} s, ratio to curl"
            f" {paired(up, 'qt', 'curl h1'):.2f}")

        mb = sum(os.path.getsize(name) for name in few) / 1e6
        h2_s = app_upload(build, front, key, dataset, sample, True)
        curl_h2_s = curl_upload(front, key, dataset, few, "--http2")
        lines.append(f"[wire-h2-upload] upload over TLS, HTTP/2, {mb:.0f} MB: app (opt-in) {h2_s:.2f} s"
                     f" ({mb / h2_s:.1f} MB/s) | curl --http2 {curl_h2_s:.2f} s ({mb / curl_h2_s:.1f} MB/s)")
    finally:
        for each in {front, sink_front}:
            if each:
                each.stop()
        sink.stop()
        server.terminate()
        server.wait()
    return lines
