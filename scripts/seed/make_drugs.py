#!/usr/bin/env python3
"""Write seed-data/drugs/drugs.tsv (id name synonyms chembl_id drugbank_id) from the shared data.

Usage: make_drugs.py SHARED_DATA_DIR [SEED_DATA_DIR]

Identifiers and synonyms are taken ONLY from files in SHARED_DATA_DIR, never typed in:
  - imid-curated/imid_drugs.tsv         the drug list, DrugBank and ChEMBL ids
  - imid-curated/drugs-2026-12.tsv      the CELMoDs added in 2026-12, with their synonyms (CC numbers);
                                        its ids are blank and stay blank
  - hetionet/hetionet-v1.0-nodes.tsv.gz Compound::<DrugBank id> node name (confirms the DrugBank id)
  - imid-curated/dgidb_imid_rows.tsv    drug_name / drug_claim_name / drug_claim_primary_name and the
                                        chembl:<id> concept id (confirms the ChEMBL id)
  - drugcentral/drug.target.interaction.tsv.gz  DRUG_NAME, and ChEMBL compound URLs in ACT_SOURCE_URL
A synonym is every distinct spelling seen in those files other than the name itself (a ChEMBL id used as a
claim name is an identifier, not a synonym). The script prints where each synonym and id was seen; that
listing is copied into seed-data/README.md. A drug with no id in the data (CC-885) keeps blank ids.
"""
import csv
import gzip
import os
import re
import sys


def fail(msg):
    sys.exit(f"make_drugs: {msg}")


def main():
    if len(sys.argv) not in (2, 3):
        fail("usage: make_drugs.py SHARED_DATA_DIR [SEED_DATA_DIR]")
    shared = sys.argv[1]
    if not os.path.isdir(shared):
        fail(f"{shared}: not a directory (expected the shared data folder)")
    seed = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "..", "..", "seed-data")

    with open(os.path.join(shared, "imid-curated", "imid_drugs.tsv"), encoding="utf-8") as f:
        drugs = [r for r in csv.DictReader(f, delimiter="\t") if r["drug"]]
    with open(os.path.join(shared, "imid-curated", "drugs-2026-12.tsv"), encoding="utf-8") as f:
        added = [r for r in csv.DictReader(f, delimiter="\t") if r["drug"]]
    for a in added:
        if a["drug"].lower() in {d["drug"].lower() for d in drugs}:
            fail(f"drugs-2026-12.tsv: {a['drug']} is already in imid_drugs.tsv")
        drugs.append(a)
    names = {d["drug"].lower(): d["drug"] for d in drugs}
    # evidence[name_lower] = list of (kind, value, source)
    evidence = {k: [] for k in names}
    for a in added:
        for s in a["synonyms"].split("|"):
            if s.strip():
                evidence[a["drug"].lower()].append(("synonym", s.strip(), "imid-curated/drugs-2026-12.tsv"))

    for d in drugs:
        k = d["drug"].lower()
        src = "imid-curated/drugs-2026-12.tsv" if d in added else "imid-curated/imid_drugs.tsv"
        if d["drugbank_id"]:
            evidence[k].append(("drugbank_id", d["drugbank_id"], src))
        if d["chembl_id"]:
            evidence[k].append(("chembl_id", d["chembl_id"], src))

    # Hetionet compound nodes: Compound::DBxxxxx <name>
    by_db = {d["drugbank_id"]: d["drug"].lower() for d in drugs if d["drugbank_id"]}
    with gzip.open(os.path.join(shared, "hetionet", "hetionet-v1.0-nodes.tsv.gz"), "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["kind"] != "Compound":
                continue
            db = r["id"].split("::", 1)[1]
            k = by_db.get(db) or (r["name"].lower() if r["name"].lower() in names else None)
            if k:
                src = f"hetionet/hetionet-v1.0-nodes.tsv.gz ({r['id']})"
                evidence[k].append(("drugbank_id", db, src))
                evidence[k].append(("synonym", r["name"], src))

    # DGIdb rows: drug_name is DGIdb's normalised name; the claim names are what each source called it
    with open(os.path.join(shared, "imid-curated", "dgidb_imid_rows.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            k = r["drug_name"].lower()
            if k not in names:
                continue
            src = f"imid-curated/dgidb_imid_rows.tsv ({r['interaction_claim_source']})"
            if r["drug_concept_id"].startswith("chembl:"):
                evidence[k].append(("chembl_id", r["drug_concept_id"][len("chembl:"):], src))
            for col in ("drug_name", "drug_claim_name", "drug_claim_primary_name"):
                v = r[col]
                if re.fullmatch(r"CHEMBL\d+", v):
                    evidence[k].append(("chembl_id", v, src + f" {col}"))
                else:
                    evidence[k].append(("synonym", v, src + f" {col}"))

    with gzip.open(os.path.join(shared, "drugcentral", "drug.target.interaction.tsv.gz"), "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            k = r["DRUG_NAME"].lower()
            if k not in names:
                continue
            src = f"drugcentral/drug.target.interaction.tsv.gz (STRUCT_ID {r['STRUCT_ID']})"
            evidence[k].append(("synonym", r["DRUG_NAME"], src))
            m = re.search(r"/chembl/compound/inspect/(CHEMBL\d+)", r["ACT_SOURCE_URL"])
            if m:
                evidence[k].append(("chembl_id", m.group(1), src + " ACT_SOURCE_URL"))

    rows = []
    for d in drugs:
        k = d["drug"].lower()
        name = d["drug"]
        ev = evidence[k]
        ids = {}
        for kind in ("chembl_id", "drugbank_id"):
            vals = sorted({v for t, v, _ in ev if t == kind})
            if len(vals) > 1:
                fail(f"{name}: conflicting {kind} values in the data: {vals}")
            ids[kind] = vals[0] if vals else ""
        syns = sorted({v for t, v, _ in ev if t == "synonym" and v != name})
        for s in syns:
            if "|" in s or "\t" in s:
                fail(f"{name}: synonym {s!r} contains | or a tab")
        rows.append((k, name, "|".join(syns), ids["chembl_id"], ids["drugbank_id"]))
        print(f"## {name}")
        for t, v, src in sorted(set(ev)):
            print(f"  {t}\t{v}\t{src}")

    out = os.path.join(seed, "drugs")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "drugs.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tname\tsynonyms\tchembl_id\tdrugbank_id\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"drugs: {len(rows)}")


if __name__ == "__main__":
    main()
