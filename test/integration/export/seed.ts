/**
 * A small graph as ingestion leaves it (docs/graph-model.md), every id under the prefix `$p`:
 * three actors, two dated articles, four aggregated edges (one retracted) and their mentions
 * (one retracted). Written directly, so export tests do not depend on what the extractor finds.
 */
export const SEED = /* cypher */ `CREATE (pak:Actor {id: $p + 'pakistan', name: 'Pakistan', type: 'COUNTRY', aliases: [], affiliation: null})
CREATE (tal:Actor {id: $p + 'afghan-taliban', name: 'Afghan Taliban', type: 'ORGANIZATION', aliases: ['Taliban'], affiliation: null})
CREATE (tur:Actor {id: $p + 'turkey', name: 'Türkiye & "Friends" <mediators>', type: 'COUNTRY', aliases: [], affiliation: null})
CREATE (a1:Article {id: $p + 'a1', title: 'Talks open', source: 'Example Wire', published: date('2025-10-25')})
CREATE (a2:Article {id: $p + 'a2', title: 'Talks stall', source: 'Example Wire', published: date('2025-10-30')})
CREATE (pak)-[:ACCUSES {id: $p + 'pakistan|ACCUSES|' + $p + 'afghan-taliban', count: 2, articleCount: 2,
  firstSeen: date('2025-10-25'), lastSeen: date('2025-10-30'), confidenceSum: 1.6, confidence: 0.8,
  cameo: '112', goldstein: -2.0, claimantIds: [], retracted: false}]->(tal)
CREATE (tal)-[:DENIES {id: $p + 'afghan-taliban|DENIES|' + $p + 'pakistan', count: 1, articleCount: 1,
  firstSeen: date('2025-10-30'), lastSeen: date('2025-10-30'), confidenceSum: 0.6, confidence: 0.6,
  cameo: '016', goldstein: -2.0, claimantIds: [], retracted: false}]->(pak)
CREATE (tur)-[:MEDIATES {id: $p + 'turkey|MEDIATES|' + $p + 'pakistan', count: 1, articleCount: 1,
  firstSeen: date('2025-10-25'), lastSeen: date('2025-10-25'), confidenceSum: 0.95, confidence: 0.95,
  cameo: '045', goldstein: 5.0, claimantIds: [], retracted: false}]->(pak)
CREATE (tur)-[:SUPPORTS {id: $p + 'turkey|SUPPORTS|' + $p + 'afghan-taliban', count: 1, articleCount: 1,
  firstSeen: date('2025-10-25'), lastSeen: date('2025-10-25'), confidenceSum: 0.9, confidence: 0.9,
  cameo: '070', goldstein: 7.0, claimantIds: [], retracted: true}]->(tal)
WITH a1, a2
UNWIND [
  {id: 'm1', rel: 'pakistan|ACCUSES|afghan-taliban', type: 'ACCUSES', s: 'pakistan', t: 'afghan-taliban', art: a1, conf: 0.9, retracted: false},
  {id: 'm2', rel: 'pakistan|ACCUSES|afghan-taliban', type: 'ACCUSES', s: 'pakistan', t: 'afghan-taliban', art: a2, conf: 0.7, retracted: false},
  {id: 'm3', rel: 'afghan-taliban|DENIES|pakistan', type: 'DENIES', s: 'afghan-taliban', t: 'pakistan', art: a2, conf: 0.6, retracted: false},
  {id: 'm4', rel: 'turkey|MEDIATES|pakistan', type: 'MEDIATES', s: 'turkey', t: 'pakistan', art: a1, conf: 0.95, retracted: false},
  {id: 'm5', rel: 'turkey|MEDIATES|pakistan', type: 'MEDIATES', s: 'turkey', t: 'pakistan', art: a2, conf: 0.1, retracted: true},
  {id: 'm6', rel: 'turkey|SUPPORTS|afghan-taliban', type: 'SUPPORTS', s: 'turkey', t: 'afghan-taliban', art: a1, conf: 0.9, retracted: false}
] AS m
WITH m, m.art AS art, split(m.rel, '|') AS parts
CREATE (mention:Mention {id: $p + m.id, relationId: $p + parts[0] + '|' + parts[1] + '|' + $p + parts[2], type: m.type,
  sourceId: $p + m.s, targetId: $p + m.t, date: art.published, confidence: m.conf, evidence: 'Evidence ' + m.id,
  start: 0, end: 10, claimantId: null, alleged: false, articleId: art.id, retracted: m.retracted})
CREATE (mention)-[:IN_ARTICLE]->(art)
`;
