import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

/** A flush that records what it wrote and finishes when the test says so. */
function controlledFlush(changes: number[]) {
  const written: number[][] = [];
  const finishers: Array<(error?: Error) => void> = [];
  const flush = () => {
    written.push([...changes]);
    return new Promise<void>((resolve, reject) => finishers.push((error) => (error === undefined ? resolve() : reject(error))));
  };
  return { flush, written, finish: (error?: Error) => finishers.shift()?.(error) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('carries every change made during a flush in the next one', async () => {
    const changes: number[] = [];
    const { flush, written, finish } = controlledFlush(changes);
    const group = new GroupCommit(flush);
    const done: number[] = [];

    changes.push(1);
    const first = group.commit().then(() => done.push(1));
    const waiting = [2, 3, 4].map((change) => {
      changes.push(change);
      return group.commit().then(() => done.push(change));
    });
    expect(written).toEqual([[1]]);

    finish();
    await first;
    await tick();
    expect(done).toEqual([1]);
    expect(written).toEqual([[1], [1, 2, 3, 4]]);

    finish();
    await Promise.all(waiting);
    expect(done).toEqual([1, 2, 3, 4]);
    expect(written).toHaveLength(2);
  });

  it('fails the waiting commits with the flush, and every commit after', async () => {
    const { flush, written, finish } = controlledFlush([]);
    const group = new GroupCommit(flush);
    const first = group.commit();
    const second = group.commit();
    finish(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    await expect(second).rejects.toThrow('disk full');
    await expect(group.commit()).rejects.toThrow('disk full');
    expect(written).toHaveLength(1);
  });

  it('settles once nothing is running or waiting', async () => {
    const { flush, finish } = controlledFlush([]);
    const group = new GroupCommit(flush);
    void group.commit();
    void group.commit();
    let settled = false;
    const settling = group.settled().then(() => (settled = true));
    finish();
    await tick();
    expect(settled).toBe(false);
    finish();
    await settling;
    expect(settled).toBe(true);
  });
});
