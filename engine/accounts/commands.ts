import * as z from 'zod/mini';

/**
 * What a user can do to customers. Form fields arrive as typed text; the
 * engine checks and normalises them (amounts too: "1,200,000", "120万").
 */

const byCode = z.object({
  /** The account's internal code. */
  code: z.string(),
});

export const accountCommands = [
  z.object({
    type: z.literal('account.create'),
    data: z.object({
      /** Internal code in the company's format, e.g. C-SH-00107. */
      code: z.string(),
      /** Legal name in Chinese. */
      nameZh: z.string(),
      /** Legal name in English, optional. */
      nameEn: z._default(z.string(), ''),
      /** One of the industries list. */
      industry: z.string(),
      /** Switchboard number, as typed. */
      phone: z.string(),
      /** Postal address, optional. */
      address: z._default(z.string(), ''),
      /** Expected business per year in CNY, as typed; sets the segment. Optional. */
      annualValue: z._default(z.string(), ''),
      /** User id of the account manager; the creator when empty. */
      owner: z._default(z.string(), ''),
      /** The user saw the duplicate warning and creates the account anyway. */
      confirmDuplicate: z.optional(z.boolean()),
    }),
  }),
  z.object({ type: z.literal('account.activate'), data: byCode }),
  z.object({ type: z.literal('account.markDormant'), data: byCode }),
  z.object({ type: z.literal('account.reactivate'), data: byCode }),
  z.object({
    type: z.literal('account.update'),
    data: z.extend(byCode, {
      /** Only the fields given change. */
      nameEn: z.optional(z.string()),
      industry: z.optional(z.string()),
      phone: z.optional(z.string()),
      address: z.optional(z.string()),
      annualValue: z.optional(z.string()),
    }),
  }),
  z.object({
    type: z.literal('account.assignOwner'),
    data: z.extend(byCode, {
      /** User id of the new account manager. */
      owner: z.string(),
    }),
  }),
  z.object({
    type: z.literal('account.addTeamMember'),
    data: z.extend(byCode, {
      /** User id of a colleague, usually from another department. */
      user: z.string(),
    }),
  }),
  z.object({ type: z.literal('account.removeTeamMember'), data: z.extend(byCode, { user: z.string() }) }),
  z.object({
    type: z.literal('account.requestCreditLimit'),
    data: z.extend(byCode, {
      /** The new limit in CNY, as typed. */
      limit: z.string(),
      /** Why, for the reviewers. */
      reason: z.string(),
    }),
  }),
] as const;
export type AccountCommand = z.output<(typeof accountCommands)[number]>;
