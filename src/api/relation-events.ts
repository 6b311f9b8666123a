import type { EvidenceRow, RelationRow } from '../graph/rows.js';

/** One `relationAdded` event: the aggregated relation after the commit and the new evidence. */
export interface RelationAddedEvent {
  readonly relation: RelationRow;
  readonly evidence: EvidenceRow;
}

/**
 * In-process publish/subscribe for `relationAdded`. Events come from this process's own ingest
 * commits, so with several API instances each instance publishes only what it ingested.
 */
export class RelationEvents {
  private readonly listeners = new Set<(event: RelationAddedEvent) => void>();

  publish(event: RelationAddedEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  /**
   * An async iterator of the events that pass `accept`. Events queue while the consumer is busy
   * (bounded: the oldest are dropped past `maxQueue`, so a stalled client cannot grow memory);
   * `return()` unsubscribes.
   */
  subscribe(accept: (event: RelationAddedEvent) => boolean, maxQueue = 1000): AsyncIterableIterator<RelationAddedEvent> {
    const queue: RelationAddedEvent[] = [];
    let waiting: ((result: IteratorResult<RelationAddedEvent>) => void) | null = null;
    let done = false;
    const listener = (event: RelationAddedEvent): void => {
      if (!accept(event)) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: event, done: false });
        return;
      }
      queue.push(event);
      if (queue.length > maxQueue) queue.shift();
    };
    this.listeners.add(listener);
    const finish = (): Promise<IteratorResult<RelationAddedEvent>> => {
      done = true;
      this.listeners.delete(listener);
      queue.length = 0;
      if (waiting) {
        waiting({ value: undefined, done: true });
        waiting = null;
      }
      return Promise.resolve({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<RelationAddedEvent> = {
      next: () => {
        const value = queue.shift();
        if (value !== undefined) return Promise.resolve({ value, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          waiting = resolve;
        });
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
