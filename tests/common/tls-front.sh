#!/usr/bin/env bash
# A TLS front like the one users' requests meet: nghttpx (Debian's nghttp2-proxy) on 127.0.0.1, speaking
# HTTP/2 (chosen by ALPN) or, with --http1.1, HTTP/1.1 only, and forwarding to a plain-HTTP backend such as
# ids-sandbox-server. Its certificate (for 127.0.0.1 and localhost) is signed by a CA made here for this run
# alone: only a process that is handed ca.pem trusts it, nothing is added to the system's store.
#
# Prints one line, "<https base URL> <path of ca.pem>", once the front listens; serves until it gets SIGTERM
# or SIGINT or its parent process ends, then stops nghttpx and removes the CA. Shared by the tests (tests/common/tlsfront.h) and
# bench/run.py; also handy by hand: tls-front.sh http://127.0.0.1:PORT, then curl --cacert <ca.pem> <URL>.
#
# Beside ca.pem, the front's folder holds server.pem and server.key (the certificate and its key, for other
# test servers that want the same trust) and access.log ("<ALPN> <method> <path> <status>" per request).
#
# usage: tls-front.sh [--http1.1] <backend base URL: http://127.0.0.1:PORT> [-- <more nghttpx options>]
#        tls-front.sh --certificate-only <folder>   (writes ca.pem, server.pem and server.key there, then exits)
set -euo pipefail

# The CA and the server certificate: P-256 keys, valid for two days, made fresh each run.
make_certificate() {
  local dir="$1"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=Ideogram Datasets test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' \
    >"$dir/server.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
    -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
}

if [ "${1:-}" = "--certificate-only" ]; then
  make_certificate "${2:?usage: tls-front.sh --certificate-only <folder>}"
  exit 0
fi

protocols="h2,http/1.1"
if [ "${1:-}" = "--http1.1" ]; then
  protocols="http/1.1"
  shift
fi
backend="${1:?usage: tls-front.sh [--http1.1] http://127.0.0.1:PORT [-- nghttpx options]}"
shift
[ "${1:-}" = "--" ] && shift
hostport="${backend#http://}"
hostport="${hostport%%/*}"
backend_host="${hostport%:*}"
backend_port="${hostport##*:}"

parent=$PPID
# Debian installs nghttpx in /usr/sbin, which is not on every user's PATH.
nghttpx="$(command -v nghttpx || echo /usr/sbin/nghttpx)"
dir="$(mktemp -d "${TMPDIR:-/tmp}/ids-tls-front.XXXXXX")"
front=""
stop() {
  if [ -n "$front" ]; then
    kill "$front" 2>/dev/null || true
    wait "$front" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 0' TERM INT
make_certificate "$dir"

# nghttpx takes no port 0: pick a free one and try again if another process took it meanwhile.
for attempt in 1 2 3 4 5 6 7 8; do
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  : >"$dir/log"
  # --conf=/dev/null: the system's /etc/nghttpx/nghttpx.conf must not add a listener or send logs to syslog.
  "$nghttpx" --conf=/dev/null --frontend="127.0.0.1,$port" --backend="$backend_host,$backend_port" \
    --npn-list="$protocols" --workers=1 --no-ocsp --errorlog-file="$dir/log" \
    --accesslog-file="$dir/access.log" --accesslog-format='$alpn $method $path_without_query $status' "$@" \
    "$dir/server.key" "$dir/server.pem" </dev/null >/dev/null 2>&1 &
  front=$!
  while kill -0 "$front" 2>/dev/null && ! grep -q "Listening on 127.0.0.1:$port" "$dir/log"; do
    sleep 0.02
  done
  if kill -0 "$front" 2>/dev/null; then
    echo "https://127.0.0.1:$port $dir/ca.pem"
    # Serve while nghttpx runs and whoever started the front lives: a test that crashed leaves nothing behind.
    while kill -0 "$front" 2>/dev/null && kill -0 "$parent" 2>/dev/null; do
      sleep 0.5 &
      wait $! || true # a signal interrupts the wait, not the sleep, so SIGTERM is handled at once
    done
    exit 0
  fi
  wait "$front" 2>/dev/null || true
  front=""
done
echo "tls-front.sh: nghttpx did not start:" >&2
cat "$dir/log" >&2
exit 1
