import { leads } from '../auth/access.ts';
import type { User } from './schema.ts';

/**
 * Whose name a board shows to whom. A trainee may appear under a display
 * name of their choosing; the people accountable for them (the leads of
 * their teams, and admins) always see who is who, since they act on it.
 */

/** The person looking at a board: who they are, and what their role lets them see. */
export type Viewer = Pick<User, 'id' | 'role' | 'teamIds'>;

export interface ShownName {
  readonly text: string;
  /** `display` when the text is a name the person chose, so a page can mark it as such. */
  readonly kind: 'real' | 'display';
}

/** Admins see everyone's real name; a lead sees the real names of the trainees on the teams they lead (access.ts). */
function accountableFor(viewer: Viewer, person: User): boolean {
  return viewer.role === 'admin' || leads(viewer, person);
}

/**
 * The name `viewer` sees for `person`. A person's own row shows what others
 * see of them (their display name when they chose one), so that they can
 * check what they share; the page marks it as theirs.
 */
export function shownName(person: User, viewer: Viewer): ShownName {
  if (person.displayName === undefined || (person.id !== viewer.id && accountableFor(viewer, person))) return { text: person.name, kind: 'real' };
  return { text: person.displayName, kind: 'display' };
}
