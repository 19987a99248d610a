import type { Team, User } from './records.ts';

export type UserEvent =
  | { readonly type: 'user.created'; readonly data: { readonly user: User } }
  | { readonly type: 'team.created'; readonly data: { readonly team: Team } }
  | { readonly type: 'user.teamChanged'; readonly data: { readonly user: string; readonly from: string; readonly to: string } };
