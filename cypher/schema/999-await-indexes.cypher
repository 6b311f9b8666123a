// Waits until every index is online, so the first ingest after start-up never scans a label.
// params: none
// returns: none
CALL db.awaitIndexes(300)
