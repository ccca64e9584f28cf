"""Photos dropped on a dataset (issue 18, figures 3 and 4), each beside a floor measured in the same run:
3. JPEGs of 12 megapixels (made here with varied content: about 4 MB each): the app's review sheet until
   every verdict and thumbnail is shown (bench_review), its longest event-loop stall and peak memory, beside
   decoding the same files at 1/8 scale with djpeg (libjpeg-turbo-progs), one process per core.
4. HEIC photos (encoded here with heif-enc, libheif-examples): the review sheet until all are converted and
   ready to send, beside heif-convert to JPEG over the same files, one process per core."""
import os
import shutil
import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

CORES = os.cpu_count() or 1


def per_core(commands):
    """Runs the commands, one process per core at a time; returns the wall time in seconds."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CORES) as pool:
        codes = list(pool.map(lambda cmd: subprocess.run(cmd, stdout=subprocess.DEVNULL,
                                                         stderr=subprocess.DEVNULL).returncode, commands))
    if any(codes):
        raise SystemExit(f"{commands[0][0]} failed")
    return time.perf_counter() - start


def review(build, folder):
    """bench_review over folder: (ms until all shown and ready, stall ms, peak MiB, ms until converted)."""
    out = subprocess.run([os.path.join(build, "bench/bench_review"), folder], check=True,
                         capture_output=True).stdout.split()
    return tuple(float(x) for x in out)


def make_photos(build, folder, count, width, height):
    subprocess.run([os.path.join(build, "bench/bench_review"), "--make", folder, str(count), str(width),
                    str(height)], check=True)
    return sorted(os.path.join(folder, n) for n in os.listdir(folder))


def make_heic(jpegs, folder, count, distinct):
    """count HEIC files: distinct ones encoded with heif-enc (x265 is slow), the rest copies of them under
    other names (each is converted anew: the app keeps no result across files). Each carries a 320 x 240
    preview, as a phone's HEIC does (an iPhone stores one in every photo); the app's thumbnail and duplicate
    check read it, the conversion decodes the full picture."""
    sources = []
    per_core([["heif-enc", "-q", "60", "-t", "320", jpegs[i], "-o", os.path.join(folder, f"src-{i}.heic")]
              for i in range(distinct)])
    for i in range(distinct):
        sources.append(os.path.join(folder, f"src-{i}.heic"))
    names = []
    for i in range(count):
        names.append(os.path.join(folder, f"IMG_{2000 + i}.HEIC"))
        shutil.copyfile(sources[i % distinct], names[-1])
    for source in sources:
        os.remove(source)
    return names


def figures(build, work, rounds, count, width, height, heic_distinct, say):
    """Says each figure's line as soon as it is measured (the HEIC one takes long on a busy machine)."""
    jpeg_dir = os.path.join(work, "jpeg")
    heic_dir = os.path.join(work, "heic")
    out_dir = os.path.join(work, "converted")
    for d in (jpeg_dir, heic_dir, out_dir):
        os.mkdir(d)
    jpegs = make_photos(build, jpeg_dir, count, width, height)
    mb = statistics.mean(os.path.getsize(n) for n in jpegs) / 1e6

    r = {k: [] for k in ("app", "stall", "peak", "djpeg", "heic", "heic stall", "heic peak", "heif-convert")}
    for _ in range(rounds):  # interleaved, the file cache warm for both
        all_ms, stall, peak, _ = review(build, jpeg_dir)
        r["app"].append(all_ms / 1000), r["stall"].append(stall), r["peak"].append(peak)
        r["djpeg"].append(per_core([["djpeg", "-scale", "1/8", "-outfile", os.devnull, n] for n in jpegs]))
    m = {k: statistics.median(v) for k, v in r.items() if v}
    ratio = statistics.median(a / b for a, b in zip(r["app"], r["djpeg"]))
    say(f"[photos-jpeg] {count} JPEGs of {width} x {height} ({mb:.1f} MB each) dropped on a dataset, {rounds} "
        f"rounds, medians: every verdict and thumbnail shown after {m['app']:.2f} s | djpeg -scale 1/8, one "
        f"process per core ({CORES}) {m['djpeg']:.2f} s | ratio {ratio:.2f} (target <= 1.5); longest stall "
        f"{m['stall']:.0f} ms (target < 100); peak memory {m['peak']:.0f} MiB (target < 300)")

    heics = make_heic(jpegs, heic_dir, count, heic_distinct)
    for _ in range(rounds):
        _, stall, peak, converted_ms = review(build, heic_dir)
        r["heic"].append(converted_ms / 1000), r["heic stall"].append(stall), r["heic peak"].append(peak)
        r["heif-convert"].append(per_core([["heif-convert", "-q", "92", n, os.path.join(out_dir, f"{i}.jpg")]
                                           for i, n in enumerate(heics)]))
    m = {k: statistics.median(v) for k, v in r.items()}
    heic_ratio = statistics.median(a / b for a, b in zip(r["heic"], r["heif-convert"]))
    say(f"[photos-heic] {count} HEIC photos of {width} x {height} ({heic_distinct} distinct, each with a phone's "
        f"320 x 240 preview) converted and ready "
        f"to send after {m['heic']:.2f} s | heif-convert to JPEG, one process per core {m['heif-convert']:.2f} s "
        f"| ratio {heic_ratio:.2f} (target <= 1.2); longest stall {m['heic stall']:.0f} ms; peak memory "
        f"{m['heic peak']:.0f} MiB")
