import type { Evolvers } from '../module.ts';
import type { UserEvent } from './events.ts';

export const userEvolvers: Evolvers<UserEvent> = {
  'user.created': (draft, { user }) => draft.insert('users', user.id, user),
  'team.created': (draft, { team }) => draft.insert('teams', team.id, team),
  'user.teamChanged': (draft, { user, to }) => draft.update('users', user, { team: to }),
};
