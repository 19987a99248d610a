import type { Evolvers } from '../module.ts';
import type { TaskEvent } from './events.ts';

export const taskEvolvers: Evolvers<TaskEvent> = {
  'task.created': (draft, { task }) => draft.insert('tasks', task.id, task),
  'task.completed': (draft, { id }, { at }) => draft.update('tasks', id, { done: true, completedAt: at }),
  'task.reassigned': (draft, { id, to }) => draft.update('tasks', id, { assignee: to }),
  'task.reminded': (draft, { id, at }) => draft.update('tasks', id, { remindedAt: at }),
  'task.overdue': (draft, { id, at }) => draft.update('tasks', id, { overdueAt: at }),
};
