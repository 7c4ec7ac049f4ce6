import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../src/lib/markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: paragraphs, emphasis, lists and links', () => {
    const html = renderMarkdown('Hello **there**.\n\n- one\n- two\n\n[Site](https://example.org/)');
    expect(html).toContain('<strong>there</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org/" rel="noopener">Site</a>');
  });

  it('drops script tags written into the body', () => {
    expect(renderMarkdown('Hi <script>alert(1)</script> there')).not.toMatch(/<script|alert\(1\)/);
  });

  it('removes event-handler attributes from raw HTML', () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)"> <p onclick="alert(2)">x</p>');
    expect(html).not.toMatch(/onerror|onclick|<img/);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x'])(
    'turns a %s link into plain text',
    (href) => {
      const html = renderMarkdown(`[click](${href})`);
      expect(html).not.toContain('href=');
      expect(html).toContain('click');
    },
  );

  it('keeps mailto, tel and site-relative links', () => {
    const html = renderMarkdown('[a](mailto:hello@example.org) [b](tel:02083592000) [c](/directory/)');
    expect(html).toContain('href="mailto:hello@example.org"');
    expect(html).toContain('href="tel:02083592000"');
    expect(html).toContain('href="/directory/"');
  });

  it('removes SVG and iframes with their scripts', () => {
    const html = renderMarkdown('<svg><script>alert(1)</script></svg><iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<svg|<iframe|alert/);
  });

  it('demotes a level-one heading so the page keeps a single h1', () => {
    expect(renderMarkdown('# Title').trim()).toBe('<h2>Title</h2>');
  });

  it('returns nothing for an empty body', () => {
    expect(renderMarkdown('  \n')).toBe('');
    expect(renderMarkdown(undefined)).toBe('');
  });
});

describe('markdownToText', () => {
  it('gives the plain words without markup', () => {
    expect(markdownToText('Some **bold** [link](https://example.org/) text')).toBe('Some bold link text');
  });
});
