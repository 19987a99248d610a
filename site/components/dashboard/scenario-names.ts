import type { LocaleId } from '../../i18n/locales.ts';
import { loadScenarios } from '../../lib/scenarios.ts';
import type { ScenarioName } from './chart-data.ts';

/** The current scenarios as the dashboard names them, read at build time so the island ships titles, not scenario files. */
export function scenarioNames(locale: LocaleId): ScenarioName[] {
  return loadScenarios().map((scenario) => ({ id: scenario.id, title: scenario.title[locale], steps: scenario.steps.map((step) => step.id) }));
}
