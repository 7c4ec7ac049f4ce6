/**
 * Plain text made safe to hand to something that will read it as HTML. An RSS 2.0
 * <description> is HTML to feed readers: @astrojs/rss escapes it once for XML, which a
 * reader undoes before rendering, so editor text such as "<img onerror=…>" needs
 * escaping once more to stay text (tests/e2e/hostile-input.test.ts checks the feeds).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
