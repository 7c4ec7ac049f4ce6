/**
 * What a built HTML page asks of a Content-Security-Policy: the inline script
 * and style blocks that need a hash, the external scripts it loads, and
 * anything no hash-based policy can allow (event-handler attributes, style
 * attributes, javascript: URLs), which would silently break under the policy.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

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

/** True when a <script> with this type attribute runs (rather than holding data such as JSON-LD). */
export function isRunnableType(type: string | null | undefined): boolean {
  return RUNNABLE_TYPES.has((type ?? '').trim().toLowerCase().split(';')[0]!.trim());
}

export function isRunnableScript(element: { getAttribute(name: string): string | null | undefined }): boolean {
  return isRunnableType(element.getAttribute('type'));
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'];
const SCRIPT_URL = /^\s*(javascript|vbscript):/i;

function describe(tag: string, attributes: Record<string, string>): string {
  const id = attributes.id ? `#${attributes.id}` : '';
  const classes = (attributes.class ?? '').split(/\s+/).filter(Boolean);
  return `<${tag}${id}${classes.length ? `.${classes.join('.')}` : ''}>`;
}

/**
 * One streaming pass over the page (htmlparser2's tokenizer): the build scans
 * every page, and building a DOM for each cost a sixth of a 1,000-organisation
 * build. Script and style text arrives raw (never entity-decoded), as the
 * browser hashes it; attribute values arrive decoded, as the browser reads them.
 */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { inlineScripts: [], inlineStyles: [], scriptSources: [], blocked: [], dataBlocks: [] };
  let open: { tag: 'script' | 'style'; attributes: Record<string, string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        for (const [name, value] of Object.entries(attributes)) {
          if (name.startsWith('on')) scan.blocked.push(`${describe(tag, attributes)} has an event-handler attribute ${name}="${value.slice(0, 60)}"`);
          else if (name === 'style') scan.blocked.push(`${describe(tag, attributes)} has a style attribute style="${value.slice(0, 60)}"`);
          else if (URL_ATTRIBUTES.includes(name) && SCRIPT_URL.test(value)) scan.blocked.push(`${describe(tag, attributes)} has a script URL in ${name}="${value.slice(0, 60)}"`);
        }
        if (tag === 'script' || tag === 'style') open = { tag, attributes, text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(tag) {
        if (!open || tag !== open.tag) return;
        const { attributes, text } = open;
        open = undefined;
        if (tag === 'style') scan.inlineStyles.push(text);
        else if (!isRunnableType(attributes.type)) scan.dataBlocks.push({ type: attributes.type ?? '', text });
        else if (attributes.src !== undefined) scan.scriptSources.push(attributes.src);
        else scan.inlineScripts.push(text);
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  return scan;
}
