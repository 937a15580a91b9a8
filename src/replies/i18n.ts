/**
 * What the bot itself says (outside the knowledge), in French (default) and English, with i18next.
 * The sentences live in locales/<lng>.json; this module loads them once, synchronously, at start.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../knowledge/schema.js';

export type Translate = TFunction;

export function localesDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'locales', 'fr.json'))) return path.join(dir, 'locales');
    dir = path.dirname(dir);
  }
  return path.resolve('locales');
}

let shared: typeof i18next | undefined;

/** One i18next instance for the process, initialised synchronously from locales/*.json. */
export function i18n(): typeof i18next {
  if (shared) return shared;
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    LOCALES.map((lng) => [lng, { translation: JSON.parse(readFileSync(path.join(localesDir(), `${lng}.json`), 'utf8')) }]),
  );
  void instance.init({
    resources,
    lng: 'fr',
    fallbackLng: 'fr',
    supportedLngs: [...LOCALES],
    initAsync: false,
    interpolation: { escapeValue: false }, // replies are plain text; each channel's renderer escapes what it must
    returnNull: false,
  });
  shared = instance;
  return instance;
}

const translators = new Map<Locale, Translate>();

/** The translation function of a locale, made once (replies ask for it many times per turn). */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = remembering(i18n().getFixedT(locale), locale)));
  return t;
}

/**
 * A sentence without variables is the same every time: looked up once (i18next resolves keys, fallbacks and
 * plurals on every call — a tenth of a turn's time in the profile). A sentence whose only variables are plain
 * `{{name}}` placeholders, asked with plain values, is filled in here from its template (looked up once too): the
 * residents' sentences are all of this kind, and i18next would parse the template and walk its interpolation chain
 * on every call. Anything else (a count, a context, a missing key or value, nesting) goes to i18next as it is.
 */
function remembering(fixed: Translate, locale: Locale): Translate {
  const plain = new Map<string, string>();
  const templates = new Map<string, Template | null>();
  const t = (...args: Parameters<Translate>): ReturnType<Translate> => {
    const [key, options] = args;
    if (typeof key !== 'string' || args.length > 2) return fixed(...args);
    if (options === undefined) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = String(fixed(key))));
      return text as ReturnType<Translate>;
    }
    let template = templates.get(key);
    if (template === undefined) templates.set(key, (template = compileTemplate(i18n().getResource(locale, 'translation', key))));
    const filled = template && typeof options === 'object' && options !== null ? fill(template, options as Record<string, unknown>) : undefined;
    return (filled ?? fixed(...args)) as ReturnType<Translate>;
  };
  return Object.assign(t, fixed) as Translate;
}

/** A sentence as literal parts with the names of the values between them: "Lieu : {{place}}" → ["Lieu : ", "place", ""]. */
type Template = string[];

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;
/** Options that mean more than values to put in: i18next handles those. */
const RESERVED = new Set(['count', 'context', 'lng', 'lngs', 'ns', 'defaultValue', 'returnObjects', 'replace', 'interpolation', 'ordinal', 'postProcess', 'keyPrefix', 'joinArrays', 'fallbackLng']);

function compileTemplate(resource: unknown): Template | null {
  if (typeof resource !== 'string' || resource.includes('$t(')) return null;
  // Anything with braces that is not a plain placeholder (formats, unescaped "{{- x}}") is left to i18next.
  if (resource.replace(PLACEHOLDER, '').includes('{{')) return null;
  return resource.split(PLACEHOLDER);
}

function fill(template: Template, values: Record<string, unknown>): string | undefined {
  for (const name in values) if (RESERVED.has(name)) return undefined;
  let out = template[0] as string;
  for (let i = 1; i < template.length; i += 2) {
    const value = values[template[i] as string];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    out += String(value) + (template[i + 1] as string);
  }
  return out;
}

/**
 * "fr-FR", "fr", "FR_be" → "fr"; "en-GB" → "en"; anything else → French, the assistant's default. Takes `unknown`
 * because it reads what a channel sent, which may be anything — and the turn-error handler must never throw.
 */
export function toLocale(value: unknown): Locale {
  const base = (typeof value === 'string' ? value : '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'fr';
}
