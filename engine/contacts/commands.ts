import * as z from 'zod';

export const contactCommands = [
  z.object({
    type: z.literal('contact.create'),
    data: z.object({
      /** The customer the person works for. */
      accountCode: z.string(),
      name: z.string(),
      /** Job title, free text. */
      title: z.string().default(''),
      /** Their part in buying decisions; `other` when not given. */
      role: z.string().default('other'),
      /** Mobile, direct line or international number, as typed. */
      phone: z.string(),
      /** Optional; checked when given. */
      email: z.string().default(''),
      /** The user saw the duplicate warning and creates the contact anyway. */
      confirmDuplicate: z.boolean().optional(),
    }),
  }),
  z.object({
    type: z.literal('contact.update'),
    data: z.object({
      /** Contact id, e.g. CT-000012. Only the fields given change. */
      id: z.string(),
      title: z.string().optional(),
      role: z.string().optional(),
      phone: z.string().optional(),
      email: z.string().optional(),
    }),
  }),
] as const;
export type ContactCommand = z.output<(typeof contactCommands)[number]>;
