/**
 * At most `limit` tasks at once; the rest wait their turn, first come first
 * served. Password hashing runs through one: each scrypt hash holds 128 MiB
 * and a libuv worker thread for a few hundred milliseconds, and Node has only
 * four such threads for all file I/O (the records store's writes included),
 * so a burst of sign-ins must not take them all.
 */
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createGate(limit: number): Gate {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`A gate needs a limit of at least 1 task, received ${limit}.`);
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next === undefined) running -= 1;
    else next();
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      // A finishing task hands its place straight to the next waiter, so `running` never dips and lets a newcomer jump the queue.
      if (running < limit) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
