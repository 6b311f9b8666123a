// Sets the retraction flag of mentions by id; missing ones are skipped.
// params: $ids (list of mention ids), $retracted (boolean)
// returns: none
UNWIND $ids AS id
MATCH (m:Mention {id: id})
SET m.retracted = $retracted
