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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FRONT = os.path.join(ROOT, "tests", "common", "tls-front.sh")
FILES_PER_BATCH = 4  # the app's batches of 10 MB files (at most 40 MB per request)


class Front:
    """tls-front.sh in front of a backend; offers h2 and http/1.1 unless http11_only."""

    def __init__(self, backend, http11_only=False):
        cmd = ["bash", FRONT] + (["--http1.1"] if http11_only else []) + [backend]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
        line = self.proc.stdout.readline().decode().split()
        if len(line) != 2:
            raise SystemExit("the TLS front did not start (is nghttpx installed? scripts/install-deps.sh)")
        self.url, self.ca = line

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


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


def make_files(folder, count):
    """count files of 10 MB (a JPEG header, then random bytes) in folder; returns their paths, sorted."""
    names = []
    for i in range(count):
        name = os.path.join(folder, f"image-{i:03d}.jpg")
        with open(name, "wb") as f:
            f.write(b"\xff\xd8\xff\xe0" + os.urandom(10 * 1024 * 1024 - 4))
        names.append(name)
    return names


def figures(build, runs):
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "files")
        sample = os.path.join(work, "h2-sample")
        os.mkdir(folder)
        os.mkdir(sample)
        names = make_files(folder, 100)
        # The app over HTTP/2 on two files of the same: at its rate 1 GB would take minutes.
        few = []
        for name in names[:2]:
            few.append(os.path.join(sample, os.path.basename(name)))
            os.link(name, few[-1])
        figures_with(build, runs, folder, names, sample, few)


def figures_with(build, runs, folder, names, sample, few):
    sandbox = os.path.join(build, "src/sandbox/ids-sandbox-server")
    server = subprocess.Popen([sandbox, "--dataset", "wire"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    front = None
    try:
        url, key = server.stdout.readline().decode().split()
        dataset = server.stdout.readline().decode().split()[1]
        front = Front(url)
        count = max(runs * 5, 25)
        rounds = max(runs // 3, 3)
        trip = {"app": [], "qt": [], "curl h1": [], "app h2": [], "qt h2": [], "curl h2": []}
        for _ in range(rounds):  # interleaved, so drift hits all alike
            trip["app"].append(app_roundtrip(build, front, key, count, False))
            trip["qt"].append(app_roundtrip(build, front, key, count, False, bare=True))
            trip["curl h1"].append(curl_roundtrip(front, key, count, "--http1.1"))
            trip["app h2"].append(app_roundtrip(build, front, key, count, True))
            trip["qt h2"].append(app_roundtrip(build, front, key, count, True, bare=True))
            trip["curl h2"].append(curl_roundtrip(front, key, count, "--http2"))
        med = {k: statistics.median(v) for k, v in trip.items()}
        print(f"create round trip over TLS, {count} in a row on one connection, {rounds} rounds; medians:")
        print(f"  HTTP/1.1 (the app's default): app {med['app']:.2f} ms | curl {med['curl h1']:.2f} ms | ratio"
              f" {paired(trip, 'app', 'curl h1'):.2f} (target <= 1.5) | bare QNetworkAccessManager POST"
              f" {med['qt']:.2f} ms (ratio to curl {paired(trip, 'qt', 'curl h1'):.2f})")
        print(f"  HTTP/2 (opt-in): app {med['app h2']:.2f} ms | curl {med['curl h2']:.2f} ms | ratio"
              f" {paired(trip, 'app h2', 'curl h2'):.2f} | bare QNetworkAccessManager POST {med['qt h2']:.2f} ms")
        print(f"  curl with a new process, connection and TLS handshake per request:"
              f" {curl_new_connection_roundtrip(front, key, count, '--http2'):.2f} ms (HTTP/2),"
              f" {curl_new_connection_roundtrip(front, key, count, '--http1.1'):.2f} ms (HTTP/1.1)")

        up = {"app": [], "qt": [], "curl h1": [], "curl h2": []}
        for _ in range(rounds):
            up["app"].append(app_upload(build, front, key, dataset, folder, False))
            up["curl h1"].append(curl_upload(front, key, dataset, names, "--http1.1"))
            up["curl h2"].append(curl_upload(front, key, dataset, names, "--http2"))
            up["qt"].append(qt_upload(build, front, key, dataset, folder))
        up["best"] = [min(x, y) for x, y in zip(up["curl h1"], up["curl h2"])]
        med = {k: statistics.median(v) for k, v in up.items()}
        print(f"upload of 100 x 10 MB over TLS in the app's batches, {rounds} rounds; medians:")
        print(f"  app (HTTP/1.1) {med['app']:.2f} s | curl --http1.1 {med['curl h1']:.2f} s, ratio"
              f" {paired(up, 'app', 'curl h1'):.2f} (target <= 1.2) | curl --http2 {med['curl h2']:.2f} s | best"
              f" protocol's curl {med['best']:.2f} s, ratio {paired(up, 'app', 'best'):.2f} (target <= 1.2) |"
              f" Qt's QHttpMultiPart (HTTP/1.1) {med['qt']:.2f} s, ratio to curl {paired(up, 'qt', 'curl h1'):.2f}")

        mb = sum(os.path.getsize(name) for name in few) / 1e6
        h2_s = app_upload(build, front, key, dataset, sample, True)
        curl_h2_s = curl_upload(front, key, dataset, few, "--http2")
        print(f"upload over TLS, HTTP/2, {mb:.0f} MB: app (opt-in) {h2_s:.2f} s ({mb / h2_s:.1f} MB/s) | curl"
              f" --http2 {curl_h2_s:.2f} s ({mb / curl_h2_s:.1f} MB/s)")
    finally:
        if front:
            front.stop()
        server.terminate()
        server.wait()
