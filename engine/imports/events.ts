/** Events of this module, in the past tense. */
export type ImportEvent = never;
