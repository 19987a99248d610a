/** The people in the sandbox CRM. A role decides what a user may do; a team is who they sell or serve with. */
export const roles = ['trainee', 'lead', 'consultant', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return (roles as readonly unknown[]).includes(value);
}

/** Departments a virtual team around an account draws from (seed 003). */
export const departments = ['sales', 'presales', 'service', 'finance', 'logistics', 'management'] as const;
export type Department = (typeof departments)[number];

export interface User {
  /** Short stable id, e.g. `u.wangfang`. */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly department: Department;
  /** Team id, or "" for none. */
  readonly team: string;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  /** The user who leads the team and approves its exceptions. */
  readonly lead: string;
}

/** The actor the engine itself uses for set-up commands: may do anything. */
export const systemUser: User = { id: 'system', name: 'System', role: 'admin', department: 'management', team: '' };
