/** The kinds of record other records can point at (an activity's subject, a notification's topic). */
export const recordEntities = ['account', 'contact', 'lead', 'opportunity', 'product', 'quote', 'order', 'ticket', 'task', 'approval'] as const;
export type RecordEntity = (typeof recordEntities)[number];

export interface RecordRef {
  readonly entity: RecordEntity;
  readonly id: string;
}
