#!/usr/bin/env python3
"""Write the small Hetionet and DrugCentral extracts the import tests read (src/test/resources/knowledge/).

Usage: make_test_extracts.py SHARED_DATA_DIR [OUT_DIR]

Rows are copied unchanged from the shared files (the tests never read ../shared):
  hetionet/hetionet-v1.0-nodes.tsv.gz, hetionet/hetionet-v1.0-edges-16metaedges.sif.gz
  drugcentral/drug.target.interaction.tsv.gz
Hetionet nodes: the compounds lenalidomide, pomalidomide, thalidomide (DB00480, DB08910, DB01041) and every compound
they resemble (CrC); every gene and disease one edge away from the three; the first two Anatomy nodes; the
first two genes whose Entrez id is not in the HGNC snapshot of seed-data (they test "unmatched"); and the first node
of each kind not yet present (unconnected in this extract: their metaedges are not in the 16-metaedge file).
Hetionet edges: every edge of the 16-metaedge file whose two ends are in the extract, in file order.
DrugCentral rows: every lenalidomide, pomalidomide and thalidomide row, the first row with several gene symbols,
the first with no accession, the first two human rows whose symbol is not an approved HGNC symbol, and the first
two rows of another species; in file order. Files are gzipped without a time stamp (byte-identical reruns).
The script prints the counts the tests assert.
"""
import collections
import csv
import gzip
import io
import os
import sys


def gz_write(path, text):
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
            g.write(text.encode("utf-8"))


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: make_test_extracts.py SHARED_DATA_DIR [OUT_DIR]")
    shared = sys.argv[1]
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(root, "src", "test", "resources", "knowledge")
    os.makedirs(out, exist_ok=True)

    hgnc_symbols, hgnc_entrez = set(), set()
    with gzip.open(os.path.join(root, "seed-data", "genes", "hgnc_complete_set.txt.gz"), "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            hgnc_symbols.add(r["symbol"])
            if r["entrez_id"].strip('"'):
                hgnc_entrez.add(r["entrez_id"].strip('"'))

    with gzip.open(os.path.join(shared, "hetionet", "hetionet-v1.0-nodes.tsv.gz"), "rt", encoding="utf-8") as f:
        node_lines = f.read().splitlines()
    node_header, node_rows = node_lines[0], node_lines[1:]
    kind_of = {l.split("\t")[0]: l.split("\t")[2] for l in node_rows}
    with gzip.open(os.path.join(shared, "hetionet", "hetionet-v1.0-edges-16metaedges.sif.gz"), "rt",
                   encoding="utf-8") as f:
        edge_lines = f.read().splitlines()
    edge_header, edge_rows = edge_lines[0], [l.split("\t") for l in edge_lines[1:]]

    imids = {"Compound::DB00480", "Compound::DB08910", "Compound::DB01041"}
    chosen = set(imids)
    for s, m, t in edge_rows:
        if m == "CrC" and (s in imids or t in imids):
            chosen.update((s, t))
    for s, m, t in edge_rows:
        for a, b in ((s, t), (t, s)):
            if a in imids and kind_of[b] in ("Gene", "Disease"):
                chosen.add(b)
    unmatched = []
    for s, m, t in edge_rows:
        for a, b in ((s, t), (t, s)):
            if a in chosen and b.startswith("Gene::") and b[6:] not in hgnc_entrez and b not in unmatched \
                    and len(unmatched) < 2:
                unmatched.append(b)
    chosen.update(unmatched)
    chosen.update([l.split("\t")[0] for l in node_rows if l.startswith("Anatomy::")][:2])
    present = {kind_of[n] for n in chosen}
    for l in node_rows:
        k = l.split("\t")[2]
        if k not in present:
            chosen.add(l.split("\t")[0])
            present.add(k)
    nodes = [l for l in node_rows if l.split("\t")[0] in chosen]
    edges = [e for e in edge_rows if e[0] in chosen and e[2] in chosen]
    gz_write(os.path.join(out, "hetionet-v1.0-nodes-extract.tsv.gz"), "\n".join([node_header] + nodes) + "\n")
    gz_write(os.path.join(out, "hetionet-v1.0-edges-extract.sif.gz"),
             "\n".join([edge_header] + ["\t".join(e) for e in edges]) + "\n")
    kinds = collections.Counter(l.split("\t")[2] for l in nodes)
    genes = [l.split("\t")[0] for l in nodes if l.startswith("Gene::")]
    print("hetionet nodes", len(nodes), dict(sorted(kinds.items())))
    print("  genes matched by Entrez", sum(g[6:] in hgnc_entrez for g in genes), "unmatched", unmatched)
    print("hetionet edges", len(edges), dict(sorted(collections.Counter(e[1] for e in edges).items())))

    with gzip.open(os.path.join(shared, "drugcentral", "drug.target.interaction.tsv.gz"), "rt", encoding="utf-8") as f:
        dc_lines = f.read().splitlines()
    header, rows = dc_lines[0], dc_lines[1:]
    parsed = [next(csv.DictReader(io.StringIO(header + "\n" + l), delimiter="\t")) for l in rows]
    keep = set()
    for i, r in enumerate(parsed):
        if r["DRUG_NAME"] in ("lenalidomide", "pomalidomide", "thalidomide"):
            keep.add(i)
    firsts = [lambda r: "|" in r["GENE"] and r["ORGANISM"] == "Homo sapiens",
              lambda r: r["ACCESSION"] == ""]
    for test in firsts:
        keep.add(next(i for i, r in enumerate(parsed) if test(r)))
    old = [i for i, r in enumerate(parsed) if r["ORGANISM"] == "Homo sapiens" and r["GENE"]
           and any(g not in hgnc_symbols for g in r["GENE"].split("|"))]
    keep.update(old[:2])
    other = [i for i, r in enumerate(parsed) if r["ORGANISM"] not in ("Homo sapiens", "")]
    keep.update(other[:2])
    chosen_rows = [rows[i] for i in sorted(keep)]
    gz_write(os.path.join(out, "drug.target.interaction-extract.tsv.gz"), "\n".join([header] + chosen_rows) + "\n")
    print("drugcentral rows", len(chosen_rows))
    for i in sorted(keep):
        r = parsed[i]
        print("  line", i + 2, r["DRUG_NAME"], r["STRUCT_ID"], r["GENE"] or "-", r["ACCESSION"] or "-",
              r["ORGANISM"] or "-", r["ACTION_TYPE"] or "-", r["MOA"] or "-", r["ACT_VALUE"] or "-", r["ACT_TYPE"] or "-")


if __name__ == "__main__":
    main()
