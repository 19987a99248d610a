import type { Scenario } from '../../engine/scenario/schema.ts';
import { playsInBrowser } from '../lib/playable.ts';
import { loadScenario, loadScenarioVersion, parseScenario } from '../lib/scenarios.ts';
import type { PublishedScenario } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';

/**
 * Where the server finds a scenario, in one place: the built-in files
 * (scenarios/, current or archived) first, then the versions consultants
 * published, parsed from the text the store keeps. The player, the
 * catalogue and the replay of a submitted attempt all ask here, so an
 * attempt on an uploaded scenario is verified like any other.
 */
export interface ScenarioSource {
  /** The scenario at exactly this version, or undefined. */
  at(id: string, version: number): Promise<Scenario | undefined>;
  /** The current version: the built-in file, or the newest published. */
  newest(id: string): Promise<Scenario | undefined>;
  /** The published scenarios, the newest version of each (by id), with every version of it. */
  published(): Promise<PublishedEntry[]>;
}

export interface PublishedEntry {
  readonly scenario: Scenario;
  /** Who published this version, and when. */
  readonly publication: PublishedScenario;
  /** Every published version, oldest first. */
  readonly versions: readonly number[];
}

/** A published version's text stays as it was stored, so its parse does too: kept by text, the oldest let go past this many. */
const cacheSize = 100;
const parsed = new Map<string, Scenario>();

/** A stored scenario's text, parsed once; named `<id>.yaml`, so its id is checked and its version taken as written. */
export function parsePublished(publication: PublishedScenario): Scenario {
  const cached = parsed.get(publication.source);
  if (cached) return cached;
  const scenario = parseScenario(`${publication.scenarioId}.yaml`, publication.source);
  if (parsed.size >= cacheSize) parsed.delete(parsed.keys().next().value!);
  parsed.set(publication.source, scenario);
  return scenario;
}

export function scenarioSource(store: Pick<RecordsStore, 'publishedScenarios'>): ScenarioSource {
  const versionsOf = async (id: string) => (await store.publishedScenarios()).filter((publication) => publication.scenarioId === id);
  return {
    async at(id, version) {
      const builtIn = loadScenarioVersion(id, version);
      if (builtIn) return builtIn;
      const publication = (await versionsOf(id)).find((candidate) => candidate.version === version);
      return publication && parsePublished(publication);
    },
    async newest(id) {
      const builtIn = loadScenario(id);
      if (builtIn) return builtIn;
      const newest = newestOf(await versionsOf(id));
      return newest && parsePublished(newest);
    },
    async published() {
      const byId = Map.groupBy(await store.publishedScenarios(), (publication) => publication.scenarioId);
      return [...byId.values()].map((publications) => {
        const publication = newestOf(publications)!;
        return { scenario: parsePublished(publication), publication, versions: publications.map((one) => one.version).sort((a, b) => a - b) };
      });
    },
  };
}

function newestOf(publications: readonly PublishedScenario[]): PublishedScenario | undefined {
  return publications.reduce<PublishedScenario | undefined>((newest, one) => (newest === undefined || one.version > newest.version ? one : newest), undefined);
}

/** What a catalogue card and an upload's answer say of a scenario. */
export function scenarioSummary(scenario: Scenario) {
  const { id, version, title, briefing, difficulty, minutes, roles, topics } = scenario;
  return { id, version, title, briefing, difficulty, minutes, roles, topics, steps: scenario.steps.length, playsInBrowser: playsInBrowser(scenario) };
}
export type ScenarioSummary = ReturnType<typeof scenarioSummary>;
