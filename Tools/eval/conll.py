#!/usr/bin/env python3
"""Scores the whole `dossier export` pipeline on a CoNLL-2003 file (PER/LOC/ORG, exact spans).

Each -DOCSTART- document becomes one text: a sentence per line, tokens joined by spaces, a blank
line between sentences. Mentions map PERSON→PER, PLACE→LOC, ORG/MEDIA→ORG; NORP/EVENT and
MISC are not scored.

    python3 Tools/eval/conll.py .build/release/dossier CONLL/eng.testa [--docs N]
"""
import json, subprocess, sys

def docs(path):
    doc, sent = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('-DOCSTART-'):
            if sent: doc.append(sent); sent = []
            if doc: yield doc
            doc = []
        elif not line.strip():
            if sent: doc.append(sent); sent = []
        else:
            p = line.split()
            sent.append((p[0], p[-1]))
    if sent: doc.append(sent)
    if doc: yield doc

def gold_spans(doc):
    """Text and (start, end, type) spans in code points, from IOB1 tags."""
    text, spans, pos = [], [], 0
    for sent in doc:
        cur = None
        for i, (w, tag) in enumerate(sent):
            if i: text.append(' '); pos += 1
            start = pos; text.append(w); pos += len(w)
            t = tag[2:] if tag != 'O' else None
            if t and cur and cur[2] == t and not tag.startswith('B-'):
                cur[1] = pos
            else:
                if cur: spans.append(tuple(cur))
                cur = [start, pos, t] if t else None
        if cur: spans.append(tuple(cur))
        text.append('\n\n'); pos += 2
    return ''.join(text), {s for s in spans if s[2] in ('PER', 'LOC', 'ORG')}

MAP = {'PERSON': 'PER', 'PLACE': 'LOC', 'ORG': 'ORG', 'MEDIA': 'ORG'}

def main():
    binary, path = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[sys.argv.index('--docs') + 1]) if '--docs' in sys.argv else None
    tp = pred = gold = 0
    per = {t: [0, 0, 0] for t in ('PER', 'LOC', 'ORG')}
    for n, doc in enumerate(docs(path)):
        if limit is not None and n >= limit: break
        text, g = gold_spans(doc)
        out = subprocess.run([binary, 'export', '-', '--compact', '--date', '1996-08-30'],
                             input=text.encode(), capture_output=True, check=True).stdout
        model = json.loads(out)
        p = set()
        for e in model['entities']:
            for m in e['mentions']:
                t = MAP.get(m.get('type', e['type']))
                if t: p.add((m['start'], m['end'], t))
        for t in per:
            gt = {s for s in g if s[2] == t}; pt = {s for s in p if s[2] == t}
            per[t][0] += len(gt & pt); per[t][1] += len(pt); per[t][2] += len(gt)
        tp += len(g & p); pred += len(p); gold += len(g)
    def f(a, b, c):
        P = a / b if b else 0; R = a / c if c else 0
        return P, R, (2 * P * R / (P + R) if P + R else 0)
    for t, (a, b, c) in per.items():
        print('%s P %.3f R %.3f F1 %.3f' % ((t,) + f(a, b, c)))
    print('all P %.3f R %.3f F1 %.3f' % f(tp, pred, gold))

main()
