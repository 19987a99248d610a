import { describe, expect, it } from 'vitest';
import { howToHeadings, sectionsOf, sectionUnder } from './lesson-sections.ts';

const rendered = [
  '<h2 id="what-went-wrong">What went wrong</h2>',
  '<p>A second record was created.</p>',
  '<h2 id="why-it-matters">Why it <em>matters</em></h2>',
  '<p>Two records split one history.</p>',
  '<h2 id="how-to-do-it-right">How to do it right</h2>',
  '<ul>\n<li>Search first.</li>\n</ul>',
].join('\n');

describe('sectionsOf', () => {
  it('cuts a rendered lesson at each h2, keeping the heading text and the HTML up to the next one', () => {
    expect(sectionsOf(rendered)).toEqual([
      { heading: 'What went wrong', html: '<p>A second record was created.</p>' },
      { heading: 'Why it matters', html: '<p>Two records split one history.</p>' },
      { heading: 'How to do it right', html: '<ul>\n<li>Search first.</li>\n</ul>' },
    ]);
  });

  it('leaves out what comes before the first heading, and finds nothing in a lesson without headings', () => {
    expect(sectionsOf('<p>intro</p><h2>Only</h2><p>body</p>')).toEqual([{ heading: 'Only', html: '<p>body</p>' }]);
    expect(sectionsOf('<p>no headings</p>')).toEqual([]);
  });

  it('reads headings as a reader sees them: entities decoded, spaces collapsed', () => {
    expect(sectionsOf('<h2 id="x">Quotes &amp;\n  orders</h2><p>x</p>')[0]?.heading).toBe('Quotes & orders');
  });

  it('does not mistake an h3 or a code sample for a section', () => {
    const html = '<h2>How to do it right</h2><h3>Sub</h3><pre><code>&lt;h2&gt;no&lt;/h2&gt;</code></pre>';
    expect(sectionsOf(html)).toEqual([{ heading: 'How to do it right', html: '<h3>Sub</h3><pre><code>&lt;h2&gt;no&lt;/h2&gt;</code></pre>' }]);
  });
});

describe('sectionUnder', () => {
  it('finds the how-to section by its heading in each language, wherever it sits', () => {
    expect(sectionUnder(rendered, howToHeadings.en)).toBe('<ul>\n<li>Search first.</li>\n</ul>');
    const zh = '<h2 id="正确的做法">正确的做法</h2>\n<ul><li>先搜索。</li></ul>\n<h2>附注</h2><p>…</p>';
    expect(sectionUnder(zh, howToHeadings['zh-cn'])).toBe('<ul><li>先搜索。</li></ul>');
  });

  it('answers undefined when the lesson has no such section', () => {
    expect(sectionUnder(rendered, howToHeadings['zh-cn'])).toBeUndefined();
  });
});
