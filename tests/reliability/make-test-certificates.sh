#!/usr/bin/env bash
# Certificates for the test HTTPS server of tests/reliability (made at build time, for the tests only; the app
# trusts the system's CA store and nothing else). Writes into <folder>:
#   ca.pem            a test CA; the TLS tests trust it inside their own process, nothing else does
#   good.*            127.0.0.1, localhost and api.ideogram.test, signed by the test CA (the control case)
#   selfsigned.*      127.0.0.1, signed by its own key
#   expired.*         127.0.0.1, signed by the test CA, valid only on 1 and 2 January 2020
#   mismatch.*        wrong.example only, signed by the test CA
#   unknownca.*       127.0.0.1, signed by another CA that nobody trusts
# P-256 keys; the good ones are valid for ten years, so a build tree does not go stale.
# usage: make-test-certificates.sh <folder>
set -euo pipefail
out="${1:?usage: make-test-certificates.sh <folder>}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
ca() { # name subject
  key "$work/$1.key"
  openssl req -x509 -key "$work/$1.key" -days 3650 -subj "/CN=$2" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$work/$1.pem" 2>/dev/null
}
# leaf <name> <subjectAltName> <issuer: a CA name> [openssl ca date options…]
leaf() {
  local name=$1 san=$2 issuer=$3
  shift 3
  key "$out/$name.key"
  openssl req -new -key "$out/$name.key" -subj "/CN=${san#*:}" -out "$work/$name.csr" 2>/dev/null
  printf '[ca]\ndefault_ca=c\n[c]\ndatabase=%s/index\nnew_certs_dir=%s\nserial=%s/serial\ndefault_md=sha256\npolicy=p\nunique_subject=no\n[p]\ncommonName=supplied\n[x]\nsubjectAltName=%s\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' \
    "$work" "$work" "$work" "$san" >"$work/$name.cnf"
  : >"$work/index"
  [ -f "$work/serial" ] || echo 1000 >"$work/serial"
  openssl ca -batch -notext -config "$work/$name.cnf" -extensions x -cert "$work/$issuer.pem" \
    -keyfile "$work/$issuer.key" "$@" -in "$work/$name.csr" -out "$out/$name.pem" 2>/dev/null
}

ca test-ca "Ideogram Datasets test CA"
ca other-ca "A CA nobody trusts"
cp "$work/test-ca.pem" "$out/ca.pem"
leaf good "IP:127.0.0.1,DNS:localhost,DNS:api.ideogram.test" test-ca -days 3650
leaf expired "IP:127.0.0.1,DNS:localhost" test-ca -startdate 20200101000000Z -enddate 20200102000000Z
leaf mismatch "DNS:wrong.example" test-ca -days 3650
leaf unknownca "IP:127.0.0.1,DNS:localhost" other-ca -days 3650
key "$out/selfsigned.key"
openssl req -x509 -key "$out/selfsigned.key" -days 3650 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -out "$out/selfsigned.pem" 2>/dev/null
touch "$out/stamp"
