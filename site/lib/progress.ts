/**
 * What the browser remembers of a trainee's finished scenarios, so the
 * learning paths and the catalogue can tick them off without a server:
 * the best score and stars per scenario, in localStorage.
 */
export interface Finished {
  readonly score: number;
  readonly stars: number;
}

const key = (scenarioId: string) => `crm-drill.finished.${scenarioId}`;

export function readFinished(storage: Storage, scenarioId: string): Finished | undefined {
  try {
    const kept = JSON.parse(storage.getItem(key(scenarioId)) ?? 'null') as Partial<Finished> | null;
    return typeof kept?.score === 'number' && typeof kept.stars === 'number' ? { score: kept.score, stars: kept.stars } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the better of this result and the one already kept. */
export function recordFinished(storage: Storage, scenarioId: string, result: Finished): void {
  const best = readFinished(storage, scenarioId);
  if (best && best.score >= result.score) return;
  storage.setItem(key(scenarioId), JSON.stringify({ score: result.score, stars: result.stars }));
}
