/**
 * The shared field types in src/schemas/fields.ts: what each accepts, what it
 * refuses, and the words an editor reads when it refuses.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  charityNumber, companyNumber, count, email, endNotBeforeStart, image, isoDate, link, money, optional, optionalText, phone, postcode, ref, slug, text, time, webUrl,
} from '../../src/schemas/fields';

/** The message of the first problem, or undefined when the value is accepted. */
function refusal(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0].message;
}
const accepts = (schema: z.ZodType, values: unknown[]) => values.forEach((v) => expect(refusal(schema, v), String(v)).toBeUndefined());
const refuses = (schema: z.ZodType, values: unknown[]) => values.forEach((v) => expect(refusal(schema, v), String(v)).toBeDefined());

describe('postcode', () => {
  it('accepts full UK postcodes, including the borough\'s N, EN and NW districts', () => {
    accepts(postcode, ['N3 1AB', 'EN5 4QS', 'NW9 5LL', 'NW11 7HB', 'EN4 8SR', 'W1A 1AA', 'EC1A 1BB', 'GIR 0AA']);
  });

  it('accepts lower case and missing spaces, storing capitals with one space', () => {
    expect(postcode.parse('n3 1ab')).toBe('N3 1AB');
    expect(postcode.parse('nw95ll')).toBe('NW9 5LL');
    expect(postcode.parse('  en5 4qs ')).toBe('EN5 4QS');
  });

  it('refuses an outward code on its own, and things that are not postcodes', () => {
    expect(refusal(postcode, 'N3')).toBe('must be a full UK postcode such as "N3 1AB" or "EN5 4QS"');
    refuses(postcode, ['N3 1A', 'NW9', '12345', 'N3 1ABC', 'QN3 1AB', '', 3]);
  });
});

describe('charity number', () => {
  it('accepts 6 or 7 digits in quotes', () => {
    accepts(charityNumber, ['1123456', '202918', ' 1123456 ']);
  });

  it('refuses other lengths and letters, saying what a charity number looks like', () => {
    expect(refusal(charityNumber, '12345')).toBe('must be a charity number for England and Wales: 6 or 7 digits, e.g. "1123456"');
    refuses(charityNumber, ['12345678', 'CH1123456', '112 3456']);
  });

  it('refuses an unquoted number, asking for quotes', () => {
    expect(refusal(charityNumber, 1123456)).toBe('must be written in quotes as 6 or 7 digits, e.g. "1123456"');
  });
});

describe('company number', () => {
  it('accepts 8 digits with leading zeros, or two letters and six digits', () => {
    accepts(companyNumber, ['01234567', '12345678', 'SC123456', 'NI123456']);
  });

  it('refuses 7 digits (a lost leading zero) and other shapes', () => {
    expect(refusal(companyNumber, '1234567')).toMatch(/^must be a Companies House number of 8 characters/);
    refuses(companyNumber, ['SC12345', '012345678', 'S1234567', 1234567]);
  });
});

describe('phone', () => {
  it('accepts UK numbers starting 0 or +44, with or without spaces', () => {
    accepts(phone, ['020 8359 2000', '02083592000', '+44 20 8359 2000', '+442083592000', '07700 900123', '0800 123 4567', '01992 123456']);
  });

  it('refuses short, foreign and bracketed numbers, and unquoted digits', () => {
    expect(refusal(phone, '0208 359')).toBe('must be a UK phone number starting 0 or +44 with 10 or 11 digits, e.g. "020 8359 2000"');
    refuses(phone, ['8359 2000', '+1 555 123 4567', '(020) 8359 2000', '020-8359-2000', 2083592000]);
  });
});

describe('email', () => {
  it('accepts an address and refuses things that are not one', () => {
    accepts(email, ['hello@example.org', 'info@barnet-food.example.org']);
    expect(refusal(email, 'hello at example.org')).toBe('must be an email address, e.g. hello@example.org');
    refuses(email, ['hello@', '@example.org', 'mailto:hello@example.org']);
  });
});

describe('web address (webUrl)', () => {
  it('accepts only http and https addresses', () => {
    accepts(webUrl, ['https://example.org', 'http://example.org/path?x=1#top']);
  });

  it('refuses other schemes, script and addresses without a scheme', () => {
    expect(refusal(webUrl, 'www.example.org')).toBe('must be a web address starting https:// or http://');
    refuses(webUrl, ['javascript:alert(1)', 'ftp://files.example.org', 'mailto:hello@example.org', 'tel:+442079460000', 'https://', '/about/', 'data:text/html,hi']);
  });
});

describe('link', () => {
  it('accepts web addresses, email and phone links, and paths on this site', () => {
    accepts(link, ['https://example.org', 'http://example.org', 'mailto:hello@example.org', 'tel:+442079460000', 'tel:020 7946 0000', '/meetings/2021-06-01/', '/uploads/minutes.pdf']);
  });

  it('refuses links that can run script or leave the site unannounced', () => {
    expect(refusal(link, 'javascript:alert(1)')).toBe('must start https://, http://, mailto: or tel:, or be a path on this site starting with /');
    refuses(link, ['JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', '//evil.example.org', 'relative/path', 'mailto:', 'tel:call-me']);
  });
});

describe('money', () => {
  it('accepts pounds with up to two decimal places', () => {
    accepts(money, [0, 1, 12500, 99.5, 0.07, 19.99, 1234.56, 126000]);
  });

  it('refuses three decimal places', () => {
    expect(refusal(money, 0.125)).toBe('must have at most two decimal places (pence)');
    refuses(money, [1.005, 10.001]);
  });

  it('refuses negative amounts', () => {
    expect(refusal(money, -1)).toBe('must be zero or more: amounts cannot be negative');
    refuses(money, [-0.01]);
  });

  it('refuses amounts written as text, with £ signs or commas', () => {
    expect(refusal(money, '£5,000')).toBe('must be an amount in pounds written as a number, e.g. 12500 or 99.50 (no £ sign or commas)');
    refuses(money, ['12500', NaN, Infinity, null]);
  });
});

