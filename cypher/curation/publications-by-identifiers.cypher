// Publications with any of these keys, PMIDs or DOIs (given lower-cased): seeks on the unique constraints of keys and
// PMIDs and on the index of lower-cased DOIs (doiKey, V0011).
CALL () {
  UNWIND $ids AS id
  MATCH (p:Publication {id: id})
  RETURN p
  UNION
  UNWIND $pmids AS pmid
  MATCH (p:Publication {pmid: pmid})
  RETURN p
  UNION
  UNWIND $dois AS doi
  MATCH (p:Publication {doiKey: doi})
  RETURN p
}
RETURN p.id AS id, p.pmid AS pmid, p.doi AS doi
