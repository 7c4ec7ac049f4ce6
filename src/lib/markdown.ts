/**
 * The only way editor-written Markdown becomes HTML, on the site and in CMS
 * previews. Raw HTML is not trusted: everything passes an allow-list, and links
 * may only be http(s), mailto, tel or paths on this site.
 */
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'a', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr'],
  allowedAttributes: { a: ['href', 'title'], abbr: ['title'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A heading level 1 belongs to the page, not the body: demote to keep one h1.
    h1: 'h2',
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      if (!SAFE_LINK.test(href)) return { tagName: 'span', attribs: {} };
      const external = /^https?:\/\//i.test(href);
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener' } : attribs };
    },
  },
  allowedClasses: {},
};
options.allowedAttributes = { ...options.allowedAttributes, a: ['href', 'title', 'rel'] };

/** Markdown (from an editor) to sanitised HTML, safe for set:html. */
export function renderMarkdown(markdown: string | undefined): string {
  if (!markdown?.trim()) return '';
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return sanitizeHtml(html, options);
}

/** Plain text of some Markdown, for summaries and meta descriptions. */
export function markdownToText(markdown: string | undefined): string {
  return sanitizeHtml(renderMarkdown(markdown), { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
