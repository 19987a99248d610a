import { describe, expect, it } from 'vitest';
import { renderLessonMarkdown } from './lesson-markdown.ts';

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
});
