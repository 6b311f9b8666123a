// Timelines and date filters across all types.
// params: none
// returns: none
CREATE INDEX mention_date IF NOT EXISTS FOR (m:Mention) ON (m.date)
