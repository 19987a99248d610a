/**
 * Finished attempts waiting to reach the records server. Practice works
 * offline, so a finished attempt is put here first (in the browser's
 * storage, surviving a reload) and sent whenever the server can be reached;
 * the server answers a resend of a stored id with what it stored, so
 * sending twice is harmless. An attempt the server refuses for good (a log
 * that does not replay) leaves the queue with the server's reason, shown to
 * the trainee, rather than being retried for ever.
 */

export interface QueuedAttempt {
  /** The attempt's id, chosen when it started; the queue holds each once. */
  readonly id: string;
  /** Exactly what is POSTed to /api/attempts. */
  readonly body: unknown;
  readonly queuedAt: string;
  readonly tries: number;
  /** Why the last try did not get through, for the status line. */
  readonly lastError?: string;
}

export interface RefusedAttempt {
  readonly id: string;
  readonly refusedAt: string;
  readonly message: string;
}

/** How one try went: stored (new or already there), worth trying again later, or refused for good. */
export type Delivery = { readonly outcome: 'stored' } | { readonly outcome: 'retry'; readonly reason: string } | { readonly outcome: 'refused'; readonly message: string };

/** The part of `Storage` the outbox uses, so tests can hand it a Map. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface Kept {
  readonly queued: readonly QueuedAttempt[];
  readonly refused: readonly RefusedAttempt[];
}

const storageKey = 'crm-drill.outbox';

export class Outbox {
  readonly #storage: KeyValueStore;

  constructor(storage: KeyValueStore) {
    this.#storage = storage;
  }

  get queued(): readonly QueuedAttempt[] {
    return this.#read().queued;
  }
  get refused(): readonly RefusedAttempt[] {
    return this.#read().refused;
  }

  /** Queues a finished attempt; queuing the same id again keeps the first. */
  add(id: string, body: unknown, now: Date): void {
    const kept = this.#read();
    if (kept.queued.some((item) => item.id === id)) return;
    this.#write({ ...kept, queued: [...kept.queued, { id, body, queuedAt: now.toISOString(), tries: 0 }] });
  }

  /**
   * Tries each queued attempt once, oldest first, and stops at the first
   * that must wait (the network or the server is down: the rest would fail
   * the same way). Returns how many got through.
   */
  async flush(send: (item: QueuedAttempt) => Promise<Delivery>, now: Date): Promise<{ stored: number; waiting: number }> {
    let stored = 0;
    for (const item of this.queued) {
      const delivery = await send(item);
      const kept = this.#read();
      const others = kept.queued.filter((other) => other.id !== item.id);
      if (delivery.outcome === 'stored') {
        stored++;
        this.#write({ ...kept, queued: others });
      } else if (delivery.outcome === 'refused') {
        this.#write({ queued: others, refused: [...kept.refused, { id: item.id, refusedAt: now.toISOString(), message: delivery.message }] });
      } else {
        const tried = { ...item, tries: item.tries + 1, lastError: delivery.reason };
        this.#write({ ...kept, queued: kept.queued.map((other) => (other.id === item.id ? tried : other)) });
        break;
      }
    }
    return { stored, waiting: this.queued.length };
  }

  #read(): Kept {
    try {
      const kept = JSON.parse(this.#storage.getItem(storageKey) ?? 'null') as Kept | null;
      return kept && Array.isArray(kept.queued) && Array.isArray(kept.refused) ? kept : { queued: [], refused: [] };
    } catch {
      // Storage edited by hand or by an older version: start an empty queue rather than break the player.
      return { queued: [], refused: [] };
    }
  }

  #write(kept: Kept): void {
    this.#storage.setItem(storageKey, JSON.stringify(kept));
  }
}
