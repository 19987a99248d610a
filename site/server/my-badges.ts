import type { MessageKey } from '../i18n/translate.ts';
import { loadScenarioVersion } from '../lib/scenarios.ts';
import { badgeParams, badgeStandings } from '../records/badges.ts';
import { contactEntrySteps } from '../records/contact-steps.ts';
import { sortVersions, versionOf } from '../records/runs.ts';
import type { StoredAttempt } from '../records/schema.ts';

/** A badge as `GET /api/me` sends it: what the page prints (message keys and their params) and how far along the person is. */
export interface BadgeView {
  readonly id: string;
  readonly name: MessageKey;
  readonly description: MessageKey;
  readonly params: Readonly<Record<string, number>>;
  readonly done: number;
  readonly of: number;
  /** When it was earned; absent while not earned. */
  readonly earnedAt?: string;
}

/**
 * A person's standing on every badge, from their own attempts. The contacts
 * each step has them enter are read from the scenario versions they played,
 * archived ones too, since a result stays valid for the version it was made on.
 */
export function myBadges(userId: string, attempts: readonly StoredAttempt[]): BadgeView[] {
  const mine = attempts.filter((attempt) => attempt.userId === userId);
  const played = sortVersions(mine.map(versionOf)).flatMap(({ scenarioId, version }) => loadScenarioVersion(scenarioId, version) ?? []);
  return badgeStandings(userId, mine, contactEntrySteps(played)).map(({ badge, done, of, earnedAt }) => ({
    id: badge.id,
    name: badge.name,
    description: badge.description,
    params: badgeParams(badge),
    done,
    of,
    ...(earnedAt === undefined ? {} : { earnedAt }),
  }));
}
