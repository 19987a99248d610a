import * as v from 'valibot';

/**
 * What a user can do to customers. Form fields arrive as typed text; the
 * engine checks and normalises them (amounts too: "1,200,000", "120万").
 */

const byCode = v.object({
  /** The account's internal code. */
  code: v.string(),
});

export const accountCommands = [
  v.object({
    type: v.literal('account.create'),
    data: v.object({
      /** Internal code in the company's format, e.g. C-SH-00107. */
      code: v.string(),
      /** Legal name in Chinese. */
      nameZh: v.string(),
      /** Legal name in English, optional. */
      nameEn: v.optional(v.string(), ''),
      /** One of the industries list. */
      industry: v.string(),
      /** Switchboard number, as typed. */
      phone: v.string(),
      /** Postal address, optional. */
      address: v.optional(v.string(), ''),
      /** Expected business per year in CNY, as typed; sets the segment. Optional. */
      annualValue: v.optional(v.string(), ''),
      /** User id of the account manager; the creator when empty. */
      owner: v.optional(v.string(), ''),
      /** The user saw the duplicate warning and creates the account anyway. */
      confirmDuplicate: v.optional(v.boolean()),
    }),
  }),
  v.object({ type: v.literal('account.activate'), data: byCode }),
  v.object({ type: v.literal('account.markDormant'), data: byCode }),
  v.object({ type: v.literal('account.reactivate'), data: byCode }),
  v.object({
    type: v.literal('account.update'),
    data: v.object({
      ...byCode.entries,
      /** Only the fields given change. */
      nameEn: v.optional(v.string()),
      industry: v.optional(v.string()),
      phone: v.optional(v.string()),
      address: v.optional(v.string()),
      annualValue: v.optional(v.string()),
    }),
  }),
  v.object({
    type: v.literal('account.assignOwner'),
    data: v.object({
      ...byCode.entries,
      /** User id of the new account manager. */
      owner: v.string(),
    }),
  }),
  v.object({
    type: v.literal('account.addTeamMember'),
    data: v.object({
      ...byCode.entries,
      /** User id of a colleague, usually from another department. */
      user: v.string(),
    }),
  }),
  v.object({ type: v.literal('account.removeTeamMember'), data: v.object({ ...byCode.entries, user: v.string() }) }),
  v.object({
    type: v.literal('account.requestCreditLimit'),
    data: v.object({
      ...byCode.entries,
      /** The new limit in CNY, as typed. */
      limit: v.string(),
      /** Why, for the reviewers. */
      reason: v.string(),
    }),
  }),
] as const;
export type AccountCommand = v.InferOutput<(typeof accountCommands)[number]>;
