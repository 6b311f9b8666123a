// The ids of a relation's unretracted mentions (a retraction hides them with the relation).
// params: $relationId
// returns: many {id}
MATCH (m:Mention {relationId: $relationId})
WHERE coalesce(m.retracted, false) = false
RETURN m.id AS id
