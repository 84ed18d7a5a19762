#!/usr/bin/env python3
"""Writes NAME.gold.json for the held-out articles from the hand-written annotation specs below.

Each spec lists entities (id, type, actor, surface forms) and time expressions (surface, which
occurrences, value, mod). Every occurrence of a surface form is a mention (longest form first,
no nesting, whole words; a hyphen is a boundary) unless listed in SKIP. Run from this folder:
    python3 annotate.py
The specs were written by reading the texts, before Dossier was run on them.
"""
import json, re, sys

# id, type, actor, [surfaces]  (the first surface is the entity's name unless NAME overrides)
SPECS = {}
TIMEX = {}
CITES = {}
SKIP = {}

SPECS['nytimes-1'] = [
    ('united-states', 'PLACE', None, ['United States']),
    ('sudan', 'PLACE', None, ['Sudan']),
    ('new-york-times', 'MEDIA', None, ['New York Times']),
    ('london', 'PLACE', None, ['LONDON']),
    ('american', 'NORP', 'united-states', ['American']),
    ('sudanese', 'NORP', 'sudan', ['Sudanese']),
    ('obama', 'PERSON', None, ['Obama']),
    ('africa', 'PLACE', None, ['Africa']),
    ('south-sudan', 'PLACE', None, ['South Sudan']),
    ('bill-clinton', 'PERSON', None, ['Bill Clinton', 'Clinton']),
    ('osama-bin-laden', 'PERSON', None, ['Osama bin Laden', 'Bin Laden']),
    ('khartoum', 'PLACE', 'sudan', ['Khartoum']),
    ('kenya', 'PLACE', None, ['Kenya']),
    ('tanzania', 'PLACE', None, ['Tanzania']),
    ('darfur', 'PLACE', None, ['Darfur']),
    ('icc', 'ORG', None, ['International Criminal Court']),
    ('omar-hassan-al-bashir', 'PERSON', None, ['Omar Hassan al-Bashir', 'Bashir']),
    ('iran', 'PLACE', None, ['Iran']),
    ('syria', 'PLACE', None, ['Syria']),
    ('libya', 'PLACE', None, ['Libya']),
    ('eric-reeves', 'PERSON', None, ['Eric Reeves', 'Reeves']),
    ('fxb-center', 'ORG', None, ['François-Xavier Bagnoud Center for Health and Human Rights']),
    ('harvard-university', 'ORG', None, ['Harvard University']),
    ('donald-trump', 'PERSON', None, ['Donald J. Trump', 'Trump']),
]
TIMEX['nytimes-1'] = [
    ('January 13, 2017', 0, '2017-01-13', None),
    ('nearly 20 years', 0, 'P20Y', 'APPROX'),
    ('late Thursday', 0, '2017-01-12', 'END'),
    ('years', [1, 2], 'PXY', None),
    ('Friday', 0, '2017-01-13', None),
    ('1990s', 1, '199X', None),
    ('six-month', 0, 'P6M', None),
    ('decades', 0, 'PXDE', None),
    ('1997', 0, '1997', None),
    ('mid-1990s', 0, '199X', 'MID'),
    ('1998', 0, '1998', None),
    ('2003', 0, '2003', None),
    ('Thursday', 0, '2017-01-12', None),
    ('last week', 0, '2017-W01', None),
]

