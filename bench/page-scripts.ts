import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { notAvailable, round, type Figure } from './figures.ts';

/**
 * How much JavaScript a visitor downloads, per page type. The player is the
 * heaviest island on the site (it carries the engine) and its page is the
 * one opened on slow office and phone connections; the home, catalogue,
 * lesson, learning path and glossary pages are static and should ship no
 * framework JavaScript at all.
 */

/** One page of each type, as routes of the built site, with the most each may ship. */
export const pageTypes = [
  { type: 'home', route: '/en/', atMostKb: 5 },
  { type: 'catalogue', route: '/en/scenarios/', atMostKb: 5 },
  { type: 'lesson', route: '/en/lessons/unified-formats/', atMostKb: 5 },
  { type: 'path', route: '/en/paths/sales/', atMostKb: 5 },
  { type: 'glossary', route: '/en/mistakes/', atMostKb: 5 },
  { type: 'player', route: '/en/scenarios/master-data-basics/', atMostKb: 150 },
] as const;

/** Only used to resolve the page's URLs against one another; nothing is fetched. */
const siteOrigin = 'https://crm-drill.invalid';

export interface PageScriptsOptions {
  /** The project folder, holding dist/. */
  readonly root: string;
  /** Build the site even when dist/ exists, so the figures are not measured on a stale build. */
  readonly build: boolean;
}

/**
 * For each page type, the total gzip size (level 9, as a server would serve
 * it precompressed) of every script the page loads: external files reached
 * from its script tags, modulepreload links and island URLs, following
 * their static and dynamic imports, each counted once; plus the inline
 * scripts in the HTML. "n/a" while a page does not exist, never a guess.
 */
export function measurePageScripts({ root, build }: PageScriptsOptions): Figure[] {
  if (build || !existsSync(join(root, 'dist'))) {
    if (!buildSite(root)) return pageTypes.flatMap(({ type }) => unavailable(type, 'site build failed'));
  }
  return pageTypes.flatMap((page) => measurePage(join(root, 'dist', 'client'), page));
}

function measurePage(clientDir: string, { type, route, atMostKb }: (typeof pageTypes)[number]): Figure[] {
  const pageUrl = new URL(route, siteOrigin);
  const pageFile = fileOf(clientDir, pageUrl);
  if (!existsSync(pageFile)) return unavailable(type, `${route} not built`);

  const html = readFileSync(pageFile, 'utf8');
  const { sizes, elsewhere } = collectModules(clientDir, scriptUrls(html, pageUrl), route);
  const inlineBytes = inlineScripts(html).reduce((sum, code) => sum + gzipBytes(Buffer.from(code)), 0);
  const fileBytes = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
  const elsewhereNote = elsewhere.length === 0 ? '' : `; ${elsewhere.length} from other sites not counted`;

  return [
    {
      name: `${type}.jsKbGzip`,
      value: round((fileBytes + inlineBytes) / 1000, 2),
      unit: 'kB gzip',
      target: { atMost: atMostKb },
      note: `${route}: ${sizes.size} files (${round(inlineBytes / 1000, 2)} kB of it inline)${elsewhereNote}`,
    },
  ];
}

function unavailable(type: string, why: string): Figure[] {
  return [notAvailable(`${type}.jsKbGzip`, 'kB gzip', why)];
}

/** Runs the ordinary site build, its output shown as it goes; false when the build fails. */
function buildSite(root: string): boolean {
  console.log('dist/ is missing or a rebuild was asked for: running `npx astro build`');
  return spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' }).status === 0;
}

/** The file under dist/client that serves a URL of the site. */
function fileOf(clientDir: string, url: URL): string {
  const path = decodeURIComponent(url.pathname);
  return join(clientDir, path.endsWith('/') ? `${path}index.html` : path);
}

function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Where the page's JavaScript starts: script src, modulepreload links, and each island's component and renderer. */
function scriptUrls(html: string, pageUrl: URL): URL[] {
  const urls: URL[] = [];
  for (const [, tag, attributeText] of html.matchAll(/<(script|link|astro-island)\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText);
    const wanted =
      tag.toLowerCase() === 'script'
        ? [attributes.get('src')]
        : tag.toLowerCase() === 'link'
          ? [attributes.get('rel')?.split(/\s+/).includes('modulepreload') ? attributes.get('href') : undefined]
          : [attributes.get('component-url'), attributes.get('renderer-url'), attributes.get('before-hydration-url')];
    for (const value of wanted) if (value) urls.push(new URL(value, pageUrl));
  }
  return urls;
}

/** Attribute values of one tag, with the few entities Astro writes into URLs decoded. */
function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, doubleQuoted, singleQuoted, bare] of text.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const value = doubleQuoted ?? singleQuoted ?? bare ?? '';
    attributes.set(name.toLowerCase(), value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
  }
  return attributes;
}

/** The bodies of script tags that hold JavaScript written into the HTML itself. */
function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributeText, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = parseAttributes(attributeText);
    const type = attributes.get('type') ?? '';
    const isJavaScript = type === '' || type === 'module' || type === 'text/javascript';
    if (!attributes.has('src') && isJavaScript && body.trim() !== '') scripts.push(body);
  }
  return scripts;
}

/**
 * Static imports, re-exports, side-effect imports and dynamic imports of
 * relative or site-absolute .js files, as Vite writes them minified:
 * `from"./a.js"`, `import"./b.js"`, `import("./c.js")`.
 */
function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(["'])((?:\.{1,2}\/|\/)[^"'\s]+?\.m?js)\1/g)].map((match) => match[2]);
}

/** Follows imports from the entry URLs, reading each file of the site once; URLs on other sites are listed, not read. */
function collectModules(clientDir: string, entries: readonly URL[], route: string): { sizes: Map<string, number>; elsewhere: string[] } {
  const sizes = new Map<string, number>();
  const elsewhere = new Set<string>();
  const queue = entries.map((url) => ({ url, from: route }));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { url, from } = next;
    if (url.origin !== siteOrigin) {
      elsewhere.add(url.href);
      continue;
    }
    if (sizes.has(url.pathname)) continue;
    const file = fileOf(clientDir, url);
    if (!existsSync(file))
      throw new Error(`${url.pathname} is loaded by ${from} but ${file} does not exist. Is dist/ from an older build? Run \`npm run bench -- --build\`.`);
    const content = readFileSync(file);
    sizes.set(url.pathname, gzipBytes(content));
    for (const specifier of importsOf(content.toString('utf8'))) queue.push({ url: new URL(specifier, url), from: url.pathname });
  }
  return { sizes, elsewhere: [...elsewhere] };
}
