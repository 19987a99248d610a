/**
 * A new attempt's id: 128 random bits as 22 URL-safe characters. Made with
 * `getRandomValues`, which browsers offer on plain-HTTP intranet addresses
 * too (`randomUUID` needs a secure context, and a company's server may not
 * have a certificate).
 */
export function newAttemptId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