SPECS['wapo-1'] = [
    ('north-africa', 'PLACE', None, ['North Africa']),
    ('washington-post', 'MEDIA', None, ['Washington Post']),
    ('cairo', 'PLACE', 'egypt', ['CAIRO']),
    ('tunisia', 'PLACE', None, ['Tunisia']),
    ('arab-spring', 'EVENT', None, ['Arab Spring']),
    ('north-african', 'NORP', None, ['North African']),
    ('islamic-state', 'ORG', None, ['Islamic State']),
    ('bardo', 'ORG', None, ['Bardo National Museum', 'Bardo']),
    ('tunis', 'PLACE', 'tunisia', ['Tunis']),
    ('tunisian', 'NORP', 'tunisia', ['Tunisian', 'Tunisians']),
    ('habib-essid', 'PERSON', None, ['Habib Essid', 'Essid']),
    ('italy', 'PLACE', None, ['Italy']),
    ('poland', 'PLACE', None, ['Poland']),
    ('germany', 'PLACE', None, ['Germany']),
    ('spain', 'PLACE', None, ['Spain']),
    ('islamist', 'NORP', None, ['Islamist', 'Islamists']),
    ('muslim', 'NORP', None, ['Muslim', 'Muslims']),
    ('mediterranean', 'PLACE', None, ['Mediterranean']),
    ('syria', 'PLACE', None, ['Syria']),
    ('washington', 'PLACE', 'united-states', ['Washington']),
    ('white-house', 'ORG', None, ['White House']),
    ('josh-earnest', 'PERSON', None, ['Josh Earnest']),
    ('united-states', 'PLACE', None, ['U.S.']),
    ('reuters', 'MEDIA', None, ['Reuters']),
    ('lotfi-azzouz', 'PERSON', None, ['Lotfi Azzouz', 'Azzouz']),
    ('amnesty-international', 'ORG', None, ['Amnesty International']),
    ('london', 'PLACE', None, ['London']),
    ('wttc', 'ORG', None, ['World Travel and Tourism Council']),
    ('roman', 'NORP', None, ['Roman']),
    ('ennahda', 'ORG', None, ['Ennahda']),
    ('egypt', 'PLACE', None, ['Egypt']),
    ('muslim-brotherhood', 'ORG', None, ['Muslim Brotherhood']),
    ('salafists', 'NORP', None, ['Salafists']),
    ('muhammad', 'PERSON', None, ['Muhammad']),
    ('ansar-al-sharia', 'ORG', None, ['Ansar al-Sharia']),
    ('al-qaeda', 'ORG', None, ['al-Qaeda']),
    ('rachid-ghannouchi', 'PERSON', None, ['Rachid Ghannouchi']),
    ('libya', 'PLACE', None, ['Libya']),
    ('libyan', 'NORP', 'libya', ['Libyan']),
    ('christians', 'NORP', None, ['Christians']),
    ('egyptian', 'NORP', 'egypt', ['Egyptian']),
    ('copts', 'NORP', None, ['Copts']),
    ('sirte', 'PLACE', None, ['Sirte']),
    ('ajmi-lourimi', 'PERSON', None, ['Ajmi Lourimi', 'Lourimi']),
    ('interior-ministry', 'ORG', None, ['Interior Ministry']),
    ('djerba', 'PLACE', None, ['Djerba']),
    ('heba-habib', 'PERSON', None, ['Heba Habib']),
]
TIMEX['wapo-1'] = [
    ('March 18, 2015', 0, '2015-03-18', None),
    ('Wednesday afternoon', 0, '2015-03-18TAF', None),
    ('Wednesday evening', 0, '2015-03-18TEV', None),
    ('Wednesday', 0, '2015-03-18', None),
    ('more than a decade', 0, 'P10Y', None),
    ('decades', 0, 'PXDE', None),
    ('four years ago', 0, '2011', None),
    ('2011', 0, '2011', None),
    ('2013', 0, '2013', None),
    ('today', 0, '2015-03-18', None),
    ('Last fall', 0, '2014-FA', None),
    ('2012', 0, '2012', None),
    ('January', 0, '2015-01', None),
    ('2002', 0, '2002', None),
]
CITES['wapo-1'] = [('(Reuters)', 1, 'credit', [('Reuters', [])])]

