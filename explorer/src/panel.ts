import type { RelationType } from '../../src/domain/index.js';
import { ACTOR_TYPE_COLORS, RELATION_TYPE_COLORS } from '../../src/export/palette.js';
import type { ActorDetail, Evidence, GraphEdge, RelationDetail } from './api.js';
import { formatDate, h, humanize, safeHref } from './dom.js';

/** The right-hand panel: a relation with its evidence, an actor, or the list of drawn relations. */

function stat(label: string, value: string): HTMLElement {
  return h('div', { class: 'stat' }, h('dt', {}, label), h('dd', {}, value));
}

function typeBadge(type: RelationType): HTMLElement {
  return h('span', { class: 'type-badge', style: `--type-color:${RELATION_TYPE_COLORS[type]}` }, humanize(type));
}

export function renderLoading(body: HTMLElement, what: string): void {
  body.replaceChildren(h('p', { class: 'panel-note' }, `Loading ${what}…`));
}

export function renderError(body: HTMLElement, message: string): void {
  body.replaceChildren(h('p', { class: 'panel-error', role: 'alert' }, message));
}

/** Newest article first; inside one article, in reading order. */
function byDateThenPosition(a: Evidence, b: Evidence): number {
  const dateA = a.date ?? a.article.published ?? '';
  const dateB = b.date ?? b.article.published ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  return a.start - b.start;
}

export function renderRelation(body: HTMLElement, relation: RelationDetail): void {
  const evidence = [...relation.evidence].sort(byDateThenPosition).map((e) => {
    const href = safeHref(e.article.url);
    const title = e.article.title ?? e.article.id;
    return h(
      'li',
      { class: 'evidence' },
      h('blockquote', { class: 'evidence-sentence' }, e.sentence),
      h(
        'p',
        { class: 'evidence-source' },
        href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : h('span', { class: 'article-title' }, title),
      ),
      h(
        'p',
        { class: 'evidence-meta' },
        [e.article.source ?? 'unknown outlet', formatDate(e.date ?? e.article.published)].join(' · '),
        e.claimant ? ` · claimed by ${e.claimant.name}` : '',
        e.alleged ? ' · alleged' : '',
        ` · confidence ${e.confidence.toFixed(2)}`,
      ),
    );
  });
  body.replaceChildren(
    h(
      'header',
      { class: 'panel-head' },
      h('p', { class: 'eyebrow' }, 'Relation'),
      h(
        'h2',
        { class: 'relation-title' },
        h('span', {}, relation.source.name),
        ' ',
        typeBadge(relation.type),
        ' ',
        h('span', {}, relation.target.name),
      ),
    ),
    h(
      'dl',
      { class: 'stats' },
      stat('Articles', String(relation.articleCount)),
      stat('Mentions', String(relation.count)),
      stat('Confidence', relation.confidence.toFixed(2)),
      stat('First seen', formatDate(relation.firstSeen)),
      stat('Last seen', formatDate(relation.lastSeen)),
      stat('Claimed by', relation.claimants.length > 0 ? relation.claimants.map((c) => c.name).join(', ') : 'the articles'),
    ),
    h('h3', { class: 'section-title' }, `Evidence (${relation.evidence.length}${relation.count > relation.evidence.length ? ` of ${relation.count}` : ''})`),
    evidence.length > 0 ? h('ol', { class: 'evidence-list' }, ...evidence) : h('p', { class: 'panel-note' }, 'No evidence sentence is stored for this relation.'),
  );
}

export function renderActor(body: HTMLElement, actor: ActorDetail, expanded: boolean): void {
  body.replaceChildren(
    h(
      'header',
      { class: 'panel-head' },
      h('p', { class: 'eyebrow' }, humanize(actor.type)),
      h('h2', {}, h('span', { class: 'swatch dot', style: `background:${ACTOR_TYPE_COLORS[actor.type]}`, 'aria-hidden': 'true' }), ' ', actor.name),
    ),
    h(
      'dl',
      { class: 'stats' },
      stat('Relations', String(actor.degree)),
      stat('Affiliation', actor.affiliation?.name ?? '—'),
      stat('Also known as', actor.aliases.length > 0 ? actor.aliases.join(', ') : '—'),
    ),
    h('p', { class: 'panel-note' }, expanded ? 'Its neighbours are drawn. Click an edge to read the evidence.' : 'Expanding its neighbours…'),
  );
}

/**
 * The keyboard- and screen-reader-friendly twin of the canvas: every drawn relation as a button,
 * strongest first.
 */
export function renderRelationList(
  body: HTMLElement,
  edges: readonly GraphEdge[],
  names: ReadonlyMap<string, string>,
  onPick: (relationId: string) => void,
): void {
  if (edges.length === 0) {
    body.replaceChildren(h('p', { class: 'panel-note' }, 'No relation matches the filters.'));
    return;
  }
  const sorted = [...edges].sort((a, b) => b.weight - a.weight || a.relationId.localeCompare(b.relationId));
  const items = sorted.map((edge) => {
    const button = h(
      'button',
      { type: 'button', class: 'relation-row', 'data-relation': edge.relationId },
      h('span', { class: 'relation-ends' }, names.get(edge.source) ?? edge.source, ' → ', names.get(edge.target) ?? edge.target),
      typeBadge(edge.type),
      h('span', { class: 'relation-weight', title: 'distinct articles' }, `${edge.weight} art.`),
    );
    button.addEventListener('click', () => onPick(edge.relationId));
    return h('li', {}, button);
  });
  body.replaceChildren(
    h('header', { class: 'panel-head' }, h('p', { class: 'eyebrow' }, 'In view'), h('h2', {}, `${edges.length} relations`)),
    h('ul', { class: 'relation-list' }, ...items),
  );
}

/** What the panel says before anything is drawn. */
export function renderIntro(body: HTMLElement): void {
  body.replaceChildren(
    h('header', { class: 'panel-head' }, h('p', { class: 'eyebrow' }, 'Details'), h('h2', {}, 'Nothing selected')),
    h(
      'ul',
      { class: 'intro-list' },
      h('li', {}, 'Search an actor above (arrow keys and Enter work) to draw everyone it relates to.'),
      h('li', {}, 'Click a node to add its own neighbours to the picture.'),
      h('li', {}, 'Click an edge to read the sentences behind it, with article, outlet and date.'),
      h('li', {}, 'Filters on the left apply to everything drawn; the URL keeps the view for sharing.'),
    ),
  );
}
