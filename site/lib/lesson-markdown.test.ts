import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderLessonMarkdown } from './lesson-markdown.ts';

/** Markdown and HTML a hostile or careless author could write, each of which would run or load something if it survived. */
const hostile = [
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.example"><input name="q" autofocus onfocus="alert(1)"></form>',
  '<a href="jav&#x61;script:alert(1)">entity</a>',
  '<a href="java\nscript:alert(1)">split</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="//evil.example/x">protocol-relative</a>',
  '<javascript:alert(1)>',
  '[ref][evil]\n\n[evil]: javascript:alert(1)',
  '![pic](javascript:alert(1)) ![pic](https://evil.example/track.png)',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<!-- --><script>alert(1)</script><!-- -->',
  '<scr<script>ipt>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle="alert(1)">d</details>',
  '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
];

/** Every tag in the output (text shown as code is escaped, `&lt;svg`, so it is no tag), with its attributes. */
const tagsOf = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)].map(([, name, attributes]) => ({ name: name.toLowerCase(), attributes }));

/** What survives must be inert: only the lesson's tags, no event handler, no style, and links only to http(s) or mail. */
function expectInert(html: string): void {
  for (const { name, attributes } of tagsOf(html)) {
    expect(['h2', 'h3', 'h4', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'], html).toContain(name);
    expect(attributes, html).not.toMatch(/\s(on[a-z]+|style|src)\s*=/i);
    for (const [, href] of attributes.matchAll(/href="([^"]*)"/g)) expect(href, html).toMatch(/^(https?:\/\/|mailto:)/);
  }
}

describe('renderLessonMarkdown', () => {
  it('renders what a lesson uses: headings one level under the title, lists, emphasis, code, links in a new tab', () => {
    const html = renderLessonMarkdown('# Why\n\n## How\n\n1. Open **Customers**.\n2. Type `+86 21 5555 0101`.\n\nSee [the guide](https://example.com/guide).');
    expect(html).toContain('<h2>Why</h2>');
    expect(html).toContain('<h2>How</h2>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<strong>Customers</strong>');
    expect(html).toContain('<code>+86 21 5555 0101</code>');
    expect(html).toContain('<a href="https://example.com/guide" target="_blank" rel="noopener noreferrer">the guide</a>');
  });

  it('drops scripts, event handlers, styles and links to javascript: or data:', () => {
    const html = renderLessonMarkdown(
      'Hi <script>alert(1)</script><img src=x onerror="alert(2)"> <style>body{}</style>\n\n[click](javascript:alert(3)) [data](data:text/html,<b>x</b>) <a href="JaVaScRiPt:alert(4)" onclick="alert(5)">raw</a>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|alert|<img|<style|data:/i);
    expect(html).toContain('click');
    expect(html).toContain('raw');
  });

  it('leaves nothing that runs or loads from SVG, frames, forms, encoded or split schemes, protocol-relative links, images or styles', () => {
    for (const markdown of hostile) expectInert(renderLessonMarkdown(markdown));
    expect(renderLessonMarkdown(hostile[7])).toContain('protocol-relative');
    expect(renderLessonMarkdown(hostile[16])).toContain('<a href="https://ok.example" target="_blank" rel="noopener noreferrer">ok</a>');
  });

  it('leaves nothing that runs, whatever the hostile pieces are mixed with', () => {
    const piece = fc.oneof(
      fc.constantFrom(...hostile),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('\n\n', '# ', '- ', '> ', '`', '```\n', '|a|b|\n|-|-|\n', '[', '](', ')', '<', '>', '"', "'"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectInert(renderLessonMarkdown(pieces.join('')))),
      { numRuns: 300 },
    );
  });
});