SPECS['wapo-2'] = [
    ('united-states', 'PLACE', None, ['United States', 'U.S.']),
    ('israeli', 'NORP', 'israel', ['Israeli', 'Israelis']),
    ('benjamin-netanyahu', 'PERSON', None, ['Benjamin Netanyahu', 'Netanyahu', 'Netan\u00adyahu']),
    ('washington-post', 'MEDIA', None, ['Washington Post', 'Post']),
    ('western-wall', 'PLACE', None, ['Western Wall']),
    ('jerusalem', 'PLACE', None, ['Jerusalem']),
    ('israel', 'PLACE', None, ['Israel']),
    ('thomas-coex', 'PERSON', None, ['Thomas Coex']),
    ('afp', 'MEDIA', None, ['AFP']),
    ('getty-images', 'MEDIA', None, ['Getty Images']),
    ('obama', 'PERSON', None, ['Obama']),
    ('un-general-assembly', 'ORG', None, ['U.N. General Assembly']),
    ('iran', 'PLACE', None, ['Iran']),
    ('palestinian', 'NORP', None, ['Palestinian', 'Palestinians']),
    ('martin-indyk', 'PERSON', None, ['Martin Indyk', 'Indyk']),
    ('brookings-institution', 'ORG', None, ['Brookings Institution']),
    ('russian', 'NORP', None, ['Russian']),
    ('vladimir-putin', 'PERSON', None, ['Vladi\u00admir Putin']),
    ('reuters', 'MEDIA', None, ['Reuters']),
    ('washington', 'PLACE', 'united-states', ['Washington']),
    ('yitzhak-shamir', 'PERSON', None, ['Yitzhak Shamir', 'Shamir']),
    ('madrid', 'PLACE', None, ['Madrid']),
    ('george-hw-bush', 'PERSON', None, ['George H.W. Bush', 'Bush']),
    ('soviet-union', 'PLACE', None, ['Soviet Union']),
    ('robert-danin', 'PERSON', None, ['Robert M. Danin', 'Danin']),
    ('cfr', 'ORG', None, ['Council on Foreign Relations']),
    ('likud', 'ORG', None, ['Likud']),
    ('arab', 'NORP', None, ['Arab']),
    ('white-house', 'ORG', None, ['White House']),
    ('josh-earnest', 'PERSON', None, ['Josh Earnest', 'Earnest']),
    ('congress', 'ORG', None, ['Congress']),
    ('republicans', 'NORP', None, ['Republican', 'Republicans']),
    ('united-nations', 'ORG', None, ['United Nations']),
    ('palestinian-authority', 'ORG', None, ['Palestinian Authority']),
    ('mahmoud-abbas', 'PERSON', None, ['Mahmoud Abbas']),
    ('icc', 'ORG', None, ['International Criminal Court', 'ICC']),
    ('hague', 'PLACE', None, ['Hague']),
    ('gaza', 'PLACE', None, ['Gaza']),
    ('steven-mufson', 'PERSON', None, ['Steven Mufson']),
    ('china', 'PLACE', None, ['China']),
]
TIMEX['wapo-2'] = [
    ('March 18, 2015', 0, '2015-03-18', None),
    ('March 18', 0, '2015-03-18', None),
    ('18 months ago', 0, '2013-09', None),
    ('Tuesday', 0, '2015-03-17', None),
    ('two more years', 0, 'P2Y', None),
    ('Monday', 0, '2015-03-16', None),
    ('the past', 0, 'PAST_REF', None),
    ('1991', 0, '1991', None),
    ('’91', 0, '1991', None),
    ('six years', 0, 'P6Y', None),
    ('this month', 0, '2015-03', None),
    ('March 3', 0, '2015-03-03', None),
    ('September 2013', 0, '2013-09', None),
    ('Today', 0, 'PRESENT_REF', None),
    ('April 1', 0, '2015-04-01', None),
    ('summer', 0, '2014-SU', None),
    ('Now', 0, 'PRESENT_REF', None),
]
CITES['wapo-2'] = [('(Thomas Coex/AFP/Getty Images)', 1, 'credit', [('Thomas Coex/AFP/Getty Images', [])]),
                   ('(Reuters)', 1, 'credit', [('Reuters', [])])]

