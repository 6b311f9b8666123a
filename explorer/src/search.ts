import { searchActors, type ActorHit } from './api.js';
import { h, humanize } from './dom.js';
import { ACTOR_TYPE_COLORS } from '../../src/export/palette.js';

/**
 * The actor search box as an ARIA 1.2 combobox: typing queries `searchActors` (debounced, the
 * previous request aborted), arrow keys move through the options, Enter picks, Escape closes.
 */
export function setupSearch(input: HTMLInputElement, list: HTMLUListElement, onPick: (hit: ActorHit) => void): void {
  let hits: ActorHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number): void => {
    active = index;
    list.querySelectorAll<HTMLLIElement>('[role="option"]').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      }
    });
  };

  const pick = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.actor.name;
    close();
    onPick(hit);
  };

  const render = (message?: string): void => {
    list.replaceChildren();
    if (message) {
      list.append(h('li', { class: 'search-message', role: 'presentation' }, message));
    }
    hits.forEach((hit, i) => {
      const li = h(
        'li',
        { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', 'data-actor': hit.actor.id },
        h('span', { class: 'swatch dot', style: `background:${ACTOR_TYPE_COLORS[hit.actor.type]}`, 'aria-hidden': 'true' }),
        h('span', { class: 'option-name' }, hit.actor.name),
        h('span', { class: 'option-meta' }, `${humanize(hit.actor.type)} · ${hit.actor.degree} relations`),
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const run = async (query: string): Promise<void> => {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    try {
      hits = await searchActors(query, controller.signal);
      render(hits.length === 0 ? `No actor matches “${query}”.` : undefined);
    } catch (error) {
      if (controller.signal.aborted) return;
      hits = [];
      render(error instanceof Error ? error.message : 'Search failed.');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void run(query), 180);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && hits.length > 0) {
        pick(active >= 0 ? active : 0);
      } else if (input.value.trim().length >= 2) {
        // Enter before the debounce fired: search now and take the best match.
        clearTimeout(timer);
        void run(input.value.trim()).then(() => {
          if (hits.length > 0) pick(0);
        });
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', () => close());
}
