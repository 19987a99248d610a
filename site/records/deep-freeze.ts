/**
 * Freezes a record and everything in it: a store can then hand the same
 * object to every reader without copying, and nobody can change it behind
 * the store's back.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
