#!/usr/bin/env python3
"""Count what the seed pathway collections hold and how their gene names map to HGNC genes.

Usage: mapping_report.py [SEED_DATA_DIR] [--list OUT_DIR]

Reads only the project's seed-data (default: ../../seed-data relative to this script):
genes/hgnc_complete_set.txt.gz, pathways/collections.tsv and the GMT files it names, and the derived
Reactome name/hierarchy files. Prints a Markdown report (the figures in seed-data/README.md come from it)
so that loader counts can be compared with an independent implementation.

GMT layouts (column 1 / column 2 / columns 3..):
  reactome      pathway name / stable id (R-HSA-...) / gene symbols        set id = column 2
  msigdb        set name / URL / gene symbols                              set id = column 1
  wikipathways  name%WikiPathways_DATE%WPnnn%Homo sapiens / URL / Entrez ids   set id = WPnnn
Trailing CR is stripped (the Reactome GMT has CRLF line ends); empty gene fields are ignored.
Memberships = distinct (set, gene name) pairs; raw gene fields are reported when they differ.

Mapping of each DISTINCT gene name of a GMT, first rule that applies:
  symbol layouts (reactome, msigdb):
    1. approved     equals an HGNC approved `symbol`
    2. previous / alias: the HGNC genes listing the name in `prev_symbol` or `alias_symbol`.
       Rule "prev>alias" (default): prev_symbol candidates first, alias_symbol only if there are none.
       Rule "pooled": prev_symbol and alias_symbol candidates together.
       exactly one gene -> unique (reported as via prev or via alias), more than one -> ambiguous
    3. none
  entrez layout (wikipathways):
    1. entrez       equals an HGNC `entrez_id` (unique in HGNC; checked)
    2. none
Each table is computed with case-sensitive matching and with case-insensitive matching (str.casefold on
both sides), because the service resolves user input case-insensitively.
"""
import csv
import gzip
import os
import sys
from collections import defaultdict


def fail(msg):
    sys.exit(f"mapping_report: {msg}")


def split_multi(v):
    return [x for x in v.split("|") if x]


def load_hgnc(path):
    genes = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t")
        header = next(r)
        col = {h: i for i, h in enumerate(header)}
        for n, row in enumerate(r, 2):
            if len(row) != len(header):
                fail(f"{path}:{n}: {len(row)} columns, expected {len(header)}")
            genes.append({
                "hgnc_id": row[col["hgnc_id"]],
                "symbol": row[col["symbol"]],
                "alias": split_multi(row[col["alias_symbol"]]),
                "prev": split_multi(row[col["prev_symbol"]]),
                "entrez": row[col["entrez_id"]],
            })
    return genes


