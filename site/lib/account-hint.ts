import type { PlatformRole } from '../records/schema.ts';

/**
 * Who this browser was last signed in as, kept in localStorage so each page
 * can show the account menu at once, and ask the server who is signed in
 * only when someone may be: visitors who never signed in (and the site
 * served without a records server) send no request at all. Only a hint:
 * the server's answer replaces it, and every route checks the session itself.
 */
export interface AccountHint {
  readonly name: string;
  readonly role: PlatformRole;
}

const key = 'crm-drill:account';

export function readAccountHint(storage: Storage = localStorage): AccountHint | undefined {
  try {
    const hint = JSON.parse(storage.getItem(key) ?? 'null') as Partial<AccountHint> | null;
    return typeof hint?.name === 'string' && typeof hint.role === 'string' ? { name: hint.name, role: hint.role } : undefined;
  } catch {
    return undefined;
  }
}

export function writeAccountHint(hint: AccountHint | undefined, storage: Storage = localStorage): void {
  try {
    if (hint === undefined) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ name: hint.name, role: hint.role }));
  } catch {
    // Storage refused (private mode, full): the menu then simply starts signed out.
  }
}

/** Ends the session on the server (DELETE /api/session, with the session's CSRF token) and forgets the hint, which goes even when the server cannot be reached. */
export async function signOut(csrfToken: string): Promise<void> {
  await fetch('/api/session', { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken } }).catch(() => undefined);
  writeAccountHint(undefined);
}
