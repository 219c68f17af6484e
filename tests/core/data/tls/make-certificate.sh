#!/bin/sh
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the self-signed test certificate of tst_tls (cert.pem, key.pem in this folder), valid from
# 2000-01-01 to 2099-12-31 so that no clock makes it expire or not yet valid. Run once; the result is committed.
# `openssl req -x509` cannot set the start date in OpenSSL 3.0, so `openssl ca -selfsign` signs the request.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/index.txt"
cat >"$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = anything
copy_extensions = none
x509_extensions = ext
[anything]
commonName = supplied
organizationName = supplied
[ext]
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
basicConstraints = critical, CA:TRUE
subjectAltName = IP:127.0.0.1, DNS:localhost
CNF
echo 01 >"$work/serial"
openssl req -new -newkey rsa:2048 -nodes -keyout key.pem -out "$work/request.csr" \
    -subj "/CN=127.0.0.1/O=NumberDesk Test CA"
openssl ca -batch -selfsign -notext -config "$work/ca.cnf" -keyfile key.pem -in "$work/request.csr" \
    -out cert.pem -startdate 20000101000000Z -enddate 20991231235959Z
