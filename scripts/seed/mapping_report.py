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

Mapping of each DISTINCT gene name of a GMT to HGNC genes. Candidates are looked up in tiers; the first tier
with any candidate decides: exactly one gene -> mapped (category = how it matched), several -> ambiguous;
no tier -> none. Rules:
  service       the service's identifier rule (DESIGN.md): approved symbol; then ids (HGNC id, Entrez id,
                Ensembl id without version); then previous symbols; then aliases. Applied to every name
                whatever the layout (so a numeric name in a symbol GMT is tried as an Entrez id).
  prev>alias    by layout: symbol GMTs approved symbol; previous symbol; alias. Entrez GMTs: Entrez id only.
  pooled        as prev>alias but previous symbols and aliases form one tier.
Within a tier a gene is counted once; if it matches both as previous symbol and alias it counts as previous.
Each rule is computed case-insensitively (str.lower on both sides, as Java's toLowerCase(Locale.ROOT) for
these names) and case-sensitively. The --list option writes, per collection, each name's category and HGNC
id under the service rule, case-insensitive.
"""
import csv
import gzip
import os
import re
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
                "ensembl": row[col["ensembl_gene_id"]],
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
    """Look-up tables from a (possibly lower-cased) key to the set of HGNC ids it names, per kind."""

    def __init__(self, genes, fold):
        self.fold = fold
        self.tables = {k: defaultdict(set) for k in ("approved", "hgnc_id", "entrez", "ensembl", "prev", "alias")}
        t = self.tables
        for g in genes:
            h = g["hgnc_id"]
            t["approved"][self.key(g["symbol"])].add(h)
            t["hgnc_id"][self.key(h)].add(h)
            if g["entrez"]:
                t["entrez"][g["entrez"]].add(h)
            if g["ensembl"]:
                t["ensembl"][self.key(g["ensembl"])].add(h)
            for p in g["prev"]:
                t["prev"][self.key(p)].add(h)
            for a in g["alias"]:
                t["alias"][self.key(a)].add(h)

    def key(self, s):
        return s.lower() if self.fold else s

    def id_key(self, kind, name):
        k = self.key(name.strip()) if self.fold else name
        if kind == "ensembl" and re.fullmatch(r"(?i)ENSG\d{11}\.\d+", k):
            k = k[:k.index(".")]  # a version suffix names the same gene
        return k

    def map(self, name, layout, rule):
        """(category, hgnc_id or None) for one distinct gene name."""
        if rule == "service":
            tiers = [["approved"], ["hgnc_id", "entrez", "ensembl"], ["prev"], ["alias"]]
        elif layout == "wikipathways":
            tiers = [["entrez"]]
        elif rule == "prev>alias":
            tiers = [["approved"], ["prev"], ["alias"]]
        else:
            tiers = [["approved"], ["prev", "alias"]]
        for tier in tiers:
            found = {}
            for kind in tier:
                for h in self.tables[kind].get(self.id_key(kind, name), ()):
                    found.setdefault(h, kind)
            if len(found) == 1:
                (h, kind), = found.items()
                return CATEGORY[kind], h
            if found:
                return "ambiguous", None
        return "none", None


CATEGORY = {"approved": "approved", "entrez": "entrez", "hgnc_id": "other_id", "ensembl": "other_id",
            "prev": "prev_unique", "alias": "alias_unique"}
CATS = ["approved", "entrez", "other_id", "prev_unique", "alias_unique", "ambiguous", "none"]
MAPPED = {"approved", "entrez", "other_id", "prev_unique", "alias_unique"}
RULES = ["service", "prev>alias", "pooled"]


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

    if not os.path.isdir(seed):
        fail(f"{seed}: not a directory (expected the seed-data folder)")
    genes = load_hgnc(os.path.join(seed, "genes", "hgnc_complete_set.txt.gz"))
    entrez_count = defaultdict(int)
    for g in genes:
        if g["entrez"]:
            entrez_count[g["entrez"]] += 1
    dup_entrez = [e for e, c in entrez_count.items() if c > 1]
    print(f"# Seed pathway report\n\nHGNC genes: {len(genes)}; with Entrez id: {len(entrez_count)}"
          f" (duplicated Entrez ids: {len(dup_entrez)})\n")
    indexes = {fold: Index(genes, fold) for fold in (False, True)}

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
        for fold in (True, False):
            for rule in RULES:
                if c["layout"] == "wikipathways" and rule == "pooled":
                    continue  # same as prev>alias for Entrez ids
                counts = defaultdict(int)
                result = {n: indexes[fold].map(n, c["layout"], rule) for n in names}
                for cat, _ in result.values():
                    counts[cat] += 1
                mapped_members = sum(1 for st in sets for g in set(st[2]) if result[g][0] in MAPPED)
                gene_members = {(st[0], result[g][1]) for st in sets for g in st[2] if result[g][1]}
                mapping_rows.append((c["collection"], "insensitive" if fold else "sensitive", rule, counts,
                                     len(names), mapped_members, members, len(gene_members),
                                     len({h for _, h in gene_members})))
                if list_dir and fold and rule == "service":
                    os.makedirs(list_dir, exist_ok=True)
                    with open(os.path.join(list_dir, f"{c['collection']}.mapping.tsv"), "w", encoding="utf-8") as out:
                        out.write("gene_name\tcategory\thgnc_id\n")
                        for n in names:
                            out.write(f"{n}\t{result[n][0]}\t{result[n][1] or ''}\n")

    print("\n## Mapping of distinct gene names to HGNC\n")
    print("| collection | case | rule | " + " | ".join(CATS) + " | distinct names | mapped name memberships / all "
          "| (set, HGNC gene) memberships | distinct HGNC genes |")
    print("|---|---|---|" + "---:|" * len(CATS) + "---:|---|---:|---:|")
    for coll, case, rule, counts, total, mm, members, gm, ng in mapping_rows:
        if sum(counts.values()) != total:
            fail("internal: categories do not add up")
        print(f"| {coll} | {case} | {rule} | "
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
