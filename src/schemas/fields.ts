/**
 * Field types shared by every content schema. Each message is written for a
 * volunteer editor: it says what was wrong and what is allowed, because it is
 * what they read when the build refuses their entry.
 */
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every entry and taxonomy id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z
  .string({ error: 'must be text: lower-case letters, digits and hyphens' })
  .regex(SLUG_PATTERN, 'must be lower-case letters, digits and single hyphens, e.g. "barnet-food-hub"');

/** A reference to another entry, by its id (its file name without ".md"). */
export const ref = (what: string) =>
  z
    .string({ error: `must be the id of ${what}` })
    .regex(SLUG_PATTERN, `must be the id of ${what}: lower-case letters, digits and hyphens`);

/** Plain text that must not be empty. */
export const text = (max?: number) => {
  const base = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
  return max ? base.max(max, `must be at most ${max} characters`) : base;
};

/** Optional text: an empty string from the CMS counts as "not given". */
export const optionalText = (max?: number) =>
  z.preprocess(emptyToUndefined, text(max).optional());

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

// The CMS writes a cleared field as '' or null, and a cleared group of fields
// (a logo, a venue) as an object of empty values: all of these mean "not given".
function emptyToUndefined(value: unknown) {
  if (isBlank(value)) return undefined;
  if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && Object.values(value as object).every(isBlank))
    return undefined;
  return value;
}

/** Make any optional field treat the CMS's empty string or null as "not given". */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted date into a Date,
 * so both forms are accepted and the output is always the YYYY-MM-DD string.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2021-03-24' })
    // abort: a date in the wrong form is one problem, not also "not a real calendar date".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD, e.g. 2021-03-24', abort: true })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      message: 'is not a real calendar date',
    }),
);

/** A time of day on the 24-hour clock, HH:MM. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const time = z
  .string({ error: 'must be a time written HH:MM on the 24-hour clock, e.g. 18:30 (put it in quotes)' })
  .regex(TIME_PATTERN, 'must be a time written HH:MM on the 24-hour clock, e.g. 18:30');

/** Two times can be compared as text only when both are well formed; a malformed one is reported on its own. */
export const bothTimes = (a: unknown, b: unknown): boolean => typeof a === 'string' && typeof b === 'string' && TIME_PATTERN.test(a) && TIME_PATTERN.test(b);

/** An amount of money in pounds: zero or more, at most two decimal places. */
export const money = z
  .number({ error: 'must be an amount in pounds written as a number, e.g. 12500 or 99.50 (no £ sign or commas)' })
  .nonnegative('must be zero or more: amounts cannot be negative')
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'must have at most two decimal places (pence)');

/** A count of things: a whole number, zero or more. */
export const count = z
  .number({ error: 'must be a whole number, e.g. 14' })
  .int('must be a whole number')
  .nonnegative('must be zero or more');

/** A UK postcode such as "N3 1AB" or "EN5 4QS"; stored in capitals with one space, however it was typed. */
export const POSTCODE_PATTERN = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$/i;
export const postcode = z
  .string({ error: 'must be a UK postcode, e.g. "N3 1AB"' })
  .trim()
  .regex(POSTCODE_PATTERN, 'must be a full UK postcode such as "N3 1AB" or "EN5 4QS"')
  // The inward code is always the last three characters: "n31ab" becomes "N3 1AB".
  .transform((s) => s.toUpperCase().replace(/\s*(\d[A-Z]{2})$/, ' $1'));

/** Charity Commission for England and Wales registration number: 6 or 7 digits. */
export const CHARITY_NUMBER_PATTERN = /^\d{6,7}$/;
export const charityNumber = z
  .string({ error: 'must be written in quotes as 6 or 7 digits, e.g. "1123456"' })
  .trim()
  .regex(CHARITY_NUMBER_PATTERN, 'must be a charity number for England and Wales: 6 or 7 digits, e.g. "1123456"');

/** Companies House number: 8 characters, digits or two letters then six digits, leading zeros kept. */
export const COMPANY_NUMBER_PATTERN = /^(\d{8}|[A-Z]{2}\d{6})$/;
export const companyNumber = z
  .string({ error: 'must be written in quotes as 8 characters so leading zeros are kept, e.g. "01234567"' })
  .trim()
  .regex(
    COMPANY_NUMBER_PATTERN,
    'must be a Companies House number of 8 characters: 8 digits (keep leading zeros, e.g. "01234567") or 2 letters and 6 digits (e.g. "SC123456")',
  );

/** An email address an organisation publishes for the public. */
export const email = z.email({ error: 'must be an email address, e.g. hello@example.org' });

/** A UK phone number: 0 or +44 followed by 9 or 10 digits; spaces allowed. */
export const PHONE_PATTERN = /^(?:0|\+44 ?)\d(?: ?\d){8,9}$/;
export const phone = z
  .string({ error: 'must be a UK phone number in quotes, e.g. "020 8359 2000"' })
  .trim()
  .regex(PHONE_PATTERN, 'must be a UK phone number starting 0 or +44 with 10 or 11 digits, e.g. "020 8359 2000"');

/** A web address. Only http and https are allowed so no link can run script. */
export const webUrl = z
  .string({ error: 'must be a web address starting https:// or http://' })
  .trim()
  .refine(isHttpUrl, 'must be a web address starting https:// or http://');

/** A link: a web address, an email link (mailto:) or a phone link (tel:), or a path on this site. */
export const link = z
  .string({ error: 'must be a link' })
  .trim()
  .refine(
    (s) => isHttpUrl(s) || /^mailto:[^\s@<>"`]+@[^\s@<>"`]+$/.test(s) || /^tel:\+?[\d ]+$/.test(s) || /^\/(?!\/)[^\s<>"`]*$/.test(s),
    'must start https://, http://, mailto: or tel:, or be a path on this site starting with /',
  );

export function isHttpUrl(value: string): boolean {
  // The URL parser quietly percent-encodes spaces, quotes and angle brackets, so
  // "https://x.org/ <script>…" would pass as a web address: a real one never has them.
  if (/[\s<>"`]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/** An image with the text a screen reader reads in its place. */
export const image = z.strictObject({
  /** Path of the uploaded file, e.g. /uploads/logo.png. */
  src: z.string({ error: 'must be the path of an uploaded image' }).regex(/^\/uploads\/[^\s]+\.(png|jpe?g|gif|webp|svg|avif)$/i, 'must be an image uploaded through the CMS: a path starting /uploads/ and ending .png, .jpg, .gif, .webp, .svg or .avif'),
  /** What the image shows, for people who cannot see it. */
  alt: text(250),
});

/** A pair of dates where the end cannot come before the start. */
export function endNotBeforeStart<T extends Record<string, unknown>>(startKey: keyof T & string, endKey: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const start = value[startKey];
    const end = value[endKey];
    // Only well-formed dates compare correctly as text; a malformed one is reported on its own.
    const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
    if (isDate(start) && isDate(end) && end < start) {
      ctx.addIssue({
        code: 'custom',
        path: [endKey],
        message: `must not be before ${startKey} (${start}); it is ${end}`,
      });
    }
  };
}
