/**
 * What a built HTML page asks of a Content-Security-Policy: the inline script
 * and style blocks that need a hash, the external scripts it loads, and
 * anything no hash-based policy can allow (event-handler attributes, style
 * attributes, javascript: URLs), which would silently break under the policy.
 */
import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';

/** Script types a browser runs (HTML spec "JavaScript MIME type essence match", plus module and importmap). */
const RUNNABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

export interface PageScan {
  /** Text of inline scripts a browser would run. */
  inlineScripts: string[];
  /** Text of inline <style> elements. */
  inlineStyles: string[];
  /** src of every external script, in page order. */
  scriptSources: string[];
  /** Things a hash-based policy blocks or must never allow, described for an error message. */
  blocked: string[];
  /** Non-running script blocks (JSON-LD, JSON data): their type and text. */
  dataBlocks: { type: string; text: string }[];
}

/** The CSP source for a block of inline text: 'sha256-<base64>' without quotes. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export function isRunnableScript(element: HTMLElement): boolean {
  const type = (element.getAttribute('type') ?? '').trim().toLowerCase().split(';')[0]!.trim();
  return RUNNABLE_TYPES.has(type);
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'];
const SCRIPT_URL = /^\s*(javascript|vbscript):/i;

function describe(element: HTMLElement): string {
  const id = element.id ? `#${element.id}` : '';
  const cls = element.classList.value.length ? `.${element.classList.value.join('.')}` : '';
  return `<${element.tagName.toLowerCase()}${id}${cls}>`;
}

export function scanPage(html: string): PageScan {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const scan: PageScan = { inlineScripts: [], inlineStyles: [], scriptSources: [], blocked: [], dataBlocks: [] };
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (!isRunnableScript(script)) scan.dataBlocks.push({ type: script.getAttribute('type') ?? '', text: script.rawText });
    else if (src !== undefined) scan.scriptSources.push(src);
    else scan.inlineScripts.push(script.rawText);
  }
  for (const style of root.querySelectorAll('style')) scan.inlineStyles.push(style.rawText);
  for (const element of root.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) scan.blocked.push(`${describe(element)} has an event-handler attribute ${attribute}="${value.slice(0, 60)}"`);
      else if (attribute === 'style') scan.blocked.push(`${describe(element)} has a style attribute style="${value.slice(0, 60)}"`);
      else if (URL_ATTRIBUTES.includes(attribute) && SCRIPT_URL.test(value)) scan.blocked.push(`${describe(element)} has a script URL in ${attribute}="${value.slice(0, 60)}"`);
    }
  }
  return scan;
}
