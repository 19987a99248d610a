import { build } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type Figure } from './figures.ts';

/**
 * What the engine alone costs a browser: `engine/index.ts` bundled as the
 * site would ship it (minified ESM for the browser, with the libraries it
 * imports), then gzipped.
 */

export const engineBundleTargetKb = 60;

async function bundleBytes(root: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    entryPoints: [join(root, 'engine', 'index.ts')],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.concat(result.outputFiles.map((file) => Buffer.from(file.contents)));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureEngineBundle(root: string): Promise<Figure[]> {
  const whole = await bundleBytes(root);
  const kb = (bytes: number) => round(bytes / 1000, 1);
  return [
    { name: 'engine.bundleGzipKb', value: kb(whole.gzip), unit: 'kB gzip', target: { atMost: engineBundleTargetKb }, note: 'engine/index.ts, minified ESM for the browser' },
    { name: 'engine.bundleMinKb', value: kb(whole.minified), unit: 'kB', note: 'the same, before gzip' },
  ];
}
