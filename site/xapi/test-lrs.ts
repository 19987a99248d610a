import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { statementProblems } from './test-validation.ts';

/**
 * A small Learning Record Store for tests, on 127.0.0.1: it takes
 * `POST <endpoint>/statements` as an LRS does and checks what one checks
 * (the X-Experience-API-Version header, Basic credentials, a JSON body of
 * valid statements), keeps statements by id, answers 200 with their ids,
 * and 409 to a batch holding an id it keeps with other content (storing
 * none of that batch). It can be taken down, answering 503 or refusing
 * connections, and brought back.
 */
export interface TestLrs {
  /** The xAPI endpoint, ending in `/`. */
  readonly endpoint: URL;
  readonly key: string;
  readonly secret: string;
  /** Every statement kept, by id, in the order first stored. */
  readonly statements: ReadonlyMap<string, unknown>;
  /** Every request's answer status, in order. */
  readonly answers: readonly number[];
  /** `unavailable`: answers 503; `refusing`: stops listening, so connections are refused; `up`: back. */
  setState(state: 'up' | 'unavailable' | 'refusing'): Promise<void>;
  close(): Promise<void>;
}

export async function startTestLrs(): Promise<TestLrs> {
  const key = 'drill-key';
  const secret = 'drill-secret';
  const expectedAuthorization = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  const statements = new Map<string, unknown>();
  const answers: number[] = [];
  let unavailable = false;

  const server = createServer((request, response) => {
    readBody(request).then(
      (body) => {
        const [status, answer] = handle(request, body);
        answers.push(status);
        response.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', ...(status === 401 && { 'WWW-Authenticate': 'Basic realm="LRS"' }) });
        response.end(JSON.stringify(answer));
      },
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });

  function handle(request: IncomingMessage, body: string): [number, unknown] {
    if (unavailable) return [503, { message: 'The LRS is down for maintenance' }];
    if (request.method !== 'POST' || request.url !== '/xapi/statements') return [404, { message: `No resource ${request.method} ${request.url}` }];
    if (!String(request.headers['x-experience-api-version']).startsWith('1.0.')) return [400, { message: 'X-Experience-API-Version header missing or not 1.0.x' }];
    if (request.headers.authorization !== expectedAuthorization) return [401, { message: 'Unauthorised' }];
    if (request.headers['content-type'] !== 'application/json') return [400, { message: `Content-Type must be application/json, not ${request.headers['content-type']}` }];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [400, { message: 'The body is not JSON' }];
    }
    const received: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    const problems = received.flatMap((statement, index) => statementProblems(statement).map((problem) => `${index}: ${problem}`));
    if (problems.length > 0) return [400, { message: 'Invalid statements', problems }];
    const withoutId = received.findIndex((statement) => typeof (statement as { id?: unknown }).id !== 'string');
    if (withoutId !== -1) return [400, { message: `Statement ${withoutId} has no id; this LRS wants every statement to carry one` }];
    const batch = received as { id: string }[];
    const clash = batch.find((statement) => statements.has(statement.id) && !isDeepStrictEqual(statements.get(statement.id), statement));
    if (clash) return [409, { message: `Statement ${clash.id} exists with other content` }];
    for (const statement of batch) if (!statements.has(statement.id)) statements.set(statement.id, statement);
    return [200, batch.map((statement) => statement.id)];
  }

  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections());
  await listen(0);
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: new URL(`http://127.0.0.1:${port}/xapi/`),
    key,
    secret,
    statements,
    answers,
    async setState(state) {
      unavailable = state === 'unavailable';
      if (state === 'refusing' && server.listening) await stopListening();
      if (state !== 'refusing' && !server.listening) await listen(port);
    },
    async close() {
      if (server.listening) await stopListening();
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
