#!/usr/bin/env python3
"""Derive the human-only Reactome pathway names and hierarchy for seed-data/pathways/reactome/.

Usage: derive_reactome.py SHARED_DATA_DIR [SEED_DATA_DIR]

Reads SHARED_DATA_DIR/reactome/ReactomePathways.txt (stable_id, name, species; all species, no header)
and ReactomePathwaysRelation.txt (parent_id, child_id; all species, no header), and writes
  SEED_DATA_DIR/pathways/reactome/ReactomePathways.human.tsv          header "id<TAB>name"
  SEED_DATA_DIR/pathways/reactome/ReactomePathwaysRelation.human.tsv  header "parent<TAB>child"
keeping the upstream row order. The upstream files hold 16 species; the service only needs Homo sapiens,
so the seed carries this small extract instead of the 23k-row originals.
"""
import os
import sys


def fail(msg):
    sys.exit(f"derive_reactome: {msg}")


def read_rows(path, ncols):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != ncols:
                fail(f"{path}:{lineno}: expected {ncols} tab-separated columns, found {len(cols)}")
            rows.append(cols)
    return rows


def main():
    if len(sys.argv) not in (2, 3):
        fail("usage: derive_reactome.py SHARED_DATA_DIR [SEED_DATA_DIR]")
    shared = sys.argv[1]
    if not os.path.isdir(shared):
        fail(f"{shared}: not a directory (expected the shared data folder)")
    seed = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "..", "..", "seed-data")
    out_dir = os.path.join(seed, "pathways", "reactome")
    os.makedirs(out_dir, exist_ok=True)

    names = read_rows(os.path.join(shared, "reactome", "ReactomePathways.txt"), 3)
    human = [(i, n) for i, n, species in names if species == "Homo sapiens"]
    for i, n in human:
        if not i.startswith("R-HSA-"):
            fail(f"Homo sapiens pathway with a non R-HSA id: {i}")
        if "\t" in n or "\n" in n:
            fail(f"pathway name with a tab or newline: {i}")
    ids = [i for i, _ in human]
    if len(set(ids)) != len(ids):
        fail("duplicate human pathway ids")

    edges = read_rows(os.path.join(shared, "reactome", "ReactomePathwaysRelation.txt"), 2)
    hsa = [(p, c) for p, c in edges if p.startswith("R-HSA-") and c.startswith("R-HSA-")]
    mixed = [(p, c) for p, c in edges if p.startswith("R-HSA-") != c.startswith("R-HSA-")]
    if mixed:
        fail(f"{len(mixed)} edges join a human and a non-human pathway, e.g. {mixed[0]}")
    known = set(ids)
    missing = sorted({x for e in hsa for x in e if x not in known})
    if missing:
        fail(f"{len(missing)} R-HSA ids in the hierarchy are not in the name list, e.g. {missing[:3]}")

    with open(os.path.join(out_dir, "ReactomePathways.human.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tname\n")
        for i, n in human:
            f.write(f"{i}\t{n}\n")
    with open(os.path.join(out_dir, "ReactomePathwaysRelation.human.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("parent\tchild\n")
        for p, c in hsa:
            f.write(f"{p}\t{c}\n")
    print(f"human pathways: {len(human)}; human hierarchy edges: {len(hsa)} "
          f"(of {len(names)} names and {len(edges)} edges, all species)")


if __name__ == "__main__":
    main()
