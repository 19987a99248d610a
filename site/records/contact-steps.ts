import type { Goal, Scenario } from '../../engine/index.ts';
import { versionKey } from './runs.ts';

/**
 * How many contacts each scenario step has the trainee enter. An attempt's
 * summary keeps per step only its commands, mistakes and hints — not the
 * type of each command — so "contacts entered" is read from the scenario
 * itself: a step whose goal needs a contact to exist that the scenario's
 * fixture did not create is a step where the trainee entered that contact.
 */

/** `lead-to-cash@1/inquiries`: one step of one scenario version. */
export function stepKey(scenarioId: string, version: number, stepId: string): string {
  return `${versionKey({ scenarioId, version })}/${stepId}`;
}

/**
 * The contact conditions a goal needs to hold. Under `any` none is needed
 * for sure and under `not` the contact must be absent, so only plain
 * `exists` goals, alone or under `all`, count.
 */
function contactsRequired(goal: Goal): Goal[] {
  switch (goal.type) {
    case 'exists':
      return goal.entity === 'contact' ? [goal] : [];
    case 'all':
      return goal.of.flatMap(contactsRequired);
    case 'count':
    case 'happened':
    case 'notified':
    case 'before':
    case 'any':
    case 'not':
      return [];
    default: {
      const _exhaustive: never = goal;
      return _exhaustive;
    }
  }
}

/** Each step that has the trainee enter contacts, by stepKey, with how many. */
export function contactEntrySteps(scenarios: readonly Scenario[]): Map<string, number> {
  const steps = new Map<string, number>();
  for (const scenario of scenarios) {
    const already = new Set(scenario.fixture.records.flatMap((record) => (record.type === 'contact.create' ? [record.data.name] : [])));
    for (const step of scenario.steps) {
      // A goal naming a contact the fixture already holds asks the trainee to find or fix it, not to enter it.
      const entered = contactsRequired(step.goal).filter((goal) => !(goal.type === 'exists' && typeof goal.where.name === 'string' && already.has(goal.where.name))).length;
      if (entered > 0) steps.set(stepKey(scenario.id, scenario.version, step.id), entered);
    }
  }
  return steps;
}
