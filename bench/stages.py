#!/usr/bin/env python3
"""Share of CPU samples per extract stage, method and line, from `jfr print --events jdk.ExecutionSample`.

Usage: jfr print --events jdk.ExecutionSample --stack-depth 64 profile.jfr | bench/stages.py
"""
import collections
import re
import sys

FRAME = re.compile(r'^\s+([\w.$<>]+)\(.*?\)\s+line: (\d+)', re.M)
stage, method, line = collections.Counter(), collections.Counter(), collections.Counter()
for event in sys.stdin.read().split('jdk.ExecutionSample'):
    frames = [(m, l) for m, l in FRAME.findall(event)
              if m.startswith('org.swapledger.') and not m.startswith('org.swapledger.bench.')]
    if not frames:
        continue
    method[frames[0][0]] += 1
    line[frames[0][0] + ':' + frames[0][1]] += 1
    for i, (m, _) in enumerate(frames):
        if m.endswith('ArticlePipeline.extract'):
            stage[frames[i - 1][0] if i > 0 else m] += 1
            break
total = sum(method.values()) or 1
for title, counter in (('stage (called by ArticlePipeline.extract)', stage),
                       ('innermost project method', method), ('innermost project line', line)):
    print('== %s' % title)
    for key, n in counter.most_common(12):
        print('%6d %5.1f%%  %s' % (n, 100.0 * n / total, key))
