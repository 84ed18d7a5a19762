"""Writes NAME.gold.json files (the dev corpus's format) from hand-written annotation specs.

Used by Data/heldout*/annotate.py. A spec gives, per article:
- entities: (id, type, actor, [surface forms]); the first form is the entity's name. Every
  occurrence of a form is a mention (longest form first, no nesting, whole words; a hyphen is a
  boundary). A form may be given as (form, which) to take only those occurrences (1-based among
  all whole-word occurrences of the form), for a surname that two people share; such forms are
  placed before plain forms of the same length.
- time expressions: (surface, which, value, mod); `which` is 0 for every occurrence not inside an
  earlier-listed TIMEX, or a 1-based index (or list of them) among those occurrences.
- citations: (text, which, kind, [(source, [dates])]).
The first TIMEX is the publication line's date, which is also the document date.
"""
import json, os, re, sys

WORD = r'\w'


def occurrences(text, s):
    return [m.start() for m in re.finditer(r'(?<!%s)%s(?!%s)' % (WORD, re.escape(s), WORD), text)]


def pick(occ, which, what, name):
    if which == 0:
        return occ
    which = [which] if isinstance(which, int) else which
    if max(which) > len(occ):
        sys.exit(f'{name}: “{what}” has only {len(occ)} occurrences')
    return [occ[i - 1] for i in which]


def build(folder, name, specs, timex_specs, cite_specs):
    text = open(os.path.join(folder, name + '.txt'), encoding='utf-8').read()
    taken = [False] * len(text)
    entities, mentions = {}, []
    forms = []
    for eid, typ, actor, surfaces in specs:
        first = surfaces[0] if isinstance(surfaces[0], str) else surfaces[0][0]
        entities[eid] = {'name': first, 'type': typ, 'actor': actor}
        forms += [(s, eid, typ, None) if isinstance(s, str) else (s[0], eid, typ, s[1]) for s in surfaces]
    for s, eid, typ, which in sorted(forms, key=lambda f: (-len(f[0]), f[3] is None)):
        found = occurrences(text, s)
        if not found:
            sys.exit(f'{name}: “{s}” not in the text')
        if which is not None:
            found = pick(found, which, s, name)
        for st in found:
            if any(taken[st:st + len(s)]):
                continue
            for i in range(st, st + len(s)):
                taken[i] = True
            mentions.append({'start': st, 'end': st + len(s), 'text': s, 'type': typ, 'entity': eid})
    mentions.sort(key=lambda m: m['start'])
    timexes = []
    for s, which, value, mod in timex_specs:
        occ = [st for st in occurrences(text, s) if not any(t['start'] <= st < t['end'] for t in timexes)]
        for st in pick(occ, which, s, name):
            t = {'text': s, 'value': value, 'start': st, 'end': st + len(s)}
            if mod:
                t['mod'] = mod
            timexes.append(t)
    timexes.sort(key=lambda t: t['start'])
    cites = []
    for s, which, kind, refs in cite_specs:
        occ = [m.start() for m in re.finditer(re.escape(s), text)]
        for st in pick(occ, which, s, name):
            cites.append({'text': s, 'kind': kind, 'see': False,
                          'refs': [{'source': r, 'dates': d} for r, d in refs],
                          'start': st, 'end': st + len(s)})
    dct = timex_specs[0][2]
    gold = {'file': name + '.txt', 'dct': dct, 'entities': entities, 'mentions': mentions,
            'citations': cites, 'timexes': timexes}
    with open(os.path.join(folder, name + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(f'{name}: {len(mentions)} mentions, {len(entities)} entities, {len(cites)} citations, {len(timexes)} timexes')


def build_all(folder, specs, timex, cites):
    for name in specs:
        build(folder, name, specs[name], timex[name], cites.get(name, []))
