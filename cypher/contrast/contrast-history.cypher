// The events of these contrasts' names, oldest first.
UNWIND $names AS name
MATCH (e:ContrastEvent {contrastName: name})
RETURN name, e {.*} AS event
ORDER BY e.at, e.id