describe('count', () => {
  it('accepts whole numbers from zero and refuses fractions and negatives', () => {
    accepts(count, [0, 14, 37]);
    expect(refusal(count, 1.5)).toBe('must be a whole number');
    expect(refusal(count, -1)).toBe('must be zero or more');
    expect(refusal(count, 'fourteen')).toBe('must be a whole number, e.g. 14');
  });
});

describe('date (isoDate)', () => {
  it('accepts YYYY-MM-DD, including 29 February in a leap year', () => {
    accepts(isoDate, ['2021-03-24', '2024-02-29', '1999-12-31']);
  });

  it('accepts a Date, as YAML gives for an unquoted date, and stores the YYYY-MM-DD text', () => {
    expect(isoDate.parse(new Date('2021-03-24T00:00:00Z'))).toBe('2021-03-24');
  });

  it('refuses days that do not exist', () => {
    expect(refusal(isoDate, '2021-02-30')).toBe('is not a real calendar date');
    refuses(isoDate, ['2023-02-29', '2021-13-01', '2021-04-31', '2021-00-10']);
  });

  it('refuses other ways of writing a date, with one message', () => {
    const result = isoDate.safeParse('24/03/2021');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['must be a date written YYYY-MM-DD, e.g. 2021-03-24']);
    refuses(isoDate, ['2021-3-24', '24 March 2021', 20210324, new Date('not a date')]);
  });
});

describe('time', () => {
  it('accepts HH:MM on the 24-hour clock and refuses other forms', () => {
    accepts(time, ['00:00', '09:30', '18:30', '23:59']);
    expect(refusal(time, '6pm')).toBe('must be a time written HH:MM on the 24-hour clock, e.g. 18:30');
    refuses(time, ['24:00', '9:30', '18.30', '12:60', 1110]);
  });
});

describe('ids (slug and ref)', () => {
  it('accept lower-case words joined by single hyphens', () => {
    accepts(slug, ['round-1', 'barnet-food-hub', 'a1']);
    accepts(ref('an organisation'), ['barnet-food-hub']);
  });

  it('refuse capitals, spaces, underscores and doubled or trailing hyphens', () => {
    refuses(slug, ['Round-1', 'round 1', 'round_1', 'round--1', '-round', 'round-']);
    expect(refusal(ref('an organisation'), 'Barnet Food Hub')).toBe('must be the id of an organisation: lower-case letters, digits and hyphens');
    expect(refusal(ref('an organisation'), 12)).toBe('must be the id of an organisation');
  });
});

describe('text', () => {
  it('refuses empty or blank text, and text over its limit', () => {
    expect(refusal(text(), '')).toBe('must not be empty');
    expect(refusal(text(), '   ')).toBe('must not be empty');
    expect(refusal(text(5), 'too long')).toBe('must be at most 5 characters');
    expect(text(5).parse('  short ')).toBe('short');
  });

  it('treats an empty optional field from the CMS as not given', () => {
    expect(optionalText(10).parse('')).toBeUndefined();
    expect(optionalText(10).parse(null)).toBeUndefined();
    expect(optional(webUrl).parse('')).toBeUndefined();
    expect(refusal(optional(webUrl), 'www.example.org')).toBe('must be a web address starting https:// or http://');
  });
});

describe('image', () => {
  it('needs an uploaded file and alt text', () => {
    accepts(image, [{ src: '/uploads/logo.png', alt: 'Logo' }, { src: '/uploads/photo.JPEG', alt: 'A photo' }]);
    refuses(image, [{ src: 'https://example.org/logo.png', alt: 'Logo' }, { src: '/uploads/logo.png' }, { src: '/uploads/logo.png', alt: '' }, { src: '/uploads/file.pdf', alt: 'File' }]);
  });
});

describe('end not before start', () => {
  const span = z.object({ start: optional(isoDate), end: optional(isoDate) }).superRefine(endNotBeforeStart('start', 'end'));

  it('accepts an end on or after the start, or a missing date', () => {
    accepts(span, [{ start: '2021-01-01', end: '2021-01-01' }, { start: '2021-01-01', end: '2021-12-31' }, { start: '2021-01-01' }, {}]);
  });

  it('does not compare with a start that is itself malformed (that is reported on its own)', () => {
    const result = span.safeParse({ start: '2021/05/01', end: '2021-04-01' });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['start'], 'must be a date written YYYY-MM-DD, e.g. 2021-03-24']]);
  });

  it('refuses an end before the start, on the end field', () => {
    const result = span.safeParse({ start: '2021-05-01', end: '2021-04-01' });
    expect(result.error?.issues).toMatchObject([{ path: ['end'], message: 'must not be before start (2021-05-01); it is 2021-04-01' }]);
  });
});

describe('optional groups of fields cleared in the CMS', () => {
  it('treats a logo whose fields were all cleared as no logo', async () => {
    const { optional, image } = await import('../../src/schemas/fields');
    expect(optional(image).parse({ src: '', alt: '' })).toBeUndefined();
    expect(optional(image).parse(null)).toBeUndefined();
  });
  it('still refuses a half-filled logo', async () => {
    const { optional, image } = await import('../../src/schemas/fields');
    expect(optional(image).safeParse({ src: '/uploads/logo.png', alt: '' }).success).toBe(false);
  });
});
