// The running transactions that carry one of these request ids in their metadata (see Graph.terminate).
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData[$key] IN $ids
RETURN transactionId AS id
