// Relation filters by type and date range over the evidence.
// params: none
// returns: none
CREATE INDEX mention_type_date IF NOT EXISTS FOR (m:Mention) ON (m.type, m.date)
