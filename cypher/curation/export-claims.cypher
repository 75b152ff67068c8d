// Every claim in the seed-data format (subject/object by symbol or drug name), publications sorted by key.
MATCH (c:Claim)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
OPTIONAL MATCH (c)-[:SUPPORTED_BY]->(p:Publication)
WITH c, s, o, p ORDER BY p.id
WITH c, s, o, collect(p.id) AS publications
RETURN c.id AS id, CASE WHEN s:Drug THEN s.name ELSE s.symbol END AS subject, c.subjectType AS subjectType,
       c.predicate AS predicate, CASE WHEN o:Drug THEN o.name ELSE o.symbol END AS object,
       c.objectType AS objectType, c.sign AS sign, c.level AS level, c.context AS context, publications,
       c.statement AS statement, toLower(c.status) AS status
ORDER BY c.id
