#!/usr/bin/env python3
"""Write seed-data/curated/{publications,relations}.tsv from the shared imid-curated compilation.

Usage: make_curated.py SHARED_DATA_DIR [SEED_DATA_DIR]

Inputs (imid-curated/): relations.tsv and publications.tsv (2026-11), relations-2026-12.tsv and
publications-2026-12.tsv (the additions of 2026-12, which carry a `level` column), fixes-2026-12.md (corrections
to the 2026-11 rows, applied below as FIXES; each corrected value must stand verbatim in that file).
The values are copied unchanged except for FIXES; only the columns are renamed/reordered into the project's
curated format (the format `load`/`export` round-trips):
  publications.tsv: id pmid doi first_author journal year title retracted
      (id = source pub_id, title = source title_or_topic, retracted = false; the source's id_check
       column is documented in seed-data/README.md, not carried; a blank PMID/DOI stays blank)
  relations.tsv:    claim_id subject subject_type predicate object object_type sign level context
                    publications statement status
      (claim_id = rel_id, publications = pub_ids, status = review_status; level from the 2026-12 file, and
       for the 2026-11 rows, which have none, from LEVEL_2026_11 below)
Plain UTF-8, LF, tab-separated, header line, no quoting. The script refuses values that would need quoting.
"""
import os
import sys

PUB_IN = ["pub_id", "pmid", "doi", "first_author", "journal", "year", "title_or_topic", "id_check"]
PUB_OUT = ["id", "pmid", "doi", "first_author", "journal", "year", "title", "retracted"]
REL_IN = ["rel_id", "subject", "subject_type", "predicate", "object", "object_type", "sign", "context",
          "pub_ids", "statement", "review_status"]
REL_IN_2026_12 = ["rel_id", "subject", "subject_type", "predicate", "object", "object_type", "sign", "level",
                  "context", "pub_ids", "statement", "review_status"]
PUB_IN_2026_12 = ["id", "pmid", "doi", "first_author", "journal", "year", "title", "id_check"]
REL_OUT = ["claim_id", "subject", "subject_type", "predicate", "object", "object_type", "sign", "level", "context",
           "publications", "statement", "status"]
LEVELS = {"TRANSCRIPT", "PROTEIN", "ACTIVITY"}
# The level of the 2026-11 rows, by the rule of the 2026-12 PROVENANCE ("PROTEIN for degradation and
# destabilisation, TRANSCRIPT for expression-level effects and resistance by expression level, ACTIVITY
# otherwise"): binding and complex membership act on activity; the transcription factors' ACTIVATES/REPRESSES
# of their target genes and the drug's UP/DOWNREGULATES are expression effects; resistance by a gene's level is
# TRANSCRIPT, except where the statement names an activation rather than a level (r32 STAT3 activation, r33
# Wnt/beta-catenin activation), which is ACTIVITY.
LEVEL_BY_PREDICATE = {"BINDS": "ACTIVITY", "COMPLEX_WITH": "ACTIVITY", "DEGRADES": "PROTEIN",
                      "ACTIVATES": "TRANSCRIPT", "REPRESSES": "TRANSCRIPT", "UPREGULATES": "TRANSCRIPT",
                      "DOWNREGULATES": "TRANSCRIPT", "RESISTANCE_WHEN_HIGH": "TRANSCRIPT",
                      "RESISTANCE_WHEN_LOW": "TRANSCRIPT"}
LEVEL_2026_11 = {"r32": "ACTIVITY", "r33": "ACTIVITY"}
# fixes-2026-12.md, as (publication id, column, new value); r34/r35 "stay submitted" need no change.
FIXES = [("zhu2011", "doi", "10.1182/blood-2011-05-356063"),
         ("leukres2014", "title", "The clinical significance of cereblon expression in multiple myeloma")]
PREDICATES = {"BINDS", "COMPLEX_WITH", "DEGRADES", "REPRESSES", "ACTIVATES", "DOWNREGULATES", "UPREGULATES",
              "RESISTANCE_WHEN_HIGH", "RESISTANCE_WHEN_LOW"}


def fail(msg):
    sys.exit(f"make_curated: {msg}")


def read_tsv(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    if lines[0].split("\t") != header:
        fail(f"{path}:1: header {lines[0].split(chr(9))} != expected {header}")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if "\r" in line or '"' in line:
            fail(f"{path}:{n}: carriage return or double quote in a value")
        cols = line.split("\t")
        if len(cols) != len(header):
            fail(f"{path}:{n}: {len(cols)} columns, expected {len(header)}")
        rows.append(dict(zip(header, cols)))
    return rows


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r[h] for h in header) + "\n")


