/** Events of this module, in the past tense. */
export type ActivityEvent = never;
