#!/usr/bin/env python3
"""Writes starting corpora for the fuzz targets from the recorded real-server traffic
(../shared/testdata/recorded-psrp): WS-Man responses, HTTP messages around them, PSRP
fragment streams, messages and their CLIXML, and MS-WSMV encrypted bodies framed around
them (with fuzz_encrypted_body's transparent 16-byte signature).

Usage: make-seeds.py TESTDATA_DIR CORPUS_DIR"""
import base64
import hashlib
import os
import re
import struct
import sys

import yaml

MAX_SEED = 100 * 1024
# fuzz_clixml_values' message-type table (first input byte)
CLIXML_TYPES = [0x00041004, 0x00041005, 0x00041009, 0x00041008, 0x00041007, 0x00041010,
                0x00041011, 0x00041006, 0x00021009, 0x00021005, 0x00010002]


def write(corpus, target, data):
    if len(data) > MAX_SEED:
        return
    d = os.path.join(corpus, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def fragments(stream):
    """(object_id, flags, blob) of each PSRP fragment in a stream."""
    out, pos = [], 0
    while pos + 21 <= len(stream):
        oid, _fid, flags, length = struct.unpack(">QQBI", stream[pos:pos + 21])
        out.append((oid, flags, stream[pos + 21:pos + 21 + length]))
        pos += 21 + length
    return out


def messages(stream, partial):
    for oid, flags, blob in fragments(stream):
        if flags & 1:
            partial[oid] = b""
        partial[oid] = partial.get(oid, b"") + blob
        if flags & 2:
            yield partial.pop(oid)


def action_of(request):
    m = re.search(r"Action[^>]*>([^<]+)<", request or "")
    return m.group(1).rsplit("/", 1)[-1] if m else ""


def encrypted(plain, space=False):
    b = b"-- Encrypted Boundary" if space else b"--Encrypted Boundary"
    return (b + b"\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
            b"\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length="
            + str(len(plain)).encode() + b"\r\n" + b
            + b"\r\n\tContent-Type: application/octet-stream\r\n" + struct.pack("<I", 16)
            + b"\x5a" * 16 + plain + b + b"--\r\n")


def main():
    testdata, corpus = sys.argv[1], sys.argv[2]
    count = 0
    for name in sorted(os.listdir(testdata)):
        if not name.endswith(".yml"):
            continue
        with open(os.path.join(testdata, name), encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        partial = {}
        for entry in doc.get("messages", []):
            request = entry.get("request") or ""
            response = entry.get("response") or ""
            action = action_of(request)
            if response:
                resp = response.encode()
                mode = {"Create": 0, "Command": 1, "Receive": 2}.get(action, 3)
                write(corpus, "fuzz_wsman", bytes([mode | 8]) + resp)
                write(corpus, "fuzz_http_parsers", b"\x00" + b"HTTP/1.1 200 \r\nContent-Type: "
                      b"application/soap+xml;charset=UTF-8\r\nContent-Length: "
                      + str(len(resp)).encode() + b"\r\n\r\n" + resp)
                write(corpus, "fuzz_encrypted_body", b"\x00" + encrypted(resp, count % 2 == 1))
                write(corpus, "fuzz_encrypted_body", b"\x03" + resp[:2048])
                count += 1
            if request:
                req = request.encode()
                write(corpus, "fuzz_http_parsers", b"\x01" + b"POST /wsman HTTP/1.1\r\nHost: "
                      b"ex01\r\nContent-Length: " + str(len(req)).encode() + b"\r\n\r\n" + req)
            streams = [base64.b64decode(s) for s in
                       re.findall(r"<rsp:Stream[^>]*>([^<]*)</rsp:Stream>", response)]
            for tag in ("creationXml", "rsp:Arguments"):
                streams += [base64.b64decode(s) for s in
                            re.findall(r"<%s[^>]*>([^<]*)</%s>" % (tag, tag), request)]
            for stream in streams:
                write(corpus, "fuzz_psrp", b"\x01" + stream)
                for message in messages(stream, partial):
                    write(corpus, "fuzz_psrp", b"\x02" + message)
                    if len(message) < 40:
                        continue
                    mtype = struct.unpack("<I", message[4:8])[0]
                    clixml = message[40:]
                    write(corpus, "fuzz_psrp", b"\x00" + clixml)
                    index = CLIXML_TYPES.index(mtype) if mtype in CLIXML_TYPES else 0
                    write(corpus, "fuzz_clixml_values", bytes([index]) + clixml)
    for target in sorted(os.listdir(corpus)):
        print("%-22s %d seeds" % (target, len(os.listdir(os.path.join(corpus, target)))))


if __name__ == "__main__":
    main()
