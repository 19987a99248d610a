import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema.ts';
import { entitiesOf, playsInBrowser } from './playable.ts';
import { loadScenario } from './scenarios.ts';

describe('playsInBrowser', () => {
  it('takes a scenario about customers and contacts as playable in the browser', () => {
    expect(playsInBrowser(loadScenario('master-data-basics')!)).toBe(true);
  });

  it('takes lead-to-cash as playable once leads, deals, quotes and orders have their areas', () => {
    expect(playsInBrowser(loadScenario('lead-to-cash')!)).toBe(true);
  });

  it('takes a scenario whose steps touch a kind of record no area shows as not playable', () => {
    const master = loadScenario('master-data-basics')!;
    const scenario: Scenario = { ...master, steps: [{ ...master.steps[0], goal: { type: 'happened', event: 'user.created', where: {}, min: 1 } }] };
    expect(playsInBrowser(scenario)).toBe(false);
  });

  it('reads the entities from every kind of goal and from expected commands', () => {
    const master = loadScenario('master-data-basics')!;
    const scenario = v.parse(scenarioSchema, {
      ...master,
      steps: [
        {
          ...master.steps[0],
          goal: {
            type: 'any',
            of: [
              { type: 'not', goal: { type: 'happened', event: 'quote.sent', where: {} } },
              { type: 'before', first: { event: 'lead.contacted', where: {} }, then: { event: 'activity.logged', where: {} } },
              { type: 'notified', members: { team: 'sales-east' }, about: { entity: 'ticket', where: {} } },
            ],
          },
          expects: [{ type: 'task.complete', data: {} }],
        },
      ],
    });
    expect([...entitiesOf(scenario)].sort()).toEqual(['activity', 'lead', 'notification', 'quote', 'task', 'ticket']);
  });
});
