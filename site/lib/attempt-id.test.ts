import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { recordIdSchema } from '../records/schema.ts';
import { newAttemptId } from './attempt-id.ts';

describe('newAttemptId', () => {
  it('is an id the records server takes, and a new one each time', () => {
    const ids = Array.from({ length: 200 }, newAttemptId);
    for (const id of ids) expect(v.is(recordIdSchema, id), id).toBe(true);
    expect(ids[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
