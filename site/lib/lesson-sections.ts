import type { LocalePath } from '../i18n/locales.ts';

/**
 * Every lesson has three `##` sections — what went wrong, why it matters, how
 * to do it right — under headings worded in its own language. The role guides
 * print only the last one, found by its heading rather than its position, so
 * a lesson that gains a section still gives the right one (site/content.test.ts
 * checks that every lesson has it).
 */
export const howToHeadings: Readonly<Record<LocalePath, string>> = {
  en: 'How to do it right',
  'zh-cn': '正确的做法',
};

/** One `<h2>` of a rendered lesson: its text, and the HTML after it up to the next `<h2>`. */
export interface HtmlSection {
  readonly heading: string;
  readonly html: string;
}

const h2 = /<h2\b[^>]*>([\s\S]*?)<\/h2>/g;
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

/** The text a reader sees in a heading's HTML: tags dropped, common entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A rendered lesson cut at its `<h2>` headings; anything before the first heading is left out. */
export function sectionsOf(html: string): HtmlSection[] {
  const headings = [...html.matchAll(h2)];
  return headings.map((match, index) => {
    const start = match.index + match[0].length;
    const end = headings[index + 1]?.index ?? html.length;
    return { heading: textOf(match[1]!), html: html.slice(start, end).trim() };
  });
}

/** The HTML of the section under `heading` in a rendered lesson, or undefined when it has none. */
export function sectionUnder(html: string, heading: string): string | undefined {
  return sectionsOf(html).find((section) => section.heading === heading)?.html;
}
