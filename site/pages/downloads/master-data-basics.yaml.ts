import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';

/** The built-in scenario the upload page offers as an example to start from, written out at build time as it is in scenarios/. */
export const GET: APIRoute = () =>
  new Response(readFileSync(join(process.cwd(), 'scenarios/master-data-basics.yaml'), 'utf8'), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
