/**
 * Where statements go, from the environment: `XAPI_ENDPOINT` (the LRS's
 * xAPI endpoint, e.g. `https://lrs.example.com/xapi/`), `XAPI_KEY` and
 * `XAPI_SECRET` (its Basic credentials), and `SITE_ORIGIN`, the site's
 * public address, which names accounts and activities in every statement
 * (so it must not change with the port the server happens to listen on).
 * None of the XAPI_ variables set: xAPI is off. Some but not all, or a
 * value that cannot be right: a refusal saying which and why, so the
 * server stops at start rather than losing statements later.
 */

export interface XapiConfig {
  /** The endpoint, ending in `/`, so `statements` resolves beneath it. */
  readonly endpoint: URL;
  readonly key: string;
  readonly secret: string;
  /** Scheme, host and port, without a path: `https://drill.example.com`. */
  readonly origin: string;
}

export type XapiSetting =
  | { readonly state: 'off' }
  | { readonly state: 'on'; readonly config: XapiConfig }
  | { readonly state: 'invalid'; readonly message: string };

const credentials = ['XAPI_ENDPOINT', 'XAPI_KEY', 'XAPI_SECRET'] as const;

export function xapiSetting(env: NodeJS.ProcessEnv = process.env): XapiSetting {
  const given = credentials.filter((name) => env[name]);
  if (given.length === 0) return { state: 'off' };
  const missing = credentials.filter((name) => !env[name]);
  if (missing.length > 0) {
    return { state: 'invalid', message: `xAPI: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set, but ${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'}. Set all three to send statements to a Learning Record Store, or none to send nothing.` };
  }
  const endpoint = httpUrl(env.XAPI_ENDPOINT!);
  if (endpoint === undefined) {
    return { state: 'invalid', message: `xAPI: XAPI_ENDPOINT must be the LRS's xAPI endpoint as an http or https URL, e.g. https://lrs.example.com/xapi/; received ${JSON.stringify(env.XAPI_ENDPOINT)}.` };
  }
  const origin = env.SITE_ORIGIN ? httpUrl(env.SITE_ORIGIN) : undefined;
  if (origin === undefined || origin.pathname !== '/' || origin.search || origin.hash) {
    return {
      state: 'invalid',
      message: `xAPI: SITE_ORIGIN must be the site's public address, as people reach it, e.g. https://drill.example.com (no path): it names people and scenarios in every statement; received ${JSON.stringify(env.SITE_ORIGIN ?? '')}.`,
    };
  }
  if (!endpoint.pathname.endsWith('/')) endpoint.pathname += '/';
  return { state: 'on', config: { endpoint, key: env.XAPI_KEY!, secret: env.XAPI_SECRET!, origin: origin.origin } };
}

function httpUrl(text: string): URL | undefined {
  const url = URL.parse(text);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') ? url : undefined;
}
