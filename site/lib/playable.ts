import type { Goal, Scenario } from '../../engine/scenario/schema.ts';

/**
 * The kinds of record the browser's sandbox screens can work on so far; it
 * grows as the screens for leads, deals, quotes, orders, tickets, tasks and
 * imports come (issue 6). A scenario whose work touches anything else can be
 * read in the browser and played with `npx crm-drill play`, not yet here.
 */
export const browserEntities: ReadonlySet<string> = new Set(['account', 'contact']);

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

/** Whether a trainee can do all of the scenario's work in the browser today. */
export function playsInBrowser(scenario: Scenario): boolean {
  return [...entitiesOf(scenario)].every((entity) => browserEntities.has(entity));
}
