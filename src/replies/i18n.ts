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
  if (!t) translators.set(locale, (t = remembering(i18n().getFixedT(locale))));
  return t;
}

/**
 * A sentence without variables is the same every time: looked up once (i18next resolves keys, fallbacks and
 * plurals on every call — a tenth of a turn's time in the profile). Calls with options go to i18next as they are.
 */
function remembering(fixed: Translate): Translate {
  const plain = new Map<string, string>();
  const t = (...args: Parameters<Translate>): ReturnType<Translate> => {
    const [key, options] = args;
    if (args.length !== 1 || typeof key !== 'string' || options !== undefined) return fixed(...args);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = String(fixed(key))));
    return text as ReturnType<Translate>;
  };
  return Object.assign(t, fixed) as Translate;
}

/**
 * "fr-FR", "fr", "FR_be" → "fr"; "en-GB" → "en"; anything else → French, the assistant's default. Takes `unknown`
 * because it reads what a channel sent, which may be anything — and the turn-error handler must never throw.
 */
export function toLocale(value: unknown): Locale {
  const base = (typeof value === 'string' ? value : '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'fr';
}
