import type { LocaleId } from '../../i18n/locales.ts';
import { loadJson } from '../../lib/api-client.ts';
import type { ScenarioSummary } from '../../server/scenario-source.ts';

/** A scenario as the consultant's pages name it. */
export interface ScenarioChoice {
  readonly id: string;
  readonly title: string;
}

/**
 * The scenarios a lesson can be tied to: the built-in ones, baked into the
 * page, then those consultants published, asked of GET /api/scenarios (the
 * built-in ones alone when there is no answer).
 */
export async function withPublished(builtIn: readonly ScenarioChoice[], locale: LocaleId): Promise<ScenarioChoice[]> {
  const published = await loadJson<{ scenarios: ScenarioSummary[] }>('/api/scenarios');
  if (published.status !== 'ready') return [...builtIn];
  const added = published.data.scenarios.filter((scenario) => !builtIn.some((known) => known.id === scenario.id));
  return [...builtIn, ...added.map((scenario) => ({ id: scenario.id, title: scenario.title[locale] }))];
}
