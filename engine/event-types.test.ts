import { expect, expectTypeOf, it } from 'vitest';
import { eventTypes, type ListedEventType } from './event-types.ts';
import type { SandboxEventType } from './events.ts';

it('lists every event type the modules emit, once', () => {
  expectTypeOf<SandboxEventType>().toEqualTypeOf<ListedEventType>();
  expect(new Set(eventTypes).size).toBe(eventTypes.length);
});
