import { readFinished, type Finished } from './progress.ts';

/**
 * What this browser remembers of a finished scenario, for the scripts of the
 * static pages; nothing when storage is blocked (some private modes throw on
 * the mere mention of localStorage).
 */
export function finishedHere(scenarioId: string): Finished | undefined {
  try {
    return readFinished(window.localStorage, scenarioId);
  } catch {
    return undefined;
  }
}
