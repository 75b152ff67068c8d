// A query that keeps the database busy for a while (Graph.terminate is tested against it).
UNWIND range(1, $n) AS x
WITH x WHERE x % 7 = 0
RETURN count(*) AS n
