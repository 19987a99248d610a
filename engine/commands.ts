import { z } from 'zod';

/**
 * What a user asks the sandbox to do. Form fields arrive as typed text; the
 * engine checks and normalises them. Who acts and when arrive in `meta`:
 * the engine never asks the world. Declared as schemas so that a command log
 * from a browser or a scenario file is checked before it is replayed.
 */

export const commandMetaSchema = z.object({
  /** Simulated time, epoch milliseconds. */
  at: z.number().int(),
  /** The acting user's id. */
  actor: z.string().min(1),
});
export type CommandMeta = z.output<typeof commandMetaSchema>;

const accountCode = z.object({
  /** The account's internal code. */
  code: z.string(),
});

export const commandBodySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('account.create'),
    data: z.object({
      /** Internal code in the company's format, e.g. C-SH-00107. */
      code: z.string(),
      /** Legal name in Chinese. */
      nameZh: z.string(),
      /** Legal name in English, optional. */
      nameEn: z.string(),
      /** One of the industries list. */
      industry: z.string(),
      /** Switchboard number, as typed. */
      phone: z.string(),
      /** The user saw the duplicate warning and creates the account anyway. */
      confirmDuplicate: z.boolean().optional(),
    }),
  }),
  z.object({ type: z.literal('account.activate'), data: accountCode }),
  z.object({ type: z.literal('account.markDormant'), data: accountCode }),
  z.object({ type: z.literal('account.reactivate'), data: accountCode }),
  z.object({
    type: z.literal('contact.create'),
    data: z.object({
      /** The customer the person works for. */
      accountCode: z.string(),
      name: z.string(),
      /** Job title, free text. */
      title: z.string(),
      /** Mobile or direct line, as typed. */
      phone: z.string(),
      /** Optional; checked when given. */
      email: z.string(),
    }),
  }),
  z.object({
    type: z.literal('clock.advance'),
    data: z.object({
      /** How far to move the simulated clock. */
      minutes: z.number(),
    }),
  }),
]);
export type CommandBody = z.output<typeof commandBodySchema>;
export type Command = CommandBody & { readonly meta: CommandMeta };
export type CommandType = Command['type'];
