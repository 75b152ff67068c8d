// A contrast's history (its ContrastEvents) is found by the contrast's name, which outlives each replacement.
CREATE INDEX contrast_event_name IF NOT EXISTS FOR (e:ContrastEvent) ON (e.contrastName);
