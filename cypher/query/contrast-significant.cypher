MATCH (:Gene)-[m:MEASURED_IN]->(:Contrast {id: $id}) WHERE m.padj < $alpha RETURN count(m) AS n
