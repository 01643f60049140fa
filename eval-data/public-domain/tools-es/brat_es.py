#!/usr/bin/env python3
"""Builds, checks and shows the BRAT annotations of the Spanish public-domain set.

Usage (from eval-data/public-domain):
  python3 tools-es/brat_es.py build  [NAME ...]   # lists/NAME.list + es/NAME.txt -> es/NAME.ann
  python3 tools-es/brat_es.py check  [NAME ...]   # validates es/NAME.ann against es/NAME.txt
  python3 tools-es/brat_es.py show   NAME         # prints the text with [TYPE surface] brackets
  python3 tools-es/brat_es.py stats               # documents, characters and mentions per type

A list file has one entry per line: TYPE<TAB>surface[<TAB>occurrences].
Every whole-word occurrence of the surface is annotated, longest surfaces first, never
inside a span already taken. The optional third column keeps only the given 1-based
occurrences (counted among the free whole-word matches), e.g. "1,3". TYPE "-" claims the
occurrences without annotating them (a name inside a law title, for example).
Offsets are Python string indices, i.e. Unicode code points; the end is exclusive.
"""
import os
import sys
import unicodedata

TYPES = ("PERSON", "LOCATION", "ORGANIZATION")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TXT_DIR = os.path.join(ROOT, "es")
LIST_DIR = os.path.join(HERE, "lists")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_word_char(ch):
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


def whole_word_matches(text, surface):
    out, start = [], 0
    while True:
        i = text.find(surface, start)
        if i < 0:
            return out
        j = i + len(surface)
        before_ok = i == 0 or not is_word_char(text[i - 1]) or not is_word_char(surface[0])
        after_ok = j == len(text) or not is_word_char(text[j]) or not is_word_char(surface[-1])
        if before_ok and after_ok:
            out.append((i, j))
        start = i + 1


def parse_list(path):
    entries = []
    for n, line in enumerate(read(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or (cols[0] not in TYPES and cols[0] != "-"):
            sys.exit(f"{path}:{n}: bad line")
        picks = None
        if len(cols) > 2 and cols[2].strip():
            picks = {int(x) for x in cols[2].split(",")}
        entries.append((cols[0], cols[1], picks, n))
    return entries


def build(name):
    text = read(os.path.join(TXT_DIR, name + ".txt"))
    entries = parse_list(os.path.join(LIST_DIR, name + ".list"))
    taken = []  # (start, end, type)
    order = sorted(entries, key=lambda e: (-len(e[1]), e[3]))
    for typ, surface, picks, line in order:
        free = [m for m in whole_word_matches(text, surface)
                if not any(m[0] < e and s < m[1] for s, e, _ in taken)]
        if not free:
            sys.exit(f"{name}.list:{line}: no free occurrence of the entry")
        chosen = [m for k, m in enumerate(free, 1) if picks is None or k in picks]
        if picks and len(chosen) != len(picks):
            sys.exit(f"{name}.list:{line}: fewer occurrences than picked")
        taken.extend((s, e, typ) for s, e in chosen)
    spans = sorted(t for t in taken if t[2] != "-")
    lines = [f"T{i}\t{t} {s} {e}\t{text[s:e]}" for i, (s, e, t) in enumerate(spans, 1)]
    with open(os.path.join(TXT_DIR, name + ".ann"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + ("\n" if lines else ""))
    return len(spans)


def load_ann(name):
    text = read(os.path.join(TXT_DIR, name + ".txt"))
    spans = []
    for n, line in enumerate(read(os.path.join(TXT_DIR, name + ".ann")).splitlines(), 1):
        tid, mid, surface = line.split("\t")
        typ, s, e = mid.split(" ")
        spans.append((n, tid, typ, int(s), int(e), surface))
    return text, spans


def check(name):
    text, spans = load_ann(name)
    errors = []
    if not 800 <= len(text) <= 4000:
        errors.append(f"text length {len(text)} outside 800..4000")
    ids = set()
    prev_end = -1
    for n, tid, typ, s, e, surface in sorted(spans, key=lambda x: x[3]):
        where = f"{name}.ann:{n}"
        if tid in ids:
            errors.append(f"{where}: duplicate id {tid}")
        ids.add(tid)
        if typ not in TYPES:
            errors.append(f"{where}: unknown type {typ}")
        if not 0 <= s < e <= len(text):
            errors.append(f"{where}: offsets out of range")
        elif text[s:e] != surface:
            errors.append(f"{where}: surface differs from text at offsets")
        if surface != surface.strip():
            errors.append(f"{where}: leading or trailing space")
        if s < prev_end:
            errors.append(f"{where}: overlaps the previous span")
        prev_end = max(prev_end, e)
    return errors


def show(name):
    text, spans = load_ann(name)
    out, pos = [], 0
    for _, _, typ, s, e, _ in sorted(spans, key=lambda x: x[3]):
        out.append(text[pos:s])
        out.append(f"[{typ[:3]} {text[s:e]}]")
        pos = e
    out.append(text[pos:])
    print("".join(out))


def names(args):
    if args:
        return args
    return sorted(f[:-4] for f in os.listdir(TXT_DIR) if f.endswith(".txt"))


def stats():
    counts = {t: 0 for t in TYPES}
    docs = names([])
    chars = 0
    for name in docs:
        text, spans = load_ann(name)
        chars += len(text)
        for span in spans:
            counts[span[2]] += 1
    print(f"documents {len(docs)}, characters {chars}")
    for t in TYPES:
        print(f"{t} {counts[t]}")
    print(f"total {sum(counts.values())}")


def main(argv):
    if not argv:
        sys.exit(__doc__)
    cmd, args = argv[0], argv[1:]
    if cmd == "build":
        for name in names(args):
            print(f"{name}: {build(name)} mentions")
    elif cmd == "check":
        bad = 0
        for name in names(args):
            for err in check(name):
                print(err)
                bad += 1
        print("OK" if bad == 0 else f"{bad} problems")
        sys.exit(1 if bad else 0)
    elif cmd == "show":
        show(args[0])
    elif cmd == "stats":
        stats()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
