import * as z from 'zod/mini';

export const contactCommands = [
  z.object({
    type: z.literal('contact.create'),
    data: z.object({
      /** The customer the person works for. */
      accountCode: z.string(),
      name: z.string(),
      /** Job title, free text. */
      title: z._default(z.string(), ''),
      /** Their part in buying decisions; `other` when not given. */
      role: z._default(z.string(), 'other'),
      /** Mobile, direct line or international number, as typed. */
      phone: z.string(),
      /** Optional; checked when given. */
      email: z._default(z.string(), ''),
      /** The user saw the duplicate warning and creates the contact anyway. */
      confirmDuplicate: z.optional(z.boolean()),
    }),
  }),
  z.object({
    type: z.literal('contact.update'),
    data: z.object({
      /** Contact id, e.g. CT-000012. Only the fields given change. */
      id: z.string(),
      title: z.optional(z.string()),
      role: z.optional(z.string()),
      phone: z.optional(z.string()),
      email: z.optional(z.string()),
    }),
  }),
] as const;
export type ContactCommand = z.output<(typeof contactCommands)[number]>;
