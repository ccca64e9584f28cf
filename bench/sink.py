#!/usr/bin/env python3
"""A receiver for the upload benchmarks that costs nearly nothing, so that the figures measure the clients
(issue 18: the sandbox server, which checks and keeps what it receives, was slower than every client).

It answers POST .../upload_assets as Ideogram does (api-contract.md, "upload_assets": every file stored),
so it must know the file names. It reads each part's headers, and when the file is one of the benchmark's
(--files: its size is known), moves the file's bytes from the socket to /dev/null with splice(2), through a
pipe, without copying them into this process; any other part is read and scanned in a reused buffer.

usage: sink.py [--files <folder>]       prints "<base URL> <key>" then "dataset <id>", serves until killed
       sink.py --self-test <MB>         the sink's own rate: a client that only writes bytes (one sendall of a
                                        ready buffer) sends one <MB> MB file; prints "<MB/s wall> <MB/s of
                                        the sink's CPU time>" (wall is bounded by the writer too)"""
import fcntl
import json
import multiprocessing
import os
import socket
import sys
import tempfile
import threading
import time

KEY = "sink-key-0000000000000000"
DATASET = "sink"
READ = 64 * 1024
NEEDLE = b'filename="'
sizes = {}  # file name -> size, of the benchmark's files


class Body:
    """The rest of one request body on a socket: read() copies, drop() splices to /dev/null."""

    def __init__(self, conn, length, first):
        self.conn = conn
        self.left = length - min(length, len(first))  # not yet taken from the socket
        self.extra = first[length:]  # the start of the next request
        self.pipe = os.pipe()
        fcntl.fcntl(self.pipe[1], fcntl.F_SETPIPE_SZ, 1 << 20)
        self.null = os.open(os.devnull, os.O_WRONLY)

    def read(self):
        if self.left == 0:
            return b""
        data = self.conn.recv(min(READ, self.left))
        if not data:
            raise ConnectionError("body cut short")
        self.left -= len(data)
        return data

    def drop(self, count):
        while count > 0:
            moved = os.splice(self.conn.fileno(), self.pipe[1], min(count, 1 << 20))
            if moved == 0:
                raise ConnectionError("body cut short")
            count -= moved
            self.left -= moved
            while moved > 0:
                moved -= os.splice(self.pipe[0], self.null, moved)

    def close(self):
        for fd in (*self.pipe, self.null):
            os.close(fd)


def discard_body(conn, length, first):
    """Reads one multipart body of length bytes (first: what already came of it, maybe more) and keeps only
    the file names. Returns (names, the bytes that belong to the next request)."""
    body = Body(conn, length, first)
    names = []
    pending = first[:length]
    try:
        while True:
            at = pending.find(NEEDLE)
            end = pending.find(b"\r\n\r\n", at) if at >= 0 else -1
            if end >= 0:
                close = pending.find(b'"', at + len(NEEDLE))
                name = pending[at + len(NEEDLE):close].decode("utf-8", "replace")
                names.append(name)
                pending = pending[end + 4:]
                size = sizes.get(name)
                if size is not None:  # skip the file's bytes, without copying those still in the socket
                    if len(pending) >= size:
                        pending = pending[size:]
                    else:
                        body.drop(size - len(pending))
                        pending = b""
                continue
            more = body.read()
            if not more:
                return names, body.extra
            # Only a header's start can matter from what was scanned: keep a short tail.
            pending = (pending if at >= 0 else pending[-512:]) + more
    finally:
        body.close()


def answer(conn, status, body, close):
    data = json.dumps(body).encode()
    conn.sendall(b"HTTP/1.1 %d OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n"
                 % (status, len(data), b"Connection: close\r\n" if close else b"") + data)


def read_head(conn, pending):
    """Reads until the end of a request head; returns (head, what came after it) or (None, b"")."""
    while b"\r\n\r\n" not in pending:
        data = conn.recv(READ)
        if not data or len(pending) > 1 << 20:
            return None, b""
        pending += data
    end = pending.index(b"\r\n\r\n")
    return pending[:end], pending[end + 4:]


def serve_connection(conn):
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    pending = b""
    with conn:
        while True:
            head, pending = read_head(conn, pending)
            if head is None:
                return
            lines = head.split(b"\r\n")
            method, path = lines[0].split(b" ")[:2]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            if headers.get(b"expect", b"").lower() == b"100-continue":
                conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            try:
                names, pending = discard_body(conn, int(headers.get(b"content-length", b"0")), pending)
            except (ConnectionError, OSError):
                return
            close = headers.get(b"connection", b"").lower() == b"close"
            if method == b"POST" and path.endswith(b"/upload_assets"):
                answer(conn, 200, {
                    "total_count": len(names), "success_count": len(names), "failure_count": 0,
                    "successful_assets": [{"asset_identifier": {"asset_type": "UPLOAD", "asset_id": f"a{i}"},
                                           "file_name": n} for i, n in enumerate(names)],
                    "failed_assets": []}, close)
            else:
                answer(conn, 404, {"detail": "the benchmark's sink only takes uploads"}, close)
            if close:
                return


def listen():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    return server


def serve(folder):
    if folder:
        for name in os.listdir(folder):
            sizes[name] = os.path.getsize(os.path.join(folder, name))
    server = listen()
    print(f"http://127.0.0.1:{server.getsockname()[1]} {KEY}", flush=True)
    print(f"dataset {DATASET}", flush=True)
    while True:
        conn, _ = server.accept()
        threading.Thread(target=serve_connection, args=(conn,), daemon=True).start()


def self_test(megabytes):
    server = listen()
    port = server.getsockname()[1]
    size = megabytes * 1024 * 1024
    sizes["self-test.jpg"] = size
    head = b'--b\r\nContent-Disposition: form-data; name="files"; filename="self-test.jpg"\r\n\r\n'
    tail = b"\r\n--b--\r\n"

    def write():
        client = socket.create_connection(("127.0.0.1", port))
        block = memoryview(b"x" * (8 << 20))
        client.sendall(b"POST /datasets/sink/upload_assets HTTP/1.1\r\nContent-Length: %d\r\n"
                       b"Connection: close\r\n\r\n" % (len(head) + size + len(tail)) + head)
        sent = 0
        while sent < size:
            piece = block[:min(len(block), size - sent)]
            client.sendall(piece)
            sent += len(piece)
        client.sendall(tail)
        answer_ = b""
        while data := client.recv(65536):
            answer_ += data
        if b'"success_count": 1' not in answer_:
            raise SystemExit("the sink did not count the self-test's file")

    writer = multiprocessing.Process(target=write)  # a process of its own: no lock shared with the sink
    writer.start()
    conn, _ = server.accept()
    start, cpu = time.perf_counter(), time.thread_time()
    serve_connection(conn)
    cpu, seconds = time.thread_time() - cpu, time.perf_counter() - start
    writer.join()
    if writer.exitcode != 0:
        raise SystemExit(1)
    print(f"{megabytes / seconds:.0f} {megabytes / max(cpu, 1e-3):.0f}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--self-test":
        self_test(int(sys.argv[2]))
    else:
        serve(sys.argv[2] if len(sys.argv) == 3 and sys.argv[1] == "--files" else None)
