import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalKinds } from '../../../../engine/approvals/records.ts';
import { catalogues } from '../../../i18n/catalogues.ts';

const engine = new URL('../../../../engine/', import.meta.url).pathname;

/** Message keys the engine's notifications name literally ('notification.ticket.opened'; event types have two parts). */
function literalNotificationKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(engine, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    for (const match of readFileSync(join(engine, file), 'utf8').matchAll(/'(notification\.[\w-]+\.[\w.-]+)'/g)) keys.add(match[1]);
  }
  return [...keys];
}

describe('notification texts', () => {
  const keys = [
    ...literalNotificationKeys(),
    ...approvalKinds.map((kind) => `notification.approval.${kind}`),
    'notification.approval.approved',
    'notification.approval.rejected',
  ];

  it('finds the engine’s notification keys', () => {
    expect(keys).toContain('notification.ticket.opened');
    expect(keys).toContain('notification.record.shared');
    expect(keys).toContain('notification.ticket.assigned');
    expect(keys).not.toContain('notification.created');
  });

  it.each(Object.entries(catalogues))('%s has a text for each, so My work never shows a bare key', (_locale, messages) => {
    expect(keys.filter((key) => !(key in messages))).toEqual([]);
  });
});
