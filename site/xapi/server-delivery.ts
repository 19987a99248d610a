import type { RecordsStore } from '../records/store.ts';
import type { StoredAttempt } from '../records/schema.ts';
import { scenarioSource } from '../server/scenario-source.ts';
import { xapiDelivery, type XapiDelivery } from './delivery.ts';
import { lrsClient } from './lrs-client.ts';
import { attemptStatements, type Statement } from './statements.ts';
import type { XapiConfig } from './xapi-config.ts';

/**
 * The delivery the server runs (started by site/serve.ts): each attempt's
 * statements name its person as the store has them and its scenario by the
 * title at the attempt's version, built in or published.
 */
export function serverXapiDelivery(store: RecordsStore, config: XapiConfig, log: (line: string) => void): XapiDelivery {
  return xapiDelivery({ store, lrs: lrsClient(config), statementsFor: statementsFrom(store, config.origin), log });
}

export function statementsFrom(store: RecordsStore, origin: string): (attempt: StoredAttempt) => Promise<Statement[]> {
  const scenarios = scenarioSource(store);
  return async (attempt) => {
    // A version that no longer parses (the engine changed since it was published) costs its title, not the delivery of everything after it.
    const scenario = await scenarios.at(attempt.scenarioId, attempt.scenarioVersion).catch(() => undefined);
    return attemptStatements({ attempt, person: await store.user(attempt.userId), title: scenario?.title, origin });
  };
}
