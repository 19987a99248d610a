/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const taskMessageKeys = [
  'rejection.format.datetime',
  'rejection.datetime.past',
  'rejection.reference.task',
  'rejection.transition.task',
  'rejection.task.not-yours',
  'rejection.task.same-assignee',
  'rejection.task.remind-minutes',
] as const;