SPECS['telegraph'] = [
    ('zimbabwe', 'PLACE', None, ['Zimbabwe']),
    ('robert-mugabe', 'PERSON', None, ['Robert Mugabe', 'Mugabe']),
    ('grace-mugabe', 'PERSON', None, ['Grace', 'Gucci Grace', 'DisGrace']),
    ('telegraph', 'MEDIA', None, ['Telegraph']),
    ('g40', 'ORG', None, ['G40']),
    ('harare', 'PLACE', 'zimbabwe', ['Harare']),
    ('jonathan-moyo', 'PERSON', None, ['Jonathan Moyo']),
    ('saviour-kasukuwere', 'PERSON', None, ['Saviour Kasukuwere']),
    ('reuters', 'MEDIA', None, ['Reuters']),
    ('catholic', 'NORP', None, ['Catholic']),
    ('fidelis-mukonori', 'PERSON', None, ['Fidelis Mukonori']),
    ('africans', 'NORP', None, ['Africans']),
    ('west', 'PLACE', None, ['West']),
    ('africa', 'PLACE', None, ['Africa']),
    ('zimbabwean', 'NORP', 'zimbabwe', ['Zimbabwean']),
    ('emmerson-mnangagwa', 'PERSON', None, ['Emmerson Mnangagwa', 'Mnangagwa']),
    ('morgan-tsvangirai', 'PERSON', None, ['Morgan Tsvangirai']),
    ('britain', 'PLACE', None, ['Britain']),
    ('south-africa', 'PLACE', None, ['South Africa']),
    ('jacob-zuma', 'PERSON', None, ['Jacob Zuma']),
    ('sally', 'PERSON', None, ['Sally']),
    ('zanu-pf', 'ORG', None, ['Zanu-PF']),
    ('british', 'NORP', 'britain', ['British']),
]
TIMEX['telegraph'] = [
    ('November 16, 2017', 0, '2017-11-16', None),
    ('Tuesday night', 0, '2017-11-14TNI', None),
    ('1980', 0, '1980', None),
    ('this month', 0, '2017-11', None),
    ('more than a year', 0, 'P1Y', None),
    ('Wednesday', 0, '2017-11-15', None),
    ('early 1990s', 0, '199X', 'START'),
    ('the last two years', 0, 'P2Y', None),
    ('a week ago', 0, '2017-W45', None),
]

SPECS['bbc-1'] = [
    ('obama', 'PERSON', None, ['Barack Obama', 'Obama']),
    ('united-states', 'PLACE', None, ['US']),
    ('bbc', 'MEDIA', None, ['BBC News', 'BBC']),
    ('north-america', 'PLACE', None, ['North America']),
    ('jon-sopel', 'PERSON', None, ['Jon Sopel']),
    ('louisiana', 'PLACE', None, ['Louisiana']),
    ('uk', 'PLACE', None, ['UK']),
    ('eu', 'ORG', None, ['EU']),
    ('iran', 'PLACE', None, ['Iran']),
    ('congress', 'ORG', None, ['Congress']),
    ('syria', 'PLACE', None, ['Syria']),
    ('islamic-state', 'ORG', None, ['Islamic State']),
    ('kenya', 'PLACE', None, ['Kenya']),
    ('americans', 'NORP', 'united-states', ['Americans']),
    ('9-11', 'EVENT', None, ['9/11']),
    ('african-american', 'NORP', None, ['African-American']),
    ('south-carolina', 'PLACE', None, ['South Carolina']),
    ('washington', 'PLACE', 'united-states', ['Washington']),
    ('cuba', 'PLACE', None, ['Cuba']),
    ('gulf', 'PLACE', None, ['Gulf']),
    ('white-house', 'ORG', None, ['White House']),
    ('kenyan', 'NORP', 'kenya', ['Kenyan']),
    ('nairobi', 'PLACE', 'kenya', ['Nairobi']),
    ('african', 'NORP', None, ['African']),
    ('african-union', 'ORG', None, ['African Union']),
    ('ethiopia', 'PLACE', None, ['Ethiopia']),
]
TIMEX['bbc-1'] = [
    ('July 24, 2015', 0, '2015-07-24', None),
    ('Friday', 0, '2015-07-24', None),
    ('18 months', 0, 'P18M', None),
    ('2009', 0, '2009', None),
    ('9/11', 0, '2001-09-11', None),
    ('June', 0, '2015-06', None),
    ('Nine months ago', 0, '2014-10', None),
    ('today', 0, '2015-07-24', None),
    ('the eight years', 0, 'P8Y', None),
    ('Sunday', 0, '2015-07-26', None),
]

