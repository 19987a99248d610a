import { deliverAttempt } from '../../lib/deliver-attempt.ts';
import { Outbox } from '../../lib/outbox.ts';

/** Where the trainee's finished attempts stand with the company's records, as the finish screen says it. */
export type SyncStatus = 'idle' | 'sending' | 'saved' | 'waiting-sign-in' | 'waiting-offline' | 'refused';

/**
 * Sends finished attempts to the records server through the browser's
 * outbox: at once when one finishes, again when the page opens and when the
 * network comes back. Practice never waits on it: an attempt that cannot be
 * sent stays queued, and the finish screen says why.
 */
export class RecordsSync {
  status: SyncStatus = $state('idle');
  /** The server's reason, when it refused an attempt for good. */
  refusal: string | undefined = $state();
  readonly #outbox = new Outbox(localStorage);
  #flushing: Promise<void> | undefined;

  /** Queues a finished attempt (`{ id, record }`) and tries to send everything queued. */
  queue(id: string, body: unknown): Promise<void> {
    this.#outbox.add(id, body, new Date());
    return this.flush();
  }

  /** Tries to send what is queued; a call while one is under way waits for that one. */
  flush(): Promise<void> {
    this.#flushing ??= this.#flush().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  async #flush(): Promise<void> {
    if (this.#outbox.queued.length === 0) return;
    this.status = 'sending';
    const refusedBefore = this.#outbox.refused.length;
    await this.#outbox.flush((item) => deliverAttempt(item), new Date());
    const [waiting] = this.#outbox.queued;
    const refused = this.#outbox.refused.slice(refusedBefore);
    if (refused.length > 0) {
      this.status = 'refused';
      this.refusal = refused.at(-1)?.message;
    } else if (waiting !== undefined) {
      this.status = waiting.lastError === 'signed-out' ? 'waiting-sign-in' : 'waiting-offline';
    } else {
      this.status = 'saved';
    }
  }
}
