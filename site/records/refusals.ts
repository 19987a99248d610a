import type { LessonVersion, PublishedScenario } from './schema.ts';
import { StoreError } from './store.ts';

/**
 * The refusals every store gives, worded once, so a caller reads the same
 * message whichever store answered: the field, what is wrong, what to do.
 */
export const refusals = {
  teamIdTaken: (id: string) => new StoreError('conflict', `team.id: a team "${id}" already exists`, 'id'),
  userIdTaken: (id: string) => new StoreError('conflict', `user.id: a user "${id}" already exists`, 'id'),
  usernameTwice: (username: string) => new StoreError('conflict', `user.username: "${username}" comes twice`, 'username'),
  /** `holderId` when known: a racing server's write may have taken it unseen. */
  usernameTaken: (username: string, holderId?: string) =>
    new StoreError('conflict', `user.username: "${username}" is taken${holderId === undefined ? '' : ` by user "${holderId}"`}`, 'username'),
  noSuchUser: (id: string) => new StoreError('not-found', `user.id: no user "${id}"`, 'id'),
  noSuchTeam: (teamId: string) => new StoreError('invalid', `user.teamIds: no team "${teamId}"; create the team first`, 'teamIds'),
  noSuchDeliveredAttempt: (id: string) => new StoreError('not-found', `attemptIds: no attempt "${id}"; nothing was marked delivered`, 'attemptIds'),
  lessonNotNext: (lesson: LessonVersion, latest: number) =>
    new StoreError(
      'conflict',
      `lesson.version: lesson "${lesson.lessonId}" (${lesson.locale}) is at version ${latest}, so the next save is version ${latest + 1}, not ${lesson.version}; reload it to see the newer version`,
      'version',
    ),
  scenarioPublished: (scenario: PublishedScenario) =>
    new StoreError('conflict', `scenario.version: scenario "${scenario.scenarioId}" version ${scenario.version} is already published; raise the version`, 'version'),
};
