import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown a consultant wrote in the browser, as trainees see it: rendered
 * by marked, then sanitised, on the server only. The editor's preview comes
 * from the same function (POST /api/lessons/preview), so what the consultant
 * previews is exactly what a trainee gets, and no Markdown parser reaches
 * the player's bundle.
 *
 * The text is someone's input, so only what a lesson needs survives:
 * headings, paragraphs, lists, emphasis, code, quotes, tables, rules and
 * links to http(s) or mail addresses. Raw HTML tags are dropped with their
 * content when they are scripts or styles, and unwrapped otherwise; a link to
 * `javascript:` or any other scheme loses its href. Links open in a new tab,
 * so a trainee following one mid-scenario keeps their attempt.
 */

const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'target', 'rel'], th: ['align'], td: ['align'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // A lesson's title is its page's h1: headings inside it start one level down.
  transformTags: {
    h1: 'h2',
    a: (tagName, { href }): sanitizeHtml.Tag => ({ tagName, attribs: href !== undefined && /^(https?:|mailto:)/i.test(href) ? { href, target: '_blank', rel: 'noopener noreferrer' } : {} }),
  },
};

export function renderLessonMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, allowed);
}
