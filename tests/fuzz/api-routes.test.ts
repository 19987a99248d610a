import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operations } from '../../site/auth/access.ts';
import { apiRoutes, type World } from './api-routes.ts';

/** The fuzzer's table against what the site serves: a route added without its bad requests fails here, in the unit tests, before any server runs. */

const apiFolder = fileURLToPath(new URL('../../site/pages/api/', import.meta.url));
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'ALL'];

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `METHOD /api/…` for each handler each file exports, the path as Astro derives it from the file's name. */
async function servedRoutes(): Promise<string[]> {
  const routes = await Promise.all(
    routeFiles(apiFolder).map(async (file) => {
      const route = `/api/${relative(apiFolder, file)
        .replace(/\.ts$/, '')
        .replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');
      const handlers = Object.keys(await import(file)).filter((name) => methods.includes(name));
      return handlers.map((method) => `${method} ${route}`);
    }),
  );
  return routes.flat().sort();
}

const world: World = {
  users: [
    { id: 'u-trainee', username: 'trainee', name: 'Trainee', role: 'trainee', teamIds: ['t'] },
    { id: 'u-lead', username: 'lead', name: 'Lead', role: 'lead', teamIds: ['t'] },
  ],
  teams: [{ id: 't', name: 'Team' }],
  as: { admin: { id: 'u-admin', teamIds: [] }, lead: { id: 'u-lead', teamIds: ['t'] }, consultant: { id: 'u-consultant', teamIds: [] }, trainee: { id: 'u-trainee', teamIds: ['t'] } },
  password: 'drill-demo',
};

describe('the API fuzzer’s table', () => {
  it('has an entry for every handler of every file under site/pages/api/, and no other', { timeout: 30_000 }, async () => {
    expect(Object.keys(apiRoutes).sort()).toEqual(await servedRoutes());
  });

  it('sends requests for every operation access.ts lists', () => {
    const fuzzed = new Set(Object.values(apiRoutes).map((route) => route(world).operation));
    expect(operations.filter((operation) => !fuzzed.has(operation))).toEqual([]);
  });
});
