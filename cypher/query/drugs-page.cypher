MATCH (d:Drug)
WITH d ORDER BY d.name
WITH collect(d {.*}) AS all
RETURN size(all) AS total, all[$offset..$offset + $limit] AS items
