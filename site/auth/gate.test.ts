import { describe, expect, it } from 'vitest';
import { createGate } from './gate.ts';

/** A task that finishes when the test says so. */
function deferred(): { promise: Promise<void>; finish: () => void } {
  let finish = () => {};
  const promise = new Promise<void>((resolve) => (finish = resolve));
  return { promise, finish };
}

describe('a gate', () => {
  it('runs at most its limit of tasks at once, the rest in the order they came', async () => {
    const gate = createGate(2);
    const tasks = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = tasks.map((task, index) => gate.run(async () => {
      started.push(index);
      await task.promise;
      return index;
    }));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    tasks[1]?.finish();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const task of tasks) task.finish();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('frees the place of a task that fails', async () => {
    const gate = createGate(1);
    await expect(gate.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });

  it('refuses a limit below one', () => {
    expect(() => createGate(0)).toThrow('A gate needs a limit of at least 1 task, received 0.');
  });
});
