import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { clientErrorAnswer, unroutableUrl, writeRefusal } from './before-routing.ts';

/** A server wired as site/serve.ts wires it, with a route that only says it was reached. */
async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const unroutable = unroutableUrl(request.url ?? '/');
    if (unroutable !== undefined) return writeRefusal(response, unroutable);
    response.end('routed');
  });
  server.on('clientError', (error: Error & { code?: string }, socket) => {
    if (socket.writable) socket.end(clientErrorAnswer(error));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

describe('refusals before routing', () => {
  let running: Server | undefined;
  afterEach(() => running?.close());

  it('refuses a URL whose escapes do not decode, in JSON, and lets every other through', async () => {
    const { server, origin } = await serve();
    running = server;
    const refused = await fetch(`${origin}/api/attempts/%C0%AE`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toMatchObject({ error: { code: 'request.invalid', field: 'url' } });
    expect(await (await fetch(`${origin}/api/attempts/%E2%80%AE`)).text()).toBe('routed');
  });

  it('refuses a path that climbs with an encoded "..", and lets dots that do not climb through', async () => {
    const { server, origin } = await serve();
    running = server;
    for (const path of ['/api/%2e%2e%2fetc', '/api/attempts/..%2F..%2Fsecrets', '/en/..%5Cwindows']) {
      const refused = await fetch(`${origin}${path}`);
      expect(refused.status, path).toBe(400);
      expect(await refused.json(), path).toMatchObject({ error: { code: 'request.invalid', field: 'url', message: expect.stringContaining('..') } });
    }
    expect(await (await fetch(`${origin}/api/attempts/a..b/log?x=..`)).text()).toBe('routed');
  });

  it('refuses a control character or a line break in the path, which no browser sends (the fuzzer found U+2028 reached the HTML 404)', async () => {
    const { server, origin } = await serve();
    running = server;
    for (const path of ['/api/x/%0D%0A', '/api/attempts/%00', '/api/%09', '/api/%E2%80%A8', '/api/lessons/%E2%80%A9'])
      expect(await (await fetch(`${origin}${path}`)).json(), path).toMatchObject({ error: { code: 'request.invalid', field: 'url', message: expect.stringContaining('control character') } });
    expect(await (await fetch(`${origin}/api/x?q=%0A`)).text()).toBe('routed');
  });

  it('answers a request line over 16 KB with the JSON 431, not a bare status', async () => {
    const { server, origin } = await serve();
    running = server;
    const answer = await fetch(`${origin}/api/attempts/${'9'.repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await answer.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'request.headers-too-large', message: expect.stringContaining('16 KB') });
  });

  it('says what Node could not parse for any other malformed request', () => {
    const answer = clientErrorAnswer(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_METHOD' }));
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('"code":"request.invalid"');
    expect(answer).toContain('HPE_INVALID_METHOD');
  });
});