def read_gmt(path, layout):
    sets = []  # (set_id, name, [genes])
    with open(path, encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                fail(f"{path}:{n}: fewer than 3 tab-separated columns")
            if layout == "reactome":
                sid, name = cols[1], cols[0]
            elif layout == "msigdb":
                sid, name = cols[0], cols[0]
            elif layout == "wikipathways":
                parts = cols[0].split("%")
                if len(parts) != 4:
                    fail(f"{path}:{n}: column 1 is not name%release%WPid%species")
                sid, name = parts[2], parts[0]
            else:
                fail(f"unknown layout {layout}")
            sets.append((sid, name, [g for g in cols[2:] if g != ""]))
    return sets


class Index:
    def __init__(self, genes, fold):
        key = (lambda s: s.casefold()) if fold else (lambda s: s)
        self.key = key
        self.symbol = defaultdict(set)
        self.prev = defaultdict(set)
        self.alias = defaultdict(set)
        self.entrez = defaultdict(set)
        for g in genes:
            self.symbol[key(g["symbol"])].add(g["hgnc_id"])
            for p in g["prev"]:
                self.prev[key(p)].add(g["hgnc_id"])
            for a in g["alias"]:
                self.alias[key(a)].add(g["hgnc_id"])
            if g["entrez"]:
                self.entrez[g["entrez"]].add(g["hgnc_id"])

    def resolve(self, name, layout, rule):
        """The HGNC id a name maps to under the rule, or None (ambiguous or unknown)."""
        cat = self.classify(name, layout, rule)
        if cat == "entrez":
            return next(iter(self.entrez[name]))
        k = self.key(name)
        if cat == "approved":
            return next(iter(self.symbol[k]))
        if cat in ("prev_unique", "alias_unique"):
            prev = self.prev.get(k, set())
            alias = self.alias.get(k, set())
            (only,) = (prev or alias) if rule == "prev>alias" else (prev | alias)
            return only
        return None

    def classify(self, name, layout, rule):
        if layout == "wikipathways":
            hits = self.entrez.get(name, ())
            return "entrez" if len(hits) == 1 else ("ambiguous" if hits else "none")
        k = self.key(name)
        hits = self.symbol.get(k, ())
        if len(hits) == 1:
            return "approved"
        if len(hits) > 1:
            return "ambiguous"
        prev = self.prev.get(k, set())
        alias = self.alias.get(k, set())
        if rule == "prev>alias":
            if prev:
                return "prev_unique" if len(prev) == 1 else "ambiguous"
            if alias:
                return "alias_unique" if len(alias) == 1 else "ambiguous"
            return "none"
        pooled = prev | alias
        if len(pooled) == 1:
            return "prev_unique" if prev else "alias_unique"
        return "ambiguous" if pooled else "none"


CATS = ["approved", "entrez", "prev_unique", "alias_unique", "ambiguous", "none"]


def main():
    args = sys.argv[1:]
    list_dir = None
    if "--list" in args:
        i = args.index("--list")
        if i + 1 >= len(args):
            fail("--list needs a directory")
        list_dir = args[i + 1]
        del args[i:i + 2]
    if len(args) > 1:
        fail("usage: mapping_report.py [SEED_DATA_DIR] [--list OUT_DIR]")
    seed = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "seed-data")

    genes = load_hgnc(os.path.join(seed, "genes", "hgnc_complete_set.txt.gz"))
    entrez_count = defaultdict(int)
    for g in genes:
        if g["entrez"]:
            entrez_count[g["entrez"]] += 1
    dup_entrez = [e for e, c in entrez_count.items() if c > 1]
    print(f"# Seed pathway report\n\nHGNC genes: {len(genes)}; with Entrez id: {len(entrez_count)}"
          f" (duplicated Entrez ids: {len(dup_entrez)})\n")
    indexes = {False: Index(genes, False), True: Index(genes, True)}

    coll_path = os.path.join(seed, "pathways", "collections.tsv")
    with open(coll_path, encoding="utf-8", newline="") as f:
        colls = list(csv.DictReader(f, delimiter="\t"))
    if not colls or list(colls[0].keys()) != ["collection", "version", "layout", "file"]:
        fail(f"{coll_path}: header must be collection, version, layout, file")

    reactome_gmt_ids = set()
    print("## Gene sets\n")
    print("| collection | version | file | sets | memberships | raw gene fields | distinct gene names | set size min-max |")
    print("|---|---|---|---:|---:|---:|---:|---|")
    mapping_rows = []
    for c in colls:
        path = os.path.join(seed, "pathways", c["file"])
        sets = read_gmt(path, c["layout"])
        ids = [s[0] for s in sets]
        if len(set(ids)) != len(ids):
            fail(f"{path}: duplicate set ids")
        if c["layout"] == "reactome":
            reactome_gmt_ids = set(ids)
        raw = sum(len(s[2]) for s in sets)
        members = sum(len(set(s[2])) for s in sets)
        names = sorted({g for s in sets for g in s[2]})
        sizes = [len(set(s[2])) for s in sets]
        print(f"| {c['collection']} | {c['version']} | {c['file']} | {len(sets)} | {members} | {raw} | {len(names)} "
              f"| {min(sizes)}-{max(sizes)} |")
        for fold in (False, True):
            for rule in ("prev>alias", "pooled"):
                counts = defaultdict(int)
                cls = {}
                for n in names:
                    cls[n] = indexes[fold].classify(n, c["layout"], rule)
                    counts[cls[n]] += 1
                mapped_members = sum(1 for s in sets for g in set(s[2])
                                     if cls[g] in ("approved", "entrez", "prev_unique", "alias_unique"))
                hgnc = {n: indexes[fold].resolve(n, c["layout"], rule) for n in names}
                gene_members = {(s[0], hgnc[g]) for s in sets for g in s[2] if hgnc[g]}
                mapping_rows.append((c["collection"], "insensitive" if fold else "sensitive", rule, counts,
                                     len(names), mapped_members, members, len(gene_members),
                                     len({h for _, h in gene_members})))
                if list_dir and not fold and rule == "prev>alias":
                    os.makedirs(list_dir, exist_ok=True)
                    with open(os.path.join(list_dir, f"{c['collection']}.mapping.tsv"), "w", encoding="utf-8") as out:
                        out.write("gene_name\tcategory\n")
                        for n in names:
                            out.write(f"{n}\t{cls[n]}\n")

    print("\n## Mapping of distinct gene names to HGNC\n")
    print("| collection | case | rule | " + " | ".join(CATS) + " | distinct names | mapped name memberships / all "
          "| (set, HGNC gene) memberships | distinct HGNC genes |")
    print("|---|---|---|" + "---:|" * len(CATS) + "---:|---|---:|---:|")
    for coll, case, rule, counts, total, mm, members, gm, ng in mapping_rows:
        if sum(counts.values()) != total:
            fail("internal: categories do not add up")
        if coll.upper().startswith("WIKI") and rule == "pooled":
            continue  # the rule does not apply to Entrez ids
        print(f"| {coll} | {case} | {rule if not coll.upper().startswith('WIKI') else '-'} | "
              + " | ".join(str(counts.get(k, 0)) for k in CATS) + f" | {total} | {mm} / {members} | {gm} | {ng} |")

    # Reactome hierarchy among human pathways
    rdir = os.path.join(seed, "pathways", "reactome")
    with open(os.path.join(rdir, "ReactomePathways.human.tsv"), encoding="utf-8", newline="") as f:
        human = [r for r in csv.DictReader(f, delimiter="\t")]
    with open(os.path.join(rdir, "ReactomePathwaysRelation.human.tsv"), encoding="utf-8", newline="") as f:
        edges = [(r["parent"], r["child"]) for r in csv.DictReader(f, delimiter="\t")]
    hid = {r["id"] for r in human}
    parents = {p for p, _ in edges}
    children = {c for _, c in edges}
    top = sorted(hid - children)
    top_with_children = [t for t in top if t in parents]
    multi_parent = defaultdict(int)
    for _, c in edges:
        multi_parent[c] += 1
    print("\n## Reactome (human)\n")
    print(f"- pathways in ReactomePathways.human.tsv: {len(hid)}")
    print(f"- hierarchy edges (parent, child) among human pathways: {len(edges)} "
          f"(distinct: {len(set(edges))}; endpoints outside the name list: {len((parents | children) - hid)})")
    print(f"- top-level pathways (no parent): {len(top)}, of which with children: {len(top_with_children)}")
    print(f"- pathways with more than one parent: {sum(1 for v in multi_parent.values() if v > 1)}")
    print(f"- GMT pathways not in the name list: {len(reactome_gmt_ids - hid)}; "
          f"named pathways without a GMT line: {len(hid - reactome_gmt_ids)}")


if __name__ == "__main__":
    main()
