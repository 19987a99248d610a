/**
 * The sandbox CRM's areas, as its tabs list them, and the kinds of record
 * each one lets a trainee work on. The catalogue reads the kinds to tell
 * which scenarios can be played in the browser (site/lib/playable.ts).
 */
export const areas = [
  { id: 'customers', entities: ['account', 'contact', 'activity', 'record'] },
  { id: 'leads', entities: ['lead'] },
  { id: 'deals', entities: ['opportunity'] },
  { id: 'products', entities: ['product'] },
  { id: 'quotes', entities: ['quote', 'approval'] },
  { id: 'orders', entities: ['order'] },
  { id: 'tickets', entities: ['ticket'] },
  { id: 'work', entities: ['task', 'notification', 'approval'] },
  { id: 'import', entities: ['import'] },
] as const;

export type AreaId = (typeof areas)[number]['id'];

/** Every kind of record some area works on: `account`, `lead`, … (`record` is `record.share`, `clock` the clock control). */
export const sandboxEntities: ReadonlySet<string> = new Set(['clock', ...areas.flatMap((area) => area.entities)]);
