import { describe, expect, it } from 'vitest';
import { textStream } from './text-stream.ts';

/** Pieces that log when each is asked for and when the source is let go. */
function source(pieces: readonly string[], log: string[]): AsyncGenerator<string> {
  return (async function* () {
    try {
      for (const piece of pieces) {
        log.push(`read ${piece}`);
        yield piece;
      }
    } finally {
      log.push('done');
    }
  })();
}

describe('textStream', () => {
  it('reads the first piece before answering, then each piece only as the reader asks', async () => {
    const log: string[] = [];
    const stream = await textStream(source(['a', 'é', 'c'], log));
    expect(log).toEqual(['read a']);
    const reader = stream.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('a');
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('é');
    expect(log).toEqual(['read a', 'read é']);
    expect((await reader.read()).done).toBe(false);
    expect((await reader.read()).done).toBe(true);
    expect(log.at(-1)).toBe('done');
  });

  it('lets the source go when the reader cancels', async () => {
    const log: string[] = [];
    const reader = (await textStream(source(['a', 'b', 'c'], log))).getReader();
    await reader.read();
    await reader.cancel();
    expect(log).toEqual(['read a', 'done']);
  });

  it('fails before answering when the first piece cannot be read', async () => {
    const failing = (async function* () {
      throw new Error('no database');
    })();
    await expect(textStream(failing)).rejects.toThrow('no database');
  });
});
