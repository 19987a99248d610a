import type { AttemptEntry } from '../../engine/scenario/record.ts';
import type { LessonVersion, PublishedScenario, StoredAttempt, Team, User } from './schema.ts';

/**
 * Valid records to start tests and benchmarks from, shaped like the real
 * ones (five steps, two mistakes, commands with the fields a form sends),
 * so sizes measured with them hold for a company's data.
 */

export function exampleTeam(overrides: Partial<Team> = {}): Team {
  return { id: 'sales-east', name: 'Sales East', ...overrides };
}

export function exampleUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-li-wei',
    username: 'li.wei',
    name: 'Li Wei',
    role: 'trainee',
    teamIds: [],
    passwordHash: 'scrypt$N=16384,r=8,p=1$bW9ja3NhbHQxMjM0NTY3OA$k6a1Jp5vY0m6oV3xqzq1m2sY6c2v8d1Q4yqj7fH3x9Q',
    createdAt: '2026-11-02T08:00:00.000Z',
    ...overrides,
  };
}

const steps = ['mingde', 'qihang', 'jincheng', 'hengtong', 'review'];

export function exampleAttempt(overrides: Partial<StoredAttempt> = {}): StoredAttempt {
  return {
    id: 'att-0001',
    userId: 'u-li-wei',
    scenarioId: 'master-data-basics',
    scenarioVersion: 2,
    engineVersion: '0.1.0',
    seed: 20_261_102,
    submittedAt: '2026-11-02T09:30:00.000Z',
    completed: true,
    score: 82,
    stars: 2,
    badge: false,
    commands: 24,
    hintsUsed: 1,
    wallSeconds: 611.5,
    mistakes: [
      { code: 'validation.format', step: 'mingde', lesson: 'unified-formats' },
      { code: 'duplicate.created', step: 'jincheng', lesson: 'search-before-create' },
    ],
    perStep: steps.map((id, index) => ({ id, commands: 5, mistakes: index === 0 || index === 2 ? 1 : 0, hints: index === 1 ? 1 : 0 })),
    ...overrides,
  };
}

/** An attempt's command log: `count` commands as the account form sends them, a hint among them. */
export function exampleEntries(count = 24): AttemptEntry[] {
  return Array.from({ length: count }, (_, index): AttemptEntry =>
    index === 3
      ? { kind: 'hint', offsetMs: index * 20_000 }
      : {
          kind: 'command',
          offsetMs: index * 20_000,
          command: {
            type: 'account.create',
            data: { name: `上海明德贸易有限公司 ${index}`, region: 'SH', phone: '021 5555 0107', email: 'purchasing@mingde.example.cn', segment: 'smb' },
          },
        },
  );
}

export function exampleLesson(overrides: Partial<LessonVersion> = {}): LessonVersion {
  return {
    lessonId: 'unified-formats',
    locale: 'en',
    version: 1,
    title: 'One format for every phone number',
    summary: 'Write phone numbers the way the whole company does, so search finds them.',
    mistake: 'validation.format',
    topic: 'base-data',
    scenarioIds: ['master-data-basics'],
    body: '## What went wrong\n\nThe number was typed as the customer said it.\n\n## How to do it right\n\n1. Open **Customers**.\n2. Type `+86 21 5555 0101`.',
    authorId: 'u-consultant',
    savedAt: '2026-11-03T10:00:00.000Z',
    ...overrides,
  };
}

export function examplePublishedScenario(overrides: Partial<PublishedScenario> = {}): PublishedScenario {
  return {
    scenarioId: 'visit-reminders',
    version: 1,
    source: 'id: visit-reminders\nversion: 1\n',
    publishedBy: 'u-consultant',
    publishedAt: '2026-11-03T11:00:00.000Z',
    ...overrides,
  };
}
