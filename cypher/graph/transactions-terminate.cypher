// Stops these transactions now (their request was called off).
TERMINATE TRANSACTIONS $ids
