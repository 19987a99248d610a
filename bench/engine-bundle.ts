import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type Figure } from './figures.ts';

/**
 * What the engine alone costs a browser: `engine/index.ts` bundled as the
 * site would ship it (minified ESM for the browser, XState, zod and the
 * phone-number rules included), then gzipped. Built twice more, once
 * without the phone rules (metadata) and once without libphonenumber-js's
 * code, so the figure says how much of the weight is phone numbers.
 */

export const engineBundleTargetKb = 60;

/** Leaves the given imports out of the bundle, as if another script provided them. */
function leaveOut(name: string, filter: RegExp): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter }, ({ path }) => ({ path, external: true }));
    },
  };
}

async function bundleBytes(root: string, plugins: Plugin[]): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    entryPoints: [join(root, 'engine', 'index.ts')],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const code = Buffer.concat(result.outputFiles.map((file) => Buffer.from(file.contents)));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureEngineBundle(root: string): Promise<Figure[]> {
  const whole = await bundleBytes(root, []);
  const withoutMetadata = await bundleBytes(root, [leaveOut('no-phone-metadata', /(metadata\.\w+|phone-metadata)\.json(\.js)?$/)]);
  const withoutLibrary = await bundleBytes(root, [leaveOut('no-libphonenumber', /^libphonenumber-js(\/.*)?$/)]);
  const kb = (bytes: number) => round(bytes / 1000, 1);
  const share = (part: number) => `${Math.round((100 * part) / whole.gzip)}% of the gzip size`;
  return [
    { name: 'engine.bundleGzipKb', value: kb(whole.gzip), unit: 'kB gzip', target: { atMost: engineBundleTargetKb }, note: 'engine/index.ts, minified ESM for the browser' },
    { name: 'engine.bundleMinKb', value: kb(whole.minified), unit: 'kB', note: 'the same, before gzip' },
    {
      name: 'engine.phoneMetadataGzipKb',
      value: kb(whole.gzip - withoutMetadata.gzip),
      unit: 'kB gzip',
      note: `part of the total: the phone rules of the countries in engine/normalise/phone-countries.ts, ${share(whole.gzip - withoutMetadata.gzip)}`,
    },
    {
      name: 'engine.phoneLibraryGzipKb',
      value: kb(whole.gzip - withoutLibrary.gzip),
      unit: 'kB gzip',
      note: `part of the total: libphonenumber-js's code, ${share(whole.gzip - withoutLibrary.gzip)}`,
    },
  ];
}
