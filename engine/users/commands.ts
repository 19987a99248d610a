import * as z from 'zod/mini';

export const userCommands = [
  z.object({
    type: z.literal('user.create'),
    data: z.object({
      /** Short login-like id, e.g. u.wangfang. */
      id: z.string(),
      name: z.string(),
      /** trainee, lead, consultant or admin. */
      role: z.string(),
      /** One of the departments list. */
      department: z.string(),
      /** Team id, optional. */
      team: z._default(z.string(), ''),
    }),
  }),
  z.object({
    type: z.literal('team.create'),
    data: z.object({
      id: z.string(),
      name: z.string(),
      /** User id of a lead; they join the team. */
      lead: z.string(),
    }),
  }),
  z.object({
    type: z.literal('user.assignTeam'),
    data: z.object({ user: z.string(), team: z.string() }),
  }),
] as const;
export type UserCommand = z.output<(typeof userCommands)[number]>;
