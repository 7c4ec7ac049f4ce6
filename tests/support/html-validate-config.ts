import type { ConfigData } from 'html-validate';

/**
 * html-validate's recommended preset, with only the changes our output legitimately needs.
 * Each one says why; anything not listed here is held to the preset.
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro leaves the indentation of conditional template lines ({x && <meta>}) behind when
    // x is false; it is whitespace in generated output, invisible to users and assistive tech.
    'no-trailing-whitespace': 'off',
    // Titles are "<entry name> – <site name>", and entry names come from editors: real
    // organisations and projects have long names (the schemas allow up to 150 characters).
    // HTML and WCAG 2.4.2 set no length limit; this rule is a search-engine truncation
    // heuristic, and the distinguishing part of our titles already comes first.
    'long-title': 'off',
  },
};
