"""Upload figures that measure the clients (issue 18, figures 1 and 2).

1. Client only: the app's uploader, curl and Qt's QHttpMultiPart send the same files in the same batches to
   bench/sink.py, a receiver at least five times faster than any of them (its own rate is printed beside).
   Wall time, CPU seconds (user + sys, of the whole client process) per GB, and the app's memory growth.
2. Over a shaped link: the same, through the TLS front (tests/common/tls-front.sh) offering HTTP/2 or only
   HTTP/1.1, in a network namespace whose loopback is shaped with tc (netem: rate and delay; where the
   kernel has no netem, tbf: the rate alone, and the line says so). Needs root; skipped with a sentence
   otherwise. The app's wall time beside curl's over the same protocol."""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FRONT = os.path.join(os.path.dirname(HERE), "tests", "common", "tls-front.sh")
FILES_PER_BATCH = 4  # the app's batches of 10 MB files (at most 40 MB per request)


def cpu_of(usage):
    return usage.ru_utime + usage.ru_stime


def run_timed(cmd, env=None):
    """(wall s, CPU s of the process, its stdout) for one client process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{os.path.basename(cmd[0])} failed")
    return time.perf_counter() - start, cpu_of(usage), out


def curl_upload(url, key, dataset, names, protocol=None, ca=None):
    """The same batches, one curl process per request (as a script would): (wall s, CPU s summed)."""
    start = time.perf_counter()
    cpu = 0.0
    for b in range(0, len(names), FILES_PER_BATCH):
        # "Expect:" off: curl would otherwise wait for a 100 Continue, which measures the wait.
        cmd = ["curl", "-s", "-f", "-o", "/dev/null", "-H", "Expect:", "-H", f"Api-Key: {key}"]
        cmd += ([protocol] if protocol else []) + (["--cacert", ca] if ca else [])
        for name in names[b:b + FILES_PER_BATCH]:
            cmd += ["-F", f"files=@{name};type=image/jpeg"]
        cpu += run_timed(cmd + [f"{url}/datasets/{dataset}/upload_assets"])[1]
    return time.perf_counter() - start, cpu


def app_env(http2):
    env = dict(os.environ)
    env.pop("IDEOGRAM_DATASETS_HTTP_VERSION", None)
    if http2:
        env["IDEOGRAM_DATASETS_HTTP_VERSION"] = "2"
    return env


def app_upload(build, url, key, dataset, folder, ca=None, http2=False):
    """(wall s, CPU s, peak memory growth MiB) of bench_upload, the app's UploadService."""
    cmd = [os.path.join(build, "bench/bench_upload"), url, key, dataset, folder] + (["--ca", ca] if ca else [])
    wall, cpu, out = run_timed(cmd, app_env(http2))
    return wall, cpu, int(out.split()[1]) / (1024 * 1024)


def qt_upload(build, url, key, dataset, folder, ca=None):
    cmd = [os.path.join(build, "bench/bench_qt_multipart_upload"), url, key, dataset, folder, str(FILES_PER_BATCH)]
    wall, cpu, _ = run_timed(cmd + (["--ca", ca] if ca else []), app_env(False))
    return wall, cpu


class Sink:
    def __init__(self, folder):
        self.proc = subprocess.Popen([sys.executable, os.path.join(HERE, "sink.py"), "--files", folder],
                                     stdout=subprocess.PIPE)
        self.url, self.key = self.proc.stdout.readline().decode().split()
        self.dataset = self.proc.stdout.readline().decode().split()[1]

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


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


def paired(a, b):
    """The median of per-round ratios (rounds interleaved, so each pair saw the same machine)."""
    return statistics.median(x / y for x, y in zip(a, b))


def client_only(build, folder, names, rounds, self_test_mb):
    """Figure 1. Returns the printed line."""
    gb = sum(os.path.getsize(n) for n in names) / 1e9
    sink_wall, sink_cpu = (float(x) for x in subprocess.run(
        [sys.executable, os.path.join(HERE, "sink.py"), "--self-test", str(self_test_mb)],
        check=True, capture_output=True).stdout.split())
    sink = Sink(folder)
    try:
        r = {k: [] for k in ("app", "app cpu", "app mb", "curl", "curl cpu", "qt", "qt cpu")}
        for _ in range(rounds):  # interleaved: drift hits all alike
            wall, cpu, mb = app_upload(build, sink.url, sink.key, sink.dataset, folder)
            r["app"].append(wall), r["app cpu"].append(cpu), r["app mb"].append(mb)
            wall, cpu = curl_upload(sink.url, sink.key, sink.dataset, names)
            r["curl"].append(wall), r["curl cpu"].append(cpu)
            wall, cpu = qt_upload(build, sink.url, sink.key, sink.dataset, folder)
            r["qt"].append(wall), r["qt cpu"].append(cpu)
    finally:
        sink.stop()
    m = {k: statistics.median(v) for k, v in r.items()}
    fastest = gb * 1000 / min(m["app"], m["curl"], m["qt"])
    return (f"[upload-client] upload of {len(names)} x {os.path.getsize(names[0]) / 2**20:.0f} MB to the sink, "
            f"{rounds} rounds, medians: app {m['app']:.2f} s, {m['app cpu'] / gb:.2f} CPU s/GB | curl "
            f"{m['curl']:.2f} s, {m['curl cpu'] / gb:.2f} CPU s/GB | Qt's QHttpMultiPart {m['qt']:.2f} s, "
            f"{m['qt cpu'] / gb:.2f} CPU s/GB; app/curl wall {paired(r['app'], r['curl']):.2f} (target <= 1.2), "
            f"CPU {paired(r['app cpu'], r['curl cpu']):.2f} (target <= 1.5); app memory growth "
            f"{m['app mb']:.1f} MiB (target < 64); sink alone {sink_wall:.0f} MB/s wall with a bare writer, "
            f"{sink_cpu:.0f} MB/s of its CPU, {sink_wall / fastest:.1f}x the fastest client's "
            f"{fastest:.0f} MB/s (target >= 5)")


