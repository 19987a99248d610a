import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { notBuilt, startBuiltServer } from './built-server.ts';
import { notAvailable, round, type Figure } from './figures.ts';

/**
 * Lighthouse's scores for the pages a trainee opens most, run against the
 * built site served by its own production server, in Lighthouse's default
 * mobile emulation (a mid-range phone on a throttled connection): the
 * harshest view, and the one office Wi-Fi and phones in a warehouse see.
 */

const audited = [
  { type: 'home', route: '/en/', performance: 95 },
  { type: 'catalogue', route: '/en/scenarios/', performance: 95 },
  { type: 'lesson', route: '/en/lessons/unified-formats/', performance: 95 },
  { type: 'player', route: '/en/scenarios/master-data-basics/', performance: 90 },
] as const;

const accessibilityAtLeast = 95;
const clsAtMost = 0.05;

/** Debian's Chromium unless CHROME_PATH names another. */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export async function measureLighthouse(root: string): Promise<Figure[]> {
  const why = !existsSync(chromePath) ? `no browser at ${chromePath} (set CHROME_PATH)` : notBuilt(root);
  if (why !== undefined) return audited.flatMap(({ type }) => unavailable(type, why));

  const server = await startBuiltServer(root);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const figures: Figure[] = [];
    for (const page of audited) figures.push(...(await audit(page, chrome.port, server.origin)));
    return figures;
  } finally {
    chrome.kill();
    await server.stop();
  }
}

async function audit({ type, route, performance }: (typeof audited)[number], chromePort: number, origin: string): Promise<Figure[]> {
  const result = await lighthouse(`${origin}${route}`, { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (result === undefined) return unavailable(type, `Lighthouse returned nothing for ${route}`);
  const { categories, audits } = result.lhr;
  const score = (category: string) => (categories[category]?.score == null ? null : round(categories[category].score! * 100, 0));
  const cls = audits['cumulative-layout-shift']?.numericValue;
  return [
    { name: `lighthouse.${type}.performance`, value: score('performance'), unit: 'score', target: { atLeast: performance }, note: route },
    { name: `lighthouse.${type}.accessibility`, value: score('accessibility'), unit: 'score', target: { atLeast: accessibilityAtLeast } },
    { name: `lighthouse.${type}.cls`, value: cls === undefined ? null : round(cls, 3), unit: 'CLS', target: { atMost: clsAtMost } },
  ];
}

function unavailable(type: string, why: string): Figure[] {
  return ['performance', 'accessibility', 'cls'].map((metric) => notAvailable(`lighthouse.${type}.${metric}`, metric === 'cls' ? 'CLS' : 'score', why));
}
