import { cleanText } from '../normalise/text.ts';
import { tableOf } from '../refs-lookup.ts';
import type { SandboxState } from '../state.ts';
import type { Goal } from './schema.ts';

type Entity = Extract<Goal, { type: 'exists' }>['entity'];
type Where = Extract<Goal, { type: 'exists' }>['where'];

function recordsOf(state: SandboxState, entity: Entity): readonly object[] {
  return Object.values(state[tableOf[entity]]);
}

function holds(record: object, where: Where): boolean {
  return Object.entries(where).every(([field, condition]) => {
    const value: unknown = (record as Record<string, unknown>)[field];
    if (typeof condition === 'object') return typeof value === 'string' && new RegExp(condition.matches).test(value);
    if (typeof condition === 'string') return typeof value === 'string' && cleanText(value) === cleanText(condition);
    return value === condition;
  });
}

function count(state: SandboxState, entity: Entity, where: Where): number {
  return recordsOf(state, entity).filter((record) => holds(record, where)).length;
}

/** Whether the sandbox state meets a goal. */
export function goalMet(state: SandboxState, goal: Goal): boolean {
  switch (goal.type) {
    case 'exists':
      return count(state, goal.entity, goal.where) > 0;
    case 'count': {
      const n = count(state, goal.entity, goal.where);
      return n >= (goal.min ?? 0) && n <= (goal.max ?? Infinity);
    }
    case 'all':
      return goal.of.every((part) => goalMet(state, part));
    default: {
      const _exhaustive: never = goal;
      return _exhaustive;
    }
  }
}
