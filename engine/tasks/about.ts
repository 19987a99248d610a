import { cleanText } from '../normalise/text.ts';
import { findRecord } from '../refs-lookup.ts';
import { recordEntities, type RecordEntity, type RecordRef } from '../refs.ts';
import { rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';

function isRecordEntity(value: string): value is RecordEntity {
  return (recordEntities as readonly string[]).includes(value);
}

/** The record a form's entity and id fields name, both filled: one of `entities`, and existing. */
export function checkRef(state: SandboxState, entities: readonly RecordEntity[], typed: { readonly entity: string; readonly id: string }): RecordRef | Result<never> {
  const entity = cleanText(typed.entity).toLowerCase();
  if (!isRecordEntity(entity) || !entities.includes(entity))
    return rejected('validation.format', 'entity', 'rejection.format.choice', { received: typed.entity, expected: entities.join(', ') });
  return findRecord(state, entity, typed.id) ?? rejected('reference.unknown', 'id', 'rejection.reference.record', { entity, id: typed.id });
}

/** What an optional entity and id point at: nothing when both are empty, else as `checkRef`. */
export function checkAbout(
  state: SandboxState,
  entities: readonly RecordEntity[],
  typed: { readonly entity: string; readonly id: string },
): { readonly about?: RecordRef } | Result<never> {
  if (cleanText(typed.entity) === '' && cleanText(typed.id) === '') return {};
  const missing = requireFilled(typed, ['entity', 'id']);
  if (missing) return missing;
  const about = checkRef(state, entities, typed);
  return 'ok' in about ? about : { about };
}
