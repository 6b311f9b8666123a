import { ACTOR_TYPES, isRelationType, type ActorType, type RelationType } from '../domain/index.js';
import type { Graph } from '../graph/graph.js';
import { runQuery } from '../graph/graph.js';
import { toIsoDate, toNullableString, toNumber } from '../graph/values.js';
import type { ExportEdge, ExportFilters, ExportNode, ExportSlice } from './types.js';

interface EndpointRow {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly affiliation: string | null;
}

function toEndpoint(value: unknown): EndpointRow {
  const map = (value ?? {}) as Record<string, unknown>;
  const id = String(map['id']);
  const type = String(map['type']);
  return {
    id,
    // An actor always has a name; falling back to the id keeps a damaged node visible, not blank.
    name: toNullableString(map['name']) ?? id,
    type: (ACTOR_TYPES as readonly string[]).includes(type) ? (type as ActorType) : 'ORGANIZATION',
    affiliation: toNullableString(map['affiliation']),
  };
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/**
 * Reads the exported slice of the graph in one read transaction: every live aggregated relation
 * that passes the filters, and the actors at their ends (actors without a kept edge are left
 * out, so a type filter yields a connected picture). With a date window the weights are
 * recomputed from the evidence inside it. Read-only; nodes and edges come back sorted by id, so
 * the same graph always exports byte-identically.
 */
export async function loadExportSlice(graph: Pick<Graph, 'read'>, filters: ExportFilters): Promise<ExportSlice> {
  const windowed = filters.since !== null || filters.until !== null;
  const name = windowed ? 'export/find-export-edges-in-window' : 'export/find-export-edges';
  const params = {
    types: filters.types === null ? null : [...filters.types],
    since: filters.since,
    until: filters.until,
    minConfidence: filters.minConfidence,
  };
  const result = await graph.read(name, (tx) => runQuery(tx, name, params));

  const nodes = new Map<string, ExportNode>();
  const edges: ExportEdge[] = [];
  for (const record of result.records) {
    const type = String(record.get('type'));
    // A relationship type outside the vocabulary is not a relation this product wrote.
    if (!isRelationType(type)) continue;
    const source = toEndpoint(record.get('source'));
    const target = toEndpoint(record.get('target'));
    const edge: ExportEdge = {
      id: String(record.get('id')),
      source: source.id,
      target: target.id,
      type: type as RelationType,
      weight: toNumber(record.get('articleCount')),
      count: toNumber(record.get('count')),
      confidence: toNumber(record.get('confidence')),
      goldstein: toNumber(record.get('goldstein')),
      cameo: toNullableString(record.get('cameo')) ?? '',
      firstSeen: toIsoDate(record.get('firstSeen')),
      lastSeen: toIsoDate(record.get('lastSeen')),
    };
    edges.push(edge);
    for (const end of [source, target]) {
      const seen = nodes.get(end.id);
      nodes.set(end.id, {
        id: end.id,
        label: end.name,
        type: end.type,
        affiliation: end.affiliation,
        start: earlier(seen?.start ?? null, edge.firstSeen),
        end: later(seen?.end ?? null, edge.lastSeen),
      });
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...nodes.values()].sort(byId), edges: edges.sort(byId) };
}
