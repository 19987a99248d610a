import { score, stars, type Scenario } from '../engine/index.ts';
import { seededRandom } from '../engine/random.ts';
import type { StoredAttempt, Team, User } from '../site/records/schema.ts';

/**
 * A company's records at the size boards and reports must stay fast for:
 * teams of trainees with a lead each, and attempts on the real scenarios
 * spread over the months before `now`, with the mistakes each step watches.
 * Seeded, so every run of the benchmark times the same records.
 */

export interface RecordsSize {
  readonly users: number;
  readonly teams: number;
  readonly attempts: number;
  /** How far back attempts go. */
  readonly days: number;
}

export const benchRecordsSize: RecordsSize = { users: 1_000, teams: 50, attempts: 10_000, days: 120 };

export interface GeneratedRecords {
  readonly users: User[];
  readonly teams: Team[];
  readonly attempts: StoredAttempt[];
}

const dayMs = 86_400_000;

export function generateRecords(scenarios: readonly Scenario[], seed: number, now: string, size: RecordsSize = benchRecordsSize): GeneratedRecords {
  const { users, teams, attempts } = streamRecords(scenarios, seed, now, size);
  return { users, teams, attempts: [...attempts] };
}

/** The same records, the attempts made one at a time as they are read: a million of them need not all be held at once. */
export function streamRecords(
  scenarios: readonly Scenario[],
  seed: number,
  now: string,
  size: RecordsSize = benchRecordsSize,
): Omit<GeneratedRecords, 'attempts'> & { readonly attempts: Iterable<StoredAttempt> } {
  const random = seededRandom(seed);
  const teams = Array.from({ length: size.teams }, (_, index) => ({ id: `team-${index + 1}`, name: `销售${index + 1}组` }));
  const users: User[] = Array.from({ length: size.users }, (_, index) => {
    // The first user of each team leads it; the rest are its trainees.
    const team = teams[index % size.teams];
    const isLead = index < size.teams;
    return {
      id: `user-${index + 1}`,
      username: `user-${index + 1}`,
      name: `学员${index + 1}`,
      ...(random.int(0, 2) === 0 ? { displayName: `代号${index + 1}` } : {}),
      role: isLead ? 'lead' : 'trainee',
      teamIds: [team.id],
      passwordHash: 'bench',
      createdAt: '2025-01-01T00:00:00.000Z',
    };
  });
  const trainees = users.filter((user) => user.role === 'trainee');
  const end = Date.parse(now);
  // Oldest first, as the records store answers.
  const times = Float64Array.from({ length: size.attempts }, () => end - random.int(0, size.days * dayMs)).sort();
  function* attempts() {
    for (const [index, at] of times.entries()) yield attemptOf(`attempt-${index + 1}`, random.pick(trainees).id, random.pick(scenarios), at, random);
  }
  return { users, teams, attempts: attempts() };
}

function attemptOf(id: string, userId: string, scenario: Scenario, at: number, random: ReturnType<typeof seededRandom>): StoredAttempt {
  const completed = random.int(0, 4) > 0;
  const stepsDone = completed ? scenario.steps.length : random.int(0, scenario.steps.length - 1);
  const mistakes: StoredAttempt['mistakes'] = [];
  const perStep = scenario.steps.map((step) => {
    const commands = random.int(1, 8);
    // Most steps go right; a wrong one makes one or two of the mistakes it watches.
    const made = step.watches.length === 0 || random.int(0, 3) > 0 ? 0 : random.int(1, 2);
    for (let n = 0; n < made; n++) {
      const watch = random.pick(step.watches);
      mistakes.push({ code: watch.mistake, step: step.id, lesson: watch.lesson });
    }
    return { id: step.id, commands, mistakes: made, hints: 0 };
  });
  const commands = perStep.reduce((sum, step) => sum + step.commands, 0);
  const hintsUsed = random.int(0, 5) === 0 ? 1 : 0;
  const points = score({ stepsDone, steps: scenario.steps.length, commands, mistakes: mistakes.length, hintsUsed, hintCost: scenario.scoring.hintCost });
  return {
    id,
    userId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    engineVersion: 'bench',
    seed: 1,
    submittedAt: new Date(at).toISOString(),
    completed,
    score: points,
    stars: stars(points),
    badge: completed && stars(points) === 3,
    commands,
    hintsUsed,
    wallSeconds: commands * 20,
    mistakes,
    perStep,
  };
}
