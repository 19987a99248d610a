import type { Activity } from './records.ts';

/** Events of this module, in the past tense. A follow-up's task comes as `task.created` after it. */
export type ActivityEvent = { readonly type: 'activity.logged'; readonly data: { readonly activity: Activity } };