SPECS['herald-sun-1'] = [
    ('herald-sun', 'MEDIA', None, ['Herald Sun']),
    ('andrew-shearer', 'PERSON', None, ['Andrew Shearer']),
    ('justin-bassi', 'PERSON', None, ['Justin Bassi']),
    ('george-brandis', 'PERSON', None, ['George Brandis']),
    ('afp-police', 'ORG', None, ['Australian Federal Police']),
    ('andrew-colvin', 'PERSON', None, ['Andrew Colvin']),
    ('malcolm-turnbull', 'PERSON', None, ['Malcolm Turnbull']),
    ('news-corporation', 'ORG', None, ['News Corporation']),
    ('fairfax', 'ORG', None, ['Fairfax']),
    ('abc', 'MEDIA', None, ['ABC']),
    ('walkley', 'ORG', None, ['Walkley']),
    ('tony-abbott', 'PERSON', None, ['Tony Abbott', 'Abbott']),
    ('parliament', 'ORG', None, ['Parliament']),
    ('press-council', 'ORG', None, ['Press Council']),
    ('jcis', 'ORG', None, ['Joint Committee on Intelligence and Security']),
    ('david-weisbrot', 'PERSON', None, ['David Weisbrot']),
    ('britain', 'PLACE', None, ['Britain']),
    ('british', 'NORP', 'britain', ['British']),
    ('rspca', 'ORG', None, ['RSPCA']),
    ('asio', 'ORG', None, ['ASIO']),
    ('uk', 'PLACE', None, ['UK']),
    ('bill-shorten', 'PERSON', None, ['Bill Shorten']),
    ('house-of-representatives', 'ORG', None, ['House of Representatives']),
    ('senate', 'ORG', None, ['Senate']),
    ('stephen-conroy', 'PERSON', None, ['Stephen Conroy', 'Conroy']),
    ('labor', 'ORG', None, ['Labor']),
    ('laurie-oakes', 'PERSON', None, ['LAURIE OAKES']),
    ('nine-network', 'MEDIA', None, ['NINE NETWORK']),
]
TIMEX['herald-sun-1'] = [
    ('March 13, 2015', 0, '2015-03-13', None),
    ('two years', 0, 'P2Y', None),
    ('the past few days', 0, 'PXD', None),
    ('a fortnight', 0, 'P2W', None),
    ('this week', 0, '2015-W11', None),
    ('last month', 0, '2015-02', None),
    ('the future', 0, 'FUTURE_REF', None),
    ('Friday', 0, '2015-03-20', None),
]

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

def build(name):
    text = open(name + '.txt', encoding='utf-8').read()
    taken = [False] * len(text)
    entities, mentions = {}, []
    forms = []
    for eid, typ, actor, surfaces in SPECS[name]:
        entities[eid] = {'name': surfaces[0], 'type': typ, 'actor': actor}
        forms += [(s, eid, typ) for s in surfaces]
    for s, eid, typ in sorted(forms, key=lambda f: -len(f[0])):
        found = occurrences(text, s)
        if not found:
            sys.exit(f'{name}: “{s}” not in the text')
        for st in found:
            if any(taken[st:st + len(s)]):
                continue
            for i in range(st, st + len(s)):
                taken[i] = True
            mentions.append({'start': st, 'end': st + len(s), 'text': s, 'type': typ, 'entity': eid})
    mentions.sort(key=lambda m: m['start'])
    timexes = []
    for s, which, value, mod in TIMEX[name]:
        occ = [st for st in occurrences(text, s) if not any(t['start'] <= st < t['end'] for t in timexes)]
        for st in pick(occ, which, s, name):
            t = {'text': s, 'value': value, 'start': st, 'end': st + len(s)}
            if mod:
                t['mod'] = mod
            timexes.append(t)
    timexes.sort(key=lambda t: t['start'])
    cites = []
    for s, which, kind, refs in CITES.get(name, []):
        occ = [m.start() for m in re.finditer(re.escape(s), text)]
        for st in pick(occ, which, s, name):
            cites.append({'text': s, 'kind': kind, 'see': False,
                          'refs': [{'source': r, 'dates': d} for r, d in refs],
                          'start': st, 'end': st + len(s)})
    dct = TIMEX[name][0][2]
    gold = {'file': name + '.txt', 'dct': dct, 'entities': entities, 'mentions': mentions,
            'citations': cites, 'timexes': timexes}
    with open(name + '.gold.json', 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(f'{name}: {len(mentions)} mentions, {len(entities)} entities, {len(cites)} citations, {len(timexes)} timexes')

for n in SPECS:
    build(n)
