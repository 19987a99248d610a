import type { ScenarioSummary } from '../server/scenario-source.ts';
import type { LocaleId } from '../i18n/locales.ts';

/**
 * The catalogue's cards for scenarios consultants published, added in the
 * browser from `GET /api/scenarios`: each a copy of the page's card
 * template, filled in. Without a server there is nothing to add, and the
 * catalogue is the built-in scenarios alone.
 */
export interface PublishedCardText {
  readonly locale: LocaleId;
  /** Each with its `{placeholder}`, from the page's catalogue. */
  readonly difficulty: string;
  readonly minutes: string;
  readonly steps: string;
  readonly uploaded: string;
  /** Names of roles (`role.trainee`) and topics (`topic.sales`). */
  readonly labels: Readonly<Record<string, string>>;
}

interface Listed extends ScenarioSummary {
  readonly publishedBy: { readonly name: string };
}

const fill = (pattern: string, name: string, value: string | number) => pattern.replace(`{${name}}`, String(value));

/** The published scenarios, or none when the API is not there (a static copy of the site) or says no. */
export async function fetchPublished(): Promise<Listed[]> {
  try {
    const response = await fetch('/api/scenarios', { cache: 'no-store' });
    return response.ok ? ((await response.json()) as { scenarios: Listed[] }).scenarios : [];
  } catch {
    return [];
  }
}

/** One card from the template: the same markup, classes and data attributes (for the filter) as a built-in one. */
export function publishedCard(template: HTMLTemplateElement, scenario: Listed, text: PublishedCardText, playUrl: string): HTMLElement {
  const card = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const part = <T extends HTMLElement = HTMLElement>(selector: string) => card.querySelector<T>(selector)!;
  const title = scenario.title[text.locale];
  const href = `${playUrl}?id=${encodeURIComponent(scenario.id)}`;
  card.dataset.difficulty = String(scenario.difficulty);
  card.dataset.topic = scenario.topics.join(' ');
  part<HTMLAnchorElement>('h2 a').href = href;
  part('h2 a').textContent = title;
  part('[data-part=dots]').textContent = '●'.repeat(scenario.difficulty) + '○'.repeat(5 - scenario.difficulty);
  part('.difficulty').title = fill(text.difficulty, 'level', scenario.difficulty);
  part('[data-part=level]').textContent = fill(text.difficulty, 'level', scenario.difficulty);
  part('[data-part=minutes]').textContent = fill(text.minutes, 'minutes', scenario.minutes);
  part('[data-part=steps]').textContent = fill(text.steps, 'count', scenario.steps);
  part('[data-part=roles]').append(scenario.roles.map((role) => text.labels[`role.${role}`] ?? role).join(', '));
  // The template's one chip is copied for each topic, so each keeps the page's styles.
  const chip = part('.topic');
  chip.remove();
  for (const topic of scenario.topics) {
    const one = chip.cloneNode() as HTMLElement;
    one.textContent = text.labels[`topic.${topic}`] ?? topic;
    part('.topics').append(one);
  }
  part('.briefing').textContent = scenario.briefing[text.locale].split('\n')[0];
  part('.uploaded').textContent = fill(text.uploaded, 'name', scenario.publishedBy.name);
  part('[data-part=not-yet]').hidden = scenario.playsInBrowser;
  const play = part<HTMLAnchorElement>(scenario.playsInBrowser ? '[data-part=play]' : '[data-part=preview]');
  play.href = href;
  play.setAttribute('aria-label', `${play.textContent?.trim()}: ${title}`);
  (scenario.playsInBrowser ? part('[data-part=preview]') : part('[data-part=play]')).remove();
  part('finished-mark').dataset.scenario = scenario.id;
  return card;
}
