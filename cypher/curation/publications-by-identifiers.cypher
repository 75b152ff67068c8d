// Publications with any of these keys, PMIDs or DOIs (DOIs compared lower-cased: a scan of the publications, which
// number in the hundreds; keys and PMIDs are seeks on their unique constraints).
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
  MATCH (p:Publication) WHERE toLower(p.doi) = doi
  RETURN p
}
RETURN p.id AS id, p.pmid AS pmid, p.doi AS doi
