CALL () { MATCH (n:Gene) RETURN count(n) AS genes }
CALL () { MATCH (n:Drug) RETURN count(n) AS drugs }
CALL () { MATCH (n:Pathway) RETURN count(n) AS pathways }
CALL () { MATCH (n:Publication) RETURN count(n) AS publications }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
CALL () { MATCH (n:Contrast) RETURN count(n) AS contrasts }
CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
CALL () { MATCH (s:SeedFile) RETURN collect(s.name + ':' + left(s.sha256, 12)) AS seeds }
RETURN genes, drugs, pathways, publications, claims, contrasts, memberships, seeds
