import * as v from 'valibot';

export const contactCommands = [
  v.object({
    type: v.literal('contact.create'),
    data: v.object({
      /** The customer the person works for. */
      accountCode: v.string(),
      name: v.string(),
      /** Job title, free text. */
      title: v.optional(v.string(), ''),
      /** Their part in buying decisions; `other` when not given. */
      role: v.optional(v.string(), 'other'),
      /** Mobile, direct line or international number, as typed. */
      phone: v.string(),
      /** Optional; checked when given. */
      email: v.optional(v.string(), ''),
      /** The user saw the duplicate warning and creates the contact anyway. */
      confirmDuplicate: v.optional(v.boolean()),
    }),
  }),
  v.object({
    type: v.literal('contact.update'),
    data: v.object({
      /** Contact id, e.g. CT-000012. Only the fields given change. */
      id: v.string(),
      title: v.optional(v.string()),
      role: v.optional(v.string()),
      phone: v.optional(v.string()),
      email: v.optional(v.string()),
    }),
  }),
] as const;
export type ContactCommand = v.InferOutput<(typeof contactCommands)[number]>;