# --- figure 2: a shaped link in a network namespace -------------------------------------------------------

NAMESPACE = f"ids-bench-{os.getpid()}"  # one per run: runs on one machine must not share it
SHAPES = [("100 Mbit/s, 20 ms", "100mbit", "10ms"), ("20 Mbit/s, 60 ms", "20mbit", "30ms")]


def sh(*cmd):
    return subprocess.run(list(cmd), capture_output=True, text=True)


def shape(rate, delay):
    """Shapes the namespace's loopback; returns what was applied, or None. Every packet crosses lo once
    each way, so a delay of half the round trip each way. netem when the kernel has it, else tbf (rate only)."""
    sh("ip", "netns", "exec", NAMESPACE, "tc", "qdisc", "del", "dev", "lo", "root")
    if sh("ip", "netns", "exec", NAMESPACE, "tc", "qdisc", "add", "dev", "lo", "root", "netem", "rate", rate,
          "delay", delay, "limit", "100000").returncode == 0:
        return "netem"
    if sh("ip", "netns", "exec", NAMESPACE, "tc", "qdisc", "add", "dev", "lo", "root", "tbf", "rate", rate,
          "burst", "64kb", "latency", "400ms").returncode == 0:
        return "tbf, rate only: this kernel has no netem, so no delay"
    return None


def shaped_link(build, folder, names, quick):
    """Figure 2. Returns the printed lines."""
    if os.geteuid() != 0:
        return ["[upload-shaped] skipped: making a network namespace needs root (ip netns add), which this run "
                "does not have"]
    made = sh("ip", "netns", "add", NAMESPACE)
    if made.returncode != 0:
        return [f"[upload-shaped] skipped: no network namespace could be made ({made.stderr.strip()})"]
    lines = []
    try:
        # A user's link carries 1500-byte packets (loopback's 64 KB ones would not fit tbf's bucket).
        sh("ip", "netns", "exec", NAMESPACE, "ip", "link", "set", "lo", "mtu", "1500", "up")
        for label, rate, delay in SHAPES[:1] if quick else SHAPES:
            how = shape(rate, delay)
            if how is None:
                lines.append(f"[upload-shaped] skipped ({label}): tc could not shape the namespace's link")
                continue
            inner = subprocess.run(["ip", "netns", "exec", NAMESPACE, sys.executable, __file__, "--shaped", build,
                                    folder] + names, capture_output=True, text=True)
            if inner.returncode != 0:
                raise SystemExit(f"the shaped run failed: {inner.stderr.strip()[-300:]}")
            r = json.loads(inner.stdout)
            mb = sum(os.path.getsize(n) for n in names) / 1e6
            lines.append(
                f"[upload-shaped] {label} ({how}), {len(names)} x {os.path.getsize(names[0]) / 2**20:.0f} MB "
                f"through the TLS front: app (HTTP/1.1) {r['app']:.2f} s | curl --http1.1 {r['curl h1']:.2f} s, "
                f"ratio {r['app'] / r['curl h1']:.2f} (target <= 1.05) | curl --http2 {r['curl h2']:.2f} s | "
                f"app over HTTP/2 (opt-in) {r['app h2']:.2f} s, ratio to curl --http2 "
                f"{r['app h2'] / r['curl h2']:.2f} | {mb / r['curl h1']:.1f} MB/s for curl")
    finally:
        sh("ip", "netns", "del", NAMESPACE)
    return lines


def shaped_inside(build, folder, names):
    """Runs inside the namespace: the sink, a front offering h2 and one with HTTP/1.1 only; prints JSON."""
    sink = Sink(folder)
    fronts = []
    try:
        h2 = Front(sink.url)
        fronts.append(h2)
        h1 = Front(sink.url, http11_only=True)
        fronts.append(h1)
        r = {"app": app_upload(build, h1.url, sink.key, sink.dataset, folder, h1.ca)[0],
             "curl h1": curl_upload(h1.url, sink.key, sink.dataset, names, "--http1.1", h1.ca)[0],
             "app h2": app_upload(build, h2.url, sink.key, sink.dataset, folder, h2.ca, http2=True)[0],
             "curl h2": curl_upload(h2.url, sink.key, sink.dataset, names, "--http2", h2.ca)[0]}
        print(json.dumps(r))
    finally:
        for front in fronts:
            front.stop()
        sink.stop()


if __name__ == "__main__" and len(sys.argv) > 3 and sys.argv[1] == "--shaped":
    shaped_inside(sys.argv[2], sys.argv[3], sys.argv[4:])
