import * as z from 'zod';

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
      nameEn: z.string().default(''),
      /** One of the industries list. */
      industry: z.string(),
      /** Switchboard number, as typed. */
      phone: z.string(),
      /** Postal address, optional. */
      address: z.string().default(''),
      /** Expected business per year in CNY, as typed; sets the segment. Optional. */
      annualValue: z.string().default(''),
      /** User id of the account manager; the creator when empty. */
      owner: z.string().default(''),
      /** The user saw the duplicate warning and creates the account anyway. */
      confirmDuplicate: z.boolean().optional(),
    }),
  }),
  z.object({ type: z.literal('account.activate'), data: byCode }),
  z.object({ type: z.literal('account.markDormant'), data: byCode }),
  z.object({ type: z.literal('account.reactivate'), data: byCode }),
  z.object({
    type: z.literal('account.update'),
    data: byCode.extend({
      /** Only the fields given change. */
      nameEn: z.string().optional(),
      industry: z.string().optional(),
      phone: z.string().optional(),
      address: z.string().optional(),
      annualValue: z.string().optional(),
    }),
  }),
  z.object({
    type: z.literal('account.assignOwner'),
    data: byCode.extend({
      /** User id of the new account manager. */
      owner: z.string(),
    }),
  }),
  z.object({
    type: z.literal('account.addTeamMember'),
    data: byCode.extend({
      /** User id of a colleague, usually from another department. */
      user: z.string(),
    }),
  }),
  z.object({ type: z.literal('account.removeTeamMember'), data: byCode.extend({ user: z.string() }) }),
  z.object({
    type: z.literal('account.requestCreditLimit'),
    data: byCode.extend({
      /** The new limit in CNY, as typed. */
      limit: z.string(),
      /** Why, for the reviewers. */
      reason: z.string(),
    }),
  }),
] as const;
export type AccountCommand = z.output<(typeof accountCommands)[number]>;