def main():
    if len(sys.argv) not in (2, 3):
        fail("usage: make_curated.py SHARED_DATA_DIR [SEED_DATA_DIR]")
    if not os.path.isdir(sys.argv[1]):
        fail(f"{sys.argv[1]}: not a directory (expected the shared data folder)")
    src = os.path.join(sys.argv[1], "imid-curated")
    seed = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "..", "..", "seed-data")
    out = os.path.join(seed, "curated")
    os.makedirs(out, exist_ok=True)

    pubs = read_tsv(os.path.join(src, "publications.tsv"), PUB_IN)
    for p in read_tsv(os.path.join(src, "publications-2026-12.tsv"), PUB_IN_2026_12):
        p["pub_id"] = p.pop("id")
        p["title_or_topic"] = p.pop("title")
        pubs.append(p)
    with open(os.path.join(src, "fixes-2026-12.md"), encoding="utf-8") as f:
        fixes_text = " ".join(f.read().split())  # the markdown wraps its lines
    for pub_id, column, value in FIXES:
        if value not in fixes_text:
            fail(f"fix {pub_id}.{column}: {value!r} does not stand in fixes-2026-12.md")
        found = [p for p in pubs if p["pub_id"] == pub_id]
        if len(found) != 1:
            fail(f"fix {pub_id}: not one publication with that id")
        found[0]["title_or_topic" if column == "title" else column] = value
    pub_rows = []
    for p in pubs:
        if p["pmid"] and not p["pmid"].isdigit():
            fail(f"publication {p['pub_id']}: PMID {p['pmid']!r} is not a number")
        if p["doi"] and not p["doi"].startswith("10."):
            fail(f"publication {p['pub_id']}: DOI {p['doi']!r} does not start with 10.")
        pub_rows.append({"id": p["pub_id"], "pmid": p["pmid"], "doi": p["doi"], "first_author": p["first_author"],
                         "journal": p["journal"], "year": p["year"], "title": p["title_or_topic"],
                         "retracted": "false"})
    pub_ids = [p["id"] for p in pub_rows]
    if len(set(pub_ids)) != len(pub_ids):
        fail("duplicate publication ids")

    rels = read_tsv(os.path.join(src, "relations.tsv"), REL_IN)
    for r in rels:
        r["level"] = LEVEL_2026_11.get(r["rel_id"], LEVEL_BY_PREDICATE[r["predicate"]])
    rels += read_tsv(os.path.join(src, "relations-2026-12.tsv"), REL_IN_2026_12)
    if len({r["rel_id"] for r in rels}) != len(rels):
        fail("duplicate relation ids")
    rel_rows = []
    for r in rels:
        if r["level"] not in LEVELS:
            fail(f"relation {r['rel_id']}: level {r['level']}")
        if r["level"] == "TRANSCRIPT" and r["predicate"] in ("BINDS", "COMPLEX_WITH", "DEGRADES"):
            fail(f"relation {r['rel_id']}: {r['predicate']} cannot act at TRANSCRIPT level")
        if r["predicate"] not in PREDICATES:
            fail(f"relation {r['rel_id']}: unknown predicate {r['predicate']}")
        if r["review_status"] not in ("accepted", "submitted"):
            fail(f"relation {r['rel_id']}: status {r['review_status']}")
        if r["sign"] not in ("-1", "0", "1"):
            fail(f"relation {r['rel_id']}: sign {r['sign']}")
        for k in r["pub_ids"].split("|"):
            if k not in pub_ids:
                fail(f"relation {r['rel_id']}: unknown publication {k}")
        rel_rows.append({"claim_id": r["rel_id"], "subject": r["subject"], "subject_type": r["subject_type"],
                         "predicate": r["predicate"], "object": r["object"], "object_type": r["object_type"],
                         "sign": r["sign"], "level": r["level"], "context": r["context"], "publications": r["pub_ids"],
                         "statement": r["statement"], "status": r["review_status"]})

    write_tsv(os.path.join(out, "publications.tsv"), PUB_OUT, pub_rows)
    write_tsv(os.path.join(out, "relations.tsv"), REL_OUT, rel_rows)
    status = {}
    for r in rel_rows:
        status[r["status"]] = status.get(r["status"], 0) + 1
    cited = {k for r in rel_rows for k in r["publications"].split("|")}
    print(f"publications: {len(pub_rows)} ({sum(1 for p in pub_rows if p['pmid'])} with PMID, "
          f"{sum(1 for p in pub_rows if p['doi'])} with DOI, {len(cited)} cited by a relation); "
          f"relations: {len(rel_rows)} {status}")


if __name__ == "__main__":
    main()
