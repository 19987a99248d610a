import { describe, expect, it } from 'vitest';
import { xapiSetting } from './xapi-config.ts';

const complete = { XAPI_ENDPOINT: 'https://lrs.example.com/xapi', XAPI_KEY: 'drill', XAPI_SECRET: 's3cret', SITE_ORIGIN: 'https://drill.example.com/' };

describe('xapiSetting', () => {
  it('is off when no XAPI_ variable is set, or all are empty', () => {
    expect(xapiSetting({})).toEqual({ state: 'off' });
    expect(xapiSetting({ XAPI_ENDPOINT: '', XAPI_KEY: '', SITE_ORIGIN: 'https://drill.example.com' })).toEqual({ state: 'off' });
  });

  it('is on with all three and the site origin, the endpoint ending in a slash', () => {
    expect(xapiSetting(complete)).toEqual({
      state: 'on',
      config: { endpoint: new URL('https://lrs.example.com/xapi/'), key: 'drill', secret: 's3cret', origin: 'https://drill.example.com' },
    });
  });

  it('names what is missing when only part is set', () => {
    expect(xapiSetting({ XAPI_ENDPOINT: complete.XAPI_ENDPOINT })).toEqual({
      state: 'invalid',
      message: 'xAPI: XAPI_KEY and XAPI_SECRET are not set, but XAPI_ENDPOINT is. Set all three to send statements to a Learning Record Store, or none to send nothing.',
    });
    expect(xapiSetting({ ...complete, XAPI_SECRET: '' })).toMatchObject({ state: 'invalid', message: expect.stringMatching(/^xAPI: XAPI_SECRET is not set, but XAPI_ENDPOINT and XAPI_KEY are\./) });
  });

  it('refuses an endpoint that is not an http(s) URL, quoting it', () => {
    for (const endpoint of ['lrs.example.com/xapi', 'ftp://lrs.example.com/xapi/']) {
      expect(xapiSetting({ ...complete, XAPI_ENDPOINT: endpoint })).toEqual({
        state: 'invalid',
        message: `xAPI: XAPI_ENDPOINT must be the LRS's xAPI endpoint as an http or https URL, e.g. https://lrs.example.com/xapi/; received "${endpoint}".`,
      });
    }
  });

  it('asks for the site origin, without a path, when xAPI is on', () => {
    for (const origin of [undefined, 'drill.example.com', 'https://drill.example.com/en/']) {
      expect(xapiSetting({ ...complete, SITE_ORIGIN: origin })).toMatchObject({
        state: 'invalid',
        message: expect.stringContaining(`xAPI: SITE_ORIGIN must be the site's public address`),
      });
    }
    expect(xapiSetting({ ...complete, SITE_ORIGIN: 'http://10.0.0.5:4321' })).toMatchObject({ state: 'on', config: { origin: 'http://10.0.0.5:4321' } });
  });
});
