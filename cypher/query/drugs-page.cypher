MATCH (d:Drug)
WITH d ORDER BY d.name
WITH collect(d {.*}) AS found
RETURN size(found) AS total, found[$offset..$offset + $limit] AS items
