import validateStatement from '@learninglocker/xapi-validation';

/**
 * What is wrong with a statement by xAPI 1.0.3, as Learning Locker's
 * validator (the one its LRS runs) finds it, one line each: for tests and
 * the in-test LRS, so CRM Drill is held to a maintained reading of the
 * specification rather than to its own.
 */
export function statementProblems(statement: unknown): string[] {
  return validateStatement(statement).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name} (received ${JSON.stringify(warning.data)})`);
}
