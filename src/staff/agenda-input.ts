/**
 * Agenda actions as staff type them (a form, or JSON from another tool) → an item the knowledge's own zod schema
 * (AgendaItem, src/knowledge/schema.ts) accepts, plus the checks that need the knowledge: the topic and the entry
 * exist, a repeat does not end before it starts, an action does not end before it begins.
 *
 * Staff often write in French only: an empty English text takes the French one (the bot then shows French to an
 * English-speaking resident rather than nothing). Ids are made from the French title and the date when not given.
 */
import { AgendaItem, type AgendaItem as AgendaItemType } from '../knowledge/schema.js';
import type { AgendaRecord } from '../storage/types.js';
import { fold } from '../storage/fold.js';
import { badDateMessage, badTimeMessage, parseFrenchDate, parseFrenchTime } from './french-dates.js';

export type Issue = { path: string; message: string };
export type Checked = { ok: true; item: AgendaItemType; sample: boolean } | { ok: false; issues: Issue[] };

export interface KnownIds {
  topicIds: ReadonlySet<string>;
  entryIds: ReadonlySet<string>;
}

const LOCALIZED_FIELDS = ['title', 'place', 'description', 'registration', 'price'] as const;
const OPTIONAL_LOCALIZED = new Set(['description', 'registration', 'price']);

function clean(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function localized(value: unknown): { fr?: string; en?: string } | undefined {
  if (typeof value === 'string') return clean(value) ? { fr: clean(value) } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const fr = clean(Reflect.get(value, 'fr'));
  const en = clean(Reflect.get(value, 'en'));
  return fr || en ? { ...(fr && { fr }), ...(en && { en }) } : undefined;
}

/**
 * A number, a list, or a language given as something else than a text ({ "fr": 12 }) where a text is expected: it
 * goes to the schema as it is, which refuses it naming the field, rather than being dropped without a word.
 */
function notText(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'string') return false;
  if (typeof value !== 'object' || Array.isArray(value)) return true;
  return ['fr', 'en'].some((locale) => {
    const text: unknown = Reflect.get(value, locale);
    return text !== undefined && text !== null && typeof text !== 'string';
  });
}

/** A loose object (JSON body, merged record, or form) → the candidate the schema checks. */
function candidate(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['id', 'topic', 'entry', 'date', 'time', 'endTime'] as const) {
    const v = clean(input[key]);
    if (v !== undefined) out[key] = v;
  }
  for (const key of LOCALIZED_FIELDS) {
    const raw = input[key];
    const v = localized(raw);
    if (notText(raw)) out[key] = raw;
    else if (v) out[key] = { fr: v.fr ?? '', en: v.en ?? v.fr ?? '' };
    else if (!OPTIONAL_LOCALIZED.has(key)) out[key] = { fr: '', en: '' };
  }
  const repeat = input['repeat'];
  if (typeof repeat === 'object' && repeat !== null) {
    const every = clean(Reflect.get(repeat, 'every'));
    if (every) out['repeat'] = { every, until: clean(Reflect.get(repeat, 'until')) ?? '' };
  }
  return out;
}

/** "Exemple : atelier numérique" + 2027-01-13 → "exemple-atelier-numerique-2027-01-13", unique among `taken`. */
export function makeId(title: string, date: string, taken: ReadonlySet<string>): string {
  const words = fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  const base = [words || 'action', date.replace(/[^0-9-]/g, '')].filter(Boolean).join('-').replace(/-+/g, '-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function checkAgenda(input: Record<string, unknown>, known: KnownIds, sample: boolean): Checked {
  const parsed = AgendaItem.safeParse(candidate(input));
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  }
  const item = parsed.data;
  const issues: Issue[] = [];
  if (!known.topicIds.has(item.topic)) issues.push({ path: 'topic', message: 'unknown topic' });
  if (item.entry !== undefined && !known.entryIds.has(item.entry)) issues.push({ path: 'entry', message: 'unknown entry' });
  if (item.endTime !== undefined && item.endTime <= item.time) issues.push({ path: 'endTime', message: 'must be after the start time' });
  if (item.repeat && item.repeat.until < item.date) issues.push({ path: 'repeat.until', message: 'must not be before the date' });
  return issues.length ? { ok: false, issues } : { ok: true, item, sample };
}

/** A JSON PATCH over a stored action: given fields replace, texts merge per language, null removes an optional field. */
export function mergePatch(existing: AgendaRecord, patch: Record<string, unknown>): Record<string, unknown> {
  const { updatedAt: _updatedAt, updatedBy: _updatedBy, sample: _sample, ...base } = existing;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'sample') continue;
    if (value === null) delete out[key];
    // Per language only for an object: a list is no { fr, en } (spread, its items would vanish), the schema refuses it.
    else if ((LOCALIZED_FIELDS as readonly string[]).includes(key) && typeof value === 'object' && !Array.isArray(value)) {
      const current = out[key];
      out[key] = { ...(typeof current === 'object' && current !== null ? current : {}), ...value };
    } else out[key] = value;
  }
  return out;
}

/**
 * A date or time of the form as staff type it (06/12/2026, 9h30; ISO too) → ISO for the schema. A value that is
 * neither stays as typed: the schema refuses it and the form names the field (dateTimeIssues says how to write it).
 * Only the form reads French: the JSON API keeps ISO, where another tool's "06/12/2026" could mean June.
 */
function typed(value: unknown, parse: (text: string) => string | undefined): unknown {
  return typeof value === 'string' ? (parse(value) ?? value) : value;
}

/** The fields of the console's agenda form, as an object checkAgenda reads. */
export function fromForm(body: Record<string, unknown>): Record<string, unknown> {
  const pair = (name: string) => ({ fr: body[`${name}_fr`], en: body[`${name}_en`] });
  return {
    topic: body['topic'],
    entry: body['entry'],
    date: typed(body['date'], parseFrenchDate),
    time: typed(body['time'], parseFrenchTime),
    endTime: typed(body['endTime'], parseFrenchTime),
    title: pair('title'),
    place: pair('place'),
    description: pair('description'),
    registration: pair('registration'),
    price: pair('price'),
    repeat: { every: body['repeat'], until: typed(body['until'], parseFrenchDate) },
  };
}

/** The form's date and time fields that hold something unreadable, each with the French sentence that names it. */
export function dateTimeIssues(body: Record<string, unknown>, labelOf: (field: string) => string): Issue[] {
  const issues: Issue[] = [];
  for (const [name, kind] of [['date', 'date'], ['time', 'time'], ['endTime', 'time'], ['until', 'date']] as const) {
    const typed = clean(body[name]);
    if (typed === undefined) continue;
    if (kind === 'date' ? parseFrenchDate(typed) === undefined : parseFrenchTime(typed) === undefined) {
      issues.push({ path: name, message: (kind === 'date' ? badDateMessage : badTimeMessage)(labelOf(name), typed) });
    }
  }
  return issues;
}
