#!/usr/bin/env python3
"""Build, review and validate BRAT .ann files for the public-domain evaluation set.

Standard library only. Offsets are code-point offsets into the UTF-8 .txt, end exclusive.

  brat_annotate.py build  DOC.txt SPEC.spec   -> writes DOC.ann from a spec
  brat_annotate.py review DOC.txt             -> prints the text with [TYPE surface] brackets
  brat_annotate.py check  DIR                 -> validates every .ann in DIR, prints counts

Spec format, one mention pattern per line (tab separated):
  TYPE<TAB>surface                 every whole-word occurrence of surface is annotated
  TYPE<TAB>surface<TAB>1,3         only the 1st and 3rd whole-word occurrences
Lines starting with # are comments. Longer surfaces are placed first; an occurrence that
overlaps an already placed span is skipped, so "Cincinnati Police Department" wins over "Cincinnati".
"""
import os
import re
import sys

TYPES = ("PERSON", "LOCATION", "ORGANIZATION")


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def whole_word_occurrences(text, surface):
    starts = []
    i = text.find(surface)
    while i >= 0:
        end = i + len(surface)
        before_ok = i == 0 or not text[i - 1].isalnum()
        after_ok = end == len(text) or not text[end].isalnum()
        if before_ok and after_ok:
            starts.append(i)
        i = text.find(surface, i + 1)
    return starts


def parse_spec(path):
    rules = []
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] not in TYPES or len(parts) < 2:
            sys.exit(f"{path}:{n}: bad spec line")
        only = None
        if len(parts) > 2 and parts[2].strip():
            only = {int(x) for x in parts[2].split(",")}
        rules.append((parts[0], parts[1], only, n))
    return rules


def build(txt_path, spec_path):
    text = read_text(txt_path)
    rules = parse_spec(spec_path)
    spans = []
    taken = [False] * len(text)
    for typ, surface, only, n in sorted(rules, key=lambda r: -len(r[1])):
        occ = whole_word_occurrences(text, surface)
        if not occ:
            sys.exit(f"{spec_path}:{n}: surface not found in text")
        for k, s in enumerate(occ, 1):
            if only is not None and k not in only:
                continue
            e = s + len(surface)
            if any(taken[s:e]):
                continue
            for j in range(s, e):
                taken[j] = True
            spans.append((s, e, typ))
    spans.sort()
    ann_path = txt_path[:-4] + ".ann"
    with open(ann_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (s, e, typ) in enumerate(spans, 1):
            f.write(f"T{i}\t{typ} {s} {e}\t{text[s:e]}\n")
    print(f"{os.path.basename(ann_path)}: {len(spans)} mentions")


def read_ann(ann_path):
    spans = []
    for n, line in enumerate(read_text(ann_path).split("\n"), 1):
        if not line:
            continue
        m = re.fullmatch(r"(T\d+)\t(\S+) (\d+) (\d+)\t(.*)", line)
        if not m:
            raise ValueError(f"{ann_path}:{n}: malformed line")
        spans.append((int(m.group(3)), int(m.group(4)), m.group(2), m.group(5), n))
    return spans


def review(txt_path):
    text = read_text(txt_path)
    out, pos = [], 0
    for s, e, typ, _, _ in sorted(read_ann(txt_path[:-4] + ".ann")):
        out.append(text[pos:s])
        out.append(f"[{typ[:3]} {text[s:e]}]")
        pos = e
    out.append(text[pos:])
    print("".join(out))


def check(directory):
    errors, counts, docs = [], {t: 0 for t in TYPES}, 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".txt"):
            continue
        docs += 1
        txt = os.path.join(directory, name)
        ann = txt[:-4] + ".ann"
        text = read_text(txt)
        if not 800 <= len(text) <= 4000:
            errors.append(f"{name}: length {len(text)} outside 800..4000")
        if not os.path.exists(ann):
            errors.append(f"{name}: no .ann")
            continue
        try:
            spans = sorted(read_ann(ann))
        except ValueError as ex:
            errors.append(str(ex))
            continue
        ids = [l.split("\t")[0] for l in read_text(ann).split("\n") if l]
        if len(ids) != len(set(ids)):
            errors.append(f"{name}: duplicate ids")
        prev_end = -1
        for s, e, typ, surface, n in spans:
            where = f"{os.path.basename(ann)}:{n}"
            if typ not in TYPES:
                errors.append(f"{where}: unknown type")
            if not 0 <= s < e <= len(text):
                errors.append(f"{where}: offsets out of range")
                continue
            if text[s:e] != surface:
                errors.append(f"{where}: surface differs from text at offsets")
            if surface != surface.strip():
                errors.append(f"{where}: leading or trailing space")
            if s < prev_end:
                errors.append(f"{where}: overlaps previous span")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append(f"{where}: span cuts a word")
            prev_end = max(prev_end, e)
            counts[typ] += 1
    for err in errors:
        print("ERROR", err)
    print(f"documents {docs}; " + ", ".join(f"{t} {counts[t]}" for t in TYPES)
          + f"; total {sum(counts.values())}; errors {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "review":
        review(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        sys.exit(__doc__)
