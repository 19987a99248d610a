/**
 * Makes many changes durable with one flush. A change calls `commit()` once
 * it is in memory and waits for a flush that starts after that moment: if
 * none is running, one starts now; if one is running (it may have missed the
 * change), the change waits for the next, which carries every change made
 * meanwhile. Twenty concurrent submissions thus cost two whole-file
 * rewrites, not twenty.
 *
 * A failed flush fails every commit from then on: memory then holds changes
 * the disk may not, so the store must be reopened from what is on disk.
 */
export class GroupCommit {
  readonly #flush: () => Promise<void>;
  #running: Promise<void> | undefined;
  #next: Promise<void> | undefined;
  #failure: { readonly error: unknown } | undefined;

  /** `flush` must take what it writes synchronously, before its first await: changes made later wait for the next flush. */
  constructor(flush: () => Promise<void>) {
    this.#flush = flush;
  }

  /** Why the last flush failed, once one has: the store then refuses every call. */
  get failure(): { readonly error: unknown } | undefined {
    return this.#failure;
  }

  commit(): Promise<void> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure.error);
    if (this.#next !== undefined) return this.#next;
    if (this.#running === undefined) return this.#start();
    // Cleared and restarted in one callback, so no commit can slip in between and start a second flush alongside.
    this.#next = this.#running.then(
      () => {
        this.#next = undefined;
        return this.#start();
      },
      (error: unknown) => {
        this.#next = undefined;
        throw error;
      },
    );
    return this.#next;
  }

  /** Resolves once no flush is running or waiting, whether they succeed or fail. */
  async settled(): Promise<void> {
    for (let pending = this.#next ?? this.#running; pending !== undefined; pending = this.#next ?? this.#running) {
      await pending.catch(() => undefined);
    }
  }

  #start(): Promise<void> {
    const running = this.#flush().then(
      () => {
        this.#running = undefined;
      },
      (error: unknown) => {
        this.#failure ??= { error };
        this.#running = undefined;
        throw error;
      },
    );
    this.#running = running;
    return running;
  }
}
