#!/usr/bin/env python3
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scans files (raw bytes) for secrets and prints every hit with file, offset and masked context.

  secretscan.py [--secret NAME=VALUE]... [--regex NAME=PATTERN]... [--log-regex NAME=PATTERN]...
                [--exclude NAME=GLOB]... [--log GLOB]... PATH...

--secret: a literal (searched as UTF-8, and also as UTF-16LE so a QString dump would be caught).
--regex: a bytes regular expression searched in every file. --log-regex: only in files matching a --log glob.
--exclude NAME=GLOB: the check NAME is skipped for files whose path matches GLOB (fnmatch on the full path).
Directories are walked recursively. Exit status 1 when anything was found, 0 otherwise, 2 on usage errors.
"""
import fnmatch
import os
import re
import sys


def parse(argv):
    checks, excludes, logs, paths = [], [], [], []
    it = iter(argv)
    for arg in it:
        if arg in ('--secret', '--regex', '--log-regex', '--exclude'):
            name, sep, value = next(it).partition('=')
            if not sep or not value:
                sys.exit('secretscan: bad %s argument' % arg)
            if arg == '--exclude':
                excludes.append((name, value))
            elif arg == '--secret':
                raw = value.encode('utf-8')
                checks.append((name, re.compile(re.escape(raw)), False))
                checks.append((name, re.compile(re.escape(value.encode('utf-16-le'))), False))
            else:
                checks.append((name, re.compile(value.encode('utf-8')), arg == '--log-regex'))
        elif arg == '--log':
            logs.append(next(it))
        else:
            paths.append(arg)
    return checks, excludes, logs, paths


def files_of(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, names in os.walk(p):
                for n in sorted(names):
                    yield os.path.join(root, n)
        elif os.path.isfile(p):
            yield p


def printable(data):
    return ''.join(chr(b) if 32 <= b < 127 else '.' for b in data)


def main():
    checks, excludes, logs, paths = parse(sys.argv[1:])
    if not checks or not paths:
        sys.exit('usage: secretscan.py --secret NAME=VALUE ... PATH...')
    hits = 0
    scanned = 0
    for path in files_of(paths):
        with open(path, 'rb') as f:
            data = f.read()
        scanned += 1
        is_log = any(fnmatch.fnmatch(path, g) for g in logs)
        # Context is taken from a copy with every secret starred out, so no report line repeats one.
        masked = bytearray(data)
        for _name, rx, _log_only in checks:
            for m in rx.finditer(data):
                masked[m.start():m.end()] = b'*' * (m.end() - m.start())
        for name, rx, log_only in checks:
            if log_only and not is_log:
                continue
            if any(n == name and fnmatch.fnmatch(path, g) for n, g in excludes):
                continue
            for m in rx.finditer(data):
                hits += 1
                before = bytes(masked[max(0, m.start() - 40):m.start()])
                after = bytes(masked[m.end():m.end() + 40])
                print('LEAK %s in %s at offset %d: ...%s[%s:%d bytes]%s...'
                      % (name, path, m.start(), printable(before), name, m.end() - m.start(), printable(after)))
    print('secretscan: %d file(s) scanned, %d hit(s)' % (scanned, hits))
    return 1 if hits else 0


if __name__ == '__main__':
    sys.exit(main())
