/**
 * `npm start` and the browser tests serve the built site through this: the
 * records store opened (see server/context.ts), then the Node adapter's own
 * handler (static files, then on-demand routes), with responses compressed. The adapter sends everything uncompressed, which
 * triples what a trainee on a slow office line waits for on the player.
 *
 *   node site/serve.ts        HOST and PORT as for the adapter (127.0.0.1:4321),
 *                             CRM_DRILL_DATA the records' folder (data/), or
 *                             RECORDS_URL=postgres://… to keep them in PostgreSQL;
 *                             XAPI_ENDPOINT, XAPI_KEY, XAPI_SECRET and SITE_ORIGIN
 *                             to send statements to an LRS (site/xapi/xapi-config.ts)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import compression from 'compression';
import { recordsLocation } from './records/open-store.ts';
import { clientErrorAnswer, unroutableUrl, writeRefusal } from './server/before-routing.ts';
import { serverContext } from './server/context.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

// The records first: a data folder another server holds, or a corrupt one, stops this one here, saying why.
// On first run (an empty store) a demo company is seeded and its logins printed. The seeding is loaded only then:
// it brings the engine's source, a third of the time every later start (a restart after a crash, too) would take.
// xAPI delivery starts after the seeding, which keeps the invented attempts from the LRS.
try {
  const { store, now, xapi } = await serverContext();
  console.log(`Records: ${recordsLocation()}`);
  if (await store.isEmpty()) {
    const { seedDemoCompany } = await import('./records/demo/seed.ts');
    await seedDemoCompany(store, { now: now(), password: process.env.DEMO_PASSWORD, log: (line) => console.log(line) });
  }
  if (xapi) {
    xapi.start();
    console.log(`Sending xAPI statements to ${process.env.XAPI_ENDPOINT}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// The adapter starts its own server on import unless told not to.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = new URL('../dist/server/entry.mjs', import.meta.url).href;
const { handler } = (await import(entry)) as { handler: Handler };

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
// Typed for Express, but connect-style: it only touches Node's own request and response.
const compress = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

// What Node or the adapter would refuse before routing, in bare text, is refused here in the API's JSON (server/before-routing.ts).
const server = createServer((request, response) => {
  const unroutable = unroutableUrl(request.url ?? '/');
  if (unroutable !== undefined) return writeRefusal(response, unroutable);
  compress(request, response, () => handler(request, response));
}).listen(port, host, () => {
  console.log(`CRM Drill is at http://${host}:${port}/`);
});
server.on('clientError', (error: Error & { code?: string }, socket) => {
  if (socket.writable) socket.end(clientErrorAnswer(error));
});

// Ctrl-C or a service manager's stop: end the xAPI delivery (what it had not marked stays pending), finish pending writes and let go of the data folder's lock before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    server.close();
    const { store, xapi } = await serverContext();
    await xapi?.stop();
    await store.close();
    process.exit(0);
  });
}
