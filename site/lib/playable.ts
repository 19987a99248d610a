import type { Goal, Scenario } from '../../engine/scenario/schema.ts';
import { sandboxEntities } from '../components/sandbox/areas.ts';

/** The module of an event or command type: `quote.statusChanged` → `quote`. */
const moduleOf = (type: string) => type.split('.')[0];

function goalEntities(goal: Goal): string[] {
  switch (goal.type) {
    case 'exists':
    case 'count':
      return [goal.entity];
    case 'happened':
      return [moduleOf(goal.event)];
    case 'notified':
      return [goal.about.entity, 'notification'];
    case 'before':
      return [moduleOf(goal.first.event), moduleOf(goal.then.event)];
    case 'all':
    case 'any':
      return goal.of.flatMap(goalEntities);
    case 'not':
      return goalEntities(goal.goal);
  }
}

/** The kinds of record a scenario's steps work on: what their goals name, and the commands they expect. */
export function entitiesOf(scenario: Scenario): Set<string> {
  return new Set(scenario.steps.flatMap((step) => [...goalEntities(step.goal), ...step.expects.map((expected) => moduleOf(expected.type))]));
}

/**
 * Whether a trainee can do all of the scenario's work in the browser: every
 * kind of record it touches has an area of the sandbox (areas.ts). Others
 * can be read here and played with `npx crm-drill play`.
 */
export function playsInBrowser(scenario: Scenario): boolean {
  return [...entitiesOf(scenario)].every((entity) => sandboxEntities.has(entity));
}
