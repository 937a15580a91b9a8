/**
 * The behaviour every storage engine must have, run against SQLite (sqlite.test.ts) and PostgreSQL
 * (postgres.test.ts). An engine test file provides a way to make fresh, empty locations (a temp file, a throw-away
 * schema) and raw access to them for the schema tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchemaTooNewError, StorageConflictError, StorageValidationError } from '../../src/storage/errors.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../src/storage/migrations.js';
import { REDACT_MAX_LENGTH } from '../../src/storage/redact.js';
import type { Clock } from '../../src/storage/time.js';
import { TURN_EVENTS_BATCH_MS } from '../../src/storage/turn-store.js';
import type { AgendaRecord, NewRemarque, NewReminder, Storage } from '../../src/storage/types.js';
import { ManualClock, OTHER_HASH, SOME_HASH, TOKEN_HASH, remarque, untyped } from './helpers.js';
import { agendaRecord } from '../support/agenda.js';

export interface Location {
  /** Opens (creating or migrating) the storage here; can be called again after close() to reopen. */
  open(clock?: Clock): Promise<Storage>;
  /** Applies exactly these migrations with the engine's own runner. */
  migrate(migrations: readonly Migration[]): Promise<void>;
  /** Runs SQL written in the dialect both engines share, without parameters. */
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Every column of every table of ours (engine bookkeeping tables excluded). */
  columns(): Promise<{ table: string; column: string }[]>;
}

export interface Engine {
  /** A new, empty location; the engine's test file removes them all at the end. */
  newLocation(): Promise<Location>;
}

/** Names that would mean a resident, a conversation or a device is identified in the data. */
const IDENTIFIER_LIKE =
  /user|conversation|convo|session_?id|^ip$|(^|_)ip_|ip_?addr|remote_?addr|client_?id|visitor|device|chat_?id|from_?id|recipient|channel_?id|activity_?id|phone|e_?mail|aad|tenant/i;

const OLD_REMARQUE_SQL = `INSERT INTO remarques (created_at, updated_at, status, kind, text, text_folded, locale, channel)
  VALUES ('2023-11-02T09:00:00.000Z', '2023-11-02T09:00:00.000Z', 'nouvelle', 'unanswered', 'Ancienne remarque',
  'ancienne remarque', 'fr', 'webchat')`;

async function versionOf(location: Location): Promise<number> {
  const rows = await location.rows('SELECT max(version) AS v FROM migrations');
  return Number(rows[0]?.['v']);
}

export function storageContract(engine: () => Engine): void {
  let location: Location;
  let clock: ManualClock;
  let storage: Storage;

  beforeEach(async () => {
    location = await engine().newLocation();
    clock = new ManualClock('2024-05-06T08:00:00.000Z');
    storage = await location.open(clock.now);
  });

  afterEach(async () => {
    await storage.close();
  });

  describe('remarques', () => {
    it('adds a remarque and gives it back complete', async () => {
      const added = await storage.remarques.add(remarque({ entryId: 'bus-sante', kind: 'not-helpful' }));
      expect(added).toMatchObject({
        text: 'Où trouver une permanence pour les papiers de la CAF ?',
        kind: 'not-helpful',
        locale: 'fr',
        channel: 'webchat',
        topic: 'acces-aux-droits',
        score: 0.42,
        entryId: 'bus-sante',
        status: 'nouvelle',
        note: null,
        createdAt: '2024-05-06T08:00:00.000Z',
        updatedAt: '2024-05-06T08:00:00.000Z',
      });
      expect(added.id).toBeGreaterThan(0);
      expect(await storage.remarques.get(added.id)).toEqual(added);
    });

    it('keeps null topic, score and entry as null', async () => {
      const added = await storage.remarques.add(remarque({ topic: null, score: null, entryId: null }));
      expect(await storage.remarques.get(added.id)).toMatchObject({ topic: null, score: null, entryId: null });
    });

    it('redacts the text again, whatever the caller did', async () => {
      const added = await storage.remarques.add(
        remarque({ text: "Je m'appelle Fatima Benali, rappelez-moi au 06 12 34 56 78 ou fatima.b@gmail.com" }),
      );
      expect(added.text).toBe("Je m'appelle [nom], rappelez-moi au [téléphone] ou [e-mail]");
      const stored = await location.rows('SELECT text, text_folded FROM remarques');
      expect(JSON.stringify(stored)).not.toMatch(/06 12|Benali|benali|gmail/);
    });

    it('caps the stored text', async () => {
      const added = await storage.remarques.add(remarque({ text: 'bruit '.repeat(1000) }));
      expect(added.text.length).toBeLessThanOrEqual(REDACT_MAX_LENGTH);
      expect(added.text.endsWith('…')).toBe(true);
    });

    it('refuses malformed remarques with a validation error', async () => {
      const bad: unknown[] = [
        { ...remarque(), kind: 'complaint' },
        { ...remarque(), text: '   ' },
        { ...remarque(), text: 42 },
        { ...remarque(), score: Number.NaN },
        { ...remarque(), locale: 'français' },
        // A conversation id passed as the channel by mistake must be refused, not stored.
        { ...remarque(), channel: '19:a1b2c3d4e5f6@thread.tacv2;messageid=1715000000000' },
        { ...remarque(), topic: 'Not A Slug' },
      ];
      for (const input of bad) {
        await expect(storage.remarques.add(untyped<NewRemarque>(input))).rejects.toBeInstanceOf(StorageValidationError);
      }
      expect((await storage.remarques.list()).total).toBe(0);
    });

    it('answers undefined for an unknown id', async () => {
      expect(await storage.remarques.get(12345)).toBeUndefined();
      expect(await storage.remarques.get(0)).toBeUndefined();
      expect(await storage.remarques.get(-1)).toBeUndefined();
      expect(await storage.remarques.get(1.5)).toBeUndefined();
    });

    it('lists newest first, counts every match and pages with limit and offset', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 60; i++) ids.push((await storage.remarques.add(remarque({ text: `Question ${i}` }))).id);
      const firstPage = await storage.remarques.list();
      expect(firstPage.total).toBe(60);
      expect(firstPage.items).toHaveLength(50);
      expect(firstPage.items.map((r) => r.id)).toEqual([...ids].reverse().slice(0, 50));
      const page = await storage.remarques.list({ limit: 10, offset: 55 });
      expect(page.total).toBe(60);
      expect(page.items.map((r) => r.text)).toEqual(['Question 4', 'Question 3', 'Question 2', 'Question 1', 'Question 0']);
      expect((await storage.remarques.list({ limit: 0 })).items).toEqual([]);
      expect((await storage.remarques.list({ limit: 5000 })).items).toHaveLength(60);
    });

    it('orders remarques created in the same millisecond by id, newest first', async () => {
      const fixed = new ManualClock('2024-05-06T08:00:00.000Z');
      await storage.close();
      storage = await location.open(() => new Date(fixed.iso()));
      const a = await storage.remarques.add(remarque({ text: 'a' }));
      const b = await storage.remarques.add(remarque({ text: 'b' }));
      expect(a.createdAt).toBe(b.createdAt);
      expect((await storage.remarques.list()).items.map((r) => r.id)).toEqual([b.id, a.id]);
    });

    it('filters by status, kind and topic', async () => {
      const a = await storage.remarques.add(remarque({ kind: 'unanswered', topic: 'transport' }));
      const b = await storage.remarques.add(remarque({ kind: 'suggestion', topic: 'transport' }));
      const c = await storage.remarques.add(remarque({ kind: 'not-helpful', topic: 'sante' }));
      await storage.remarques.update(b.id, { status: 'transmise' });
      await storage.remarques.update(c.id, { status: 'ecartee' });
      const ids = async (filter: Parameters<Storage['remarques']['list']>[0]) =>
        (await storage.remarques.list(filter)).items.map((r) => r.id).sort((x, y) => x - y);
      expect(await ids({ status: ['nouvelle'] })).toEqual([a.id]);
      expect(await ids({ status: ['transmise', 'ecartee'] })).toEqual([b.id, c.id]);
      expect(await ids({ kind: ['suggestion', 'not-helpful'] })).toEqual([b.id, c.id]);
      expect(await ids({ topic: 'transport' })).toEqual([a.id, b.id]);
      expect(await ids({ topic: 'transport', status: ['transmise'] })).toEqual([b.id]);
      expect(await ids({ status: [] })).toEqual([a.id, b.id, c.id]);
      await expect(storage.remarques.list(untyped({ status: ['archived'] }))).rejects.toBeInstanceOf(StorageValidationError);
    });

    it('filters by creation date, a date alone meaning the whole day in Paris', async () => {
      const at = async (iso: string, text: string) => {
        clock.set(iso);
        return storage.remarques.add(remarque({ text }));
      };
      const a = await at('2024-05-09T21:30:00.000Z', 'A, 9 mai 23 h 30 à Paris');
      const b = await at('2024-05-09T22:30:00.000Z', 'B, 10 mai 0 h 30 à Paris');
      const c = await at('2024-05-10T21:59:00.000Z', 'C, 10 mai 23 h 59 à Paris');
      const d = await at('2024-05-10T22:01:00.000Z', 'D, 11 mai 0 h 01 à Paris');
      const ids = async (from?: string, to?: string) =>
        (await storage.remarques.list({ ...(from ? { from } : {}), ...(to ? { to } : {}) })).items.map((r) => r.id);
      expect(await ids('2024-05-10', '2024-05-10')).toEqual([c.id, b.id]);
      expect(await ids('2024-05-11')).toEqual([d.id]);
      expect(await ids(undefined, '2024-05-09')).toEqual([a.id]);
      expect(await ids('2024-05-09T21:30:00Z', '2024-05-09T22:30:00.000Z')).toEqual([b.id, a.id]);
      expect(await ids('2024-05-10T00:30:00+02:00', '2024-05-10T00:30:00+02:00')).toEqual([b.id]);
      await expect(storage.remarques.list({ from: '10/05/2024' })).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.remarques.list({ from: '2024-02-30' })).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.remarques.list({ from: '2024-05-10T12:00' })).rejects.toBeInstanceOf(StorageValidationError);
    });

    it('searches text and note, ignoring case and accents, with % and _ taken literally', async () => {
      const creche = await storage.remarques.add(remarque({ text: 'Inscription à la CRÈCHE Les Petits Loups ?' }));
      const ecole = await storage.remarques.add(remarque({ text: "Horaires de l'école Jules-Ferry" }));
      const noted = await storage.remarques.add(remarque({ text: 'Bus le dimanche ?' }));
      await storage.remarques.update(noted.id, { note: 'Transmis à Évolution Mobilité' });
      const percent = await storage.remarques.add(remarque({ text: 'Aide à 100% pour les lunettes ?' }));
      const underscore = await storage.remarques.add(remarque({ text: 'le mot de passe a_b ne marche pas' }));
      const ids = async (search: string) => (await storage.remarques.list({ search })).items.map((r) => r.id);
      expect(await ids('creche')).toEqual([creche.id]);
      expect(await ids('Crèche les petits')).toEqual([creche.id]);
      expect(await ids('ECOLE')).toEqual([ecole.id]);
      expect(await ids('évolution mobilite')).toEqual([noted.id]);
      expect(await ids('100%')).toEqual([percent.id]);
      expect(await ids('%')).toEqual([percent.id]);
      expect(await ids('a_b')).toEqual([underscore.id]);
      expect(await ids('_')).toEqual([underscore.id]);
      expect(await ids('introuvable')).toEqual([]);
      expect((await storage.remarques.list({ search: 'crèche', status: ['traitee'] })).total).toBe(0);
    });

    it('updates status and note, moving updatedAt only', async () => {
      const added = await storage.remarques.add(remarque());
      clock.set('2024-05-07T09:00:00.000Z');
      const updated = await storage.remarques.update(added.id, { status: 'a-transmettre', note: 'Voir avec la CAF' });
      expect(updated).toMatchObject({ status: 'a-transmettre', note: 'Voir avec la CAF', createdAt: added.createdAt });
      expect(updated?.updatedAt).toBe('2024-05-07T09:00:00.000Z');
      const cleared = await storage.remarques.update(added.id, { note: null });
      expect(cleared).toMatchObject({ status: 'a-transmettre', note: null });
      expect(await storage.remarques.update(added.id, { note: '   ' })).toMatchObject({ note: null });
      expect(await storage.remarques.get(added.id)).toEqual(await storage.remarques.update(added.id, {}));
    });

    it('accepts every status of the workflow', async () => {
      const added = await storage.remarques.add(remarque());
      for (const status of ['a-transmettre', 'transmise', 'traitee', 'ecartee', 'nouvelle'] as const) {
        expect((await storage.remarques.update(added.id, { status }))?.status).toBe(status);
      }
    });

    it('redacts the staff note too', async () => {
      const added = await storage.remarques.add(remarque());
      const updated = await storage.remarques.update(added.id, { note: 'Rappeler Mme Dupont au 03 21 00 00 00' });
      expect(updated?.note).toBe('Rappeler Mme [nom] au [téléphone]');
    });

    it('answers undefined when updating an unknown remarque, and refuses bad patches', async () => {
      expect(await storage.remarques.update(999, { status: 'traitee' })).toBeUndefined();
      const added = await storage.remarques.add(remarque());
      await expect(storage.remarques.update(added.id, untyped({ status: 'done' }))).rejects.toBeInstanceOf(StorageValidationError);
      expect((await storage.remarques.get(added.id))?.status).toBe('nouvelle');
    });

    it('updates many at once, ignoring unknown ids and duplicates', async () => {
      const a = await storage.remarques.add(remarque());
      const b = await storage.remarques.add(remarque());
      const c = await storage.remarques.add(remarque());
      expect(await storage.remarques.updateMany([a.id, b.id, b.id, 9999], { status: 'transmise' })).toBe(2);
      expect((await storage.remarques.get(a.id))?.status).toBe('transmise');
      expect((await storage.remarques.get(b.id))?.status).toBe('transmise');
      expect((await storage.remarques.get(c.id))?.status).toBe('nouvelle');
      expect(await storage.remarques.updateMany([], { status: 'traitee' })).toBe(0);
      expect(await storage.remarques.updateMany([c.id], {})).toBe(0);
      await expect(storage.remarques.updateMany(untyped(['1']), { status: 'traitee' })).rejects.toBeInstanceOf(
        StorageValidationError,
      );
    });

    it('purges by status and by last update', async () => {
      clock.set('2024-01-01T10:00:00.000Z');
      const oldDone = await storage.remarques.add(remarque({ text: 'ancienne traitée' }));
      const recentlyTouched = await storage.remarques.add(remarque({ text: 'traitée, note récente' }));
      const oldNew = await storage.remarques.add(remarque({ text: 'ancienne nouvelle' }));
      await storage.remarques.updateMany([oldDone.id, recentlyTouched.id], { status: 'traitee' });
      clock.set('2024-03-01T10:00:00.000Z');
      await storage.remarques.update(recentlyTouched.id, { note: 'relancée' });
      const recentDone = await storage.remarques.add(remarque({ text: 'récente traitée' }));
      await storage.remarques.update(recentDone.id, { status: 'traitee' });

      expect(await storage.remarques.purge('traitee', '2024-02-01')).toBe(1);
      expect(await storage.remarques.get(oldDone.id)).toBeUndefined();
      expect(await storage.remarques.get(recentlyTouched.id)).toBeDefined();
      expect(await storage.remarques.get(oldNew.id)).toBeDefined();
      expect(await storage.remarques.get(recentDone.id)).toBeDefined();
      // "Before" is strict: updated at 10:00:00.000 goes, the one updated a millisecond later stays.
      expect(await storage.remarques.purge('traitee', '2024-03-01T10:00:00.001Z')).toBe(1);
      expect(await storage.remarques.get(recentlyTouched.id)).toBeUndefined();
      expect(await storage.remarques.purge('ecartee', '2030-01-01')).toBe(0);
      await expect(storage.remarques.purge(untyped('old'), '2024-01-01')).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.remarques.purge('traitee', 'yesterday')).rejects.toBeInstanceOf(StorageValidationError);
    });

    it('never gives an id twice, even after a purge', async () => {
      const first = await storage.remarques.add(remarque());
      await storage.remarques.update(first.id, { status: 'ecartee' });
      clock.advance(1000);
      expect(await storage.remarques.purge('ecartee', clock.iso())).toBe(1);
      const second = await storage.remarques.add(remarque());
      expect(second.id).toBeGreaterThan(first.id);
    });

    it('stores each of many concurrent add() calls exactly once', async () => {
      const n = 200;
      const added = await Promise.all(
        Array.from({ length: n }, (_, i) => storage.remarques.add(remarque({ text: `Remarque parallèle n° ${i}` }))),
      );
      expect(new Set(added.map((r) => r.id)).size).toBe(n);
      const all = await storage.remarques.list({ limit: 1000 });
      expect(all.total).toBe(n);
      const texts = all.items.map((r) => r.text).sort();
      expect(new Set(texts).size).toBe(n);
      for (let i = 0; i < n; i++) expect(texts).toContain(`Remarque parallèle n° ${i}`);
    });
  });

  describe('turn events', () => {
    it('counts turns per Paris ISO week (Monday), per kind and per topic', async () => {
      const turn = (at: string, kind: 'answer' | 'clarify' | 'fallback', topic: string | null) =>
        storage.turns.record({ at, kind, topic, channel: 'webchat', locale: 'fr' });
      await turn('2024-03-03T22:30:00.000Z', 'answer', 'transport'); // Sunday 23:30 in Paris: week of 26 Feb
      await turn('2024-03-03T23:30:00.000Z', 'clarify', null); // Monday 00:30 in Paris: week of 4 March
      await turn('2024-03-05T10:00:00.000Z', 'answer', 'transport');
      await turn('2024-03-05T10:05:00.000Z', 'answer', 'sante');
      await turn('2024-03-20T10:00:00.000Z', 'fallback', null);
      await turn('2024-04-02T10:00:00.000Z', 'answer', 'transport'); // outside the range
      await turn('2024-02-25T22:30:00.000Z', 'answer', 'sante'); // Sunday 23:30, the day before the range

      const stats = await storage.turns.stats('2024-02-26', '2024-03-24');
      expect(stats.weeks).toEqual([
        { week: '2024-02-26', answer: 1, clarify: 0, fallback: 0 },
        { week: '2024-03-04', answer: 2, clarify: 1, fallback: 0 },
        { week: '2024-03-11', answer: 0, clarify: 0, fallback: 0 },
        { week: '2024-03-18', answer: 0, clarify: 0, fallback: 1 },
      ]);
      expect(stats.topics).toEqual([
        { topic: 'transport', count: 2 },
        { topic: 'sante', count: 1 },
      ]);
      expect(stats.total).toBe(5);
    });

    it('gives empty stats for an empty range and refuses bad events', async () => {
      const stats = await storage.turns.stats('2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z');
      expect(stats).toEqual({ weeks: [{ week: '2024-01-01', answer: 0, clarify: 0, fallback: 0 }], topics: [], total: 0 });
      const event = { at: '2024-01-01T10:00:00Z', kind: 'answer', topic: null, channel: 'webchat', locale: 'fr' };
      await expect(storage.turns.record(untyped({ ...event, kind: 'greeting' }))).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.turns.record(untyped({ ...event, at: 'now' }))).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.turns.record(untyped({ ...event, channel: 'a:b:c/conversation/42' }))).rejects.toBeInstanceOf(
        StorageValidationError,
      );
    });

    it('writes the events behind, in batches: by themselves within the batch time, all of them however many', async () => {
      const event = { at: '2024-05-07T10:00:00Z', kind: 'answer', topic: 'sante', channel: 'webchat', locale: 'fr' } as const;
      await storage.turns.record(event);
      // Not read through stats() (which writes what waits first): the row arrives by itself.
      await new Promise((resolve) => setTimeout(resolve, TURN_EVENTS_BATCH_MS + 150));
      expect(await location.rows("SELECT at FROM turn_events WHERE topic = 'sante'")).toHaveLength(1);
      // 64 at once are one statement; 70 = 64 + 4 + 1 + 1.
      for (let i = 0; i < 70; i++) await storage.turns.record({ ...event, topic: 'transport' });
      const stats = await storage.turns.stats('2024-05-06', '2024-05-12');
      expect(stats.topics).toEqual([{ topic: 'transport', count: 70 }, { topic: 'sante', count: 1 }]);
      expect(stats.total).toBe(71);
    });

    it('keeps the time of a turn to the hour only', async () => {
      await storage.turns.record({ at: '2024-03-05T10:47:13.250Z', kind: 'answer', topic: null, channel: 'webchat', locale: 'fr' });
      await storage.turns.flush();
      const rows = await location.rows('SELECT at FROM turn_events');
      const at = rows[0]?.['at'];
      expect(new Date(at instanceof Date ? at : String(at)).toISOString()).toBe('2024-03-05T10:00:00.000Z');
    });
  });

  describe('agenda', () => {
    const item = (id: string, date: string, extra: Partial<AgendaRecord> = {}): Omit<AgendaRecord, 'updatedAt'> => ({
      id,
      topic: 'sante',
      title: { fr: 'Bus santé', en: 'Health bus' },
      date,
      time: '09:30',
      place: { fr: 'Place de la mairie', en: 'Town hall square' },
      sample: false,
      updatedBy: 'agent.mairie',
      ...extra,
    });

    it('puts, replaces, lists by date, counts and removes', async () => {
      expect(await storage.agenda.count()).toBe(0);
      await storage.agenda.put(item('b-later', '2024-06-12'));
      const first = await storage.agenda.put(
        item('a-first', '2024-06-05', {
          entry: 'bus-sante',
          endTime: '12:00',
          description: { fr: 'Dépistage gratuit', en: 'Free screening' },
          registration: { fr: 'Sans inscription', en: 'No registration' },
          price: { fr: 'Gratuit', en: 'Free' },
          repeat: { every: 'week', until: '2024-07-31' },
          sample: true,
        }),
      );
      expect(first).toEqual({
        ...item('a-first', '2024-06-05', {
          entry: 'bus-sante',
          endTime: '12:00',
          description: { fr: 'Dépistage gratuit', en: 'Free screening' },
          registration: { fr: 'Sans inscription', en: 'No registration' },
          price: { fr: 'Gratuit', en: 'Free' },
          repeat: { every: 'week', until: '2024-07-31' },
          sample: true,
        }),
        updatedAt: '2024-05-06T08:00:00.001Z',
      });
      expect((await storage.agenda.list()).map((a) => a.id)).toEqual(['a-first', 'b-later']);
      const replaced = await storage.agenda.put(item('a-first', '2024-06-20', { updatedBy: null }));
      expect(replaced.entry).toBeUndefined();
      expect(replaced.updatedBy).toBeNull();
      expect(replaced.price).toBeUndefined();
      expect(await storage.agenda.get('a-first')).toEqual(replaced);
      expect((await storage.agenda.list()).map((a) => a.id)).toEqual(['b-later', 'a-first']);
      expect(await storage.agenda.count()).toBe(2);
      expect(await storage.agenda.remove('a-first')).toBe(true);
      expect(await storage.agenda.remove('a-first')).toBe(false);
      expect(await storage.agenda.get('a-first')).toBeUndefined();
      expect(await storage.agenda.count()).toBe(1);
    });

    it('drops unknown fields and refuses malformed items', async () => {
      const stored = await storage.agenda.put(untyped({ ...item('x', '2024-06-05'), secret: 'not kept' }));
      expect(stored).not.toHaveProperty('secret');
      await expect(storage.agenda.put(item('y', '05/06/2024'))).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.agenda.put(item('y', '2024-06-05', { time: '25:00' }))).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.agenda.put(item('Y Z', '2024-06-05'))).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.agenda.put(untyped({ ...item('y', '2024-06-05'), price: 'Gratuit' }))).rejects.toBeInstanceOf(StorageValidationError);
      expect(await storage.agenda.count()).toBe(1);
    });
  });

  describe('taught phrasings', () => {
    it('adds, lists active ones, reverts once', async () => {
      const r = await storage.remarques.add(remarque());
      const a = await storage.phrasings.add({ entryId: 'bus-sante', text: 'le camion du docteur', locale: 'fr', remarqueId: r.id, createdBy: 'agent' });
      const b = await storage.phrasings.add({ entryId: 'caf', text: 'les allocs', locale: 'fr', remarqueId: null, createdBy: 'agent' });
      expect(a).toMatchObject({ entryId: 'bus-sante', text: 'le camion du docteur', remarqueId: r.id, revertedAt: null, revertedBy: null });
      expect((await storage.phrasings.active()).map((p) => p.id)).toEqual([a.id, b.id]);
      clock.set('2024-05-08T12:00:00.000Z');
      const reverted = await storage.phrasings.revert(a.id, 'cheffe');
      expect(reverted).toMatchObject({ id: a.id, revertedAt: '2024-05-08T12:00:00.000Z', revertedBy: 'cheffe' });
      clock.set('2024-05-09T12:00:00.000Z');
      expect(await storage.phrasings.revert(a.id, 'autre')).toEqual(reverted);
      expect((await storage.phrasings.active()).map((p) => p.id)).toEqual([b.id]);
      expect((await storage.phrasings.all()).map((p) => p.id)).toEqual([a.id, b.id]);
      expect(await storage.phrasings.revert(999, 'agent')).toBeUndefined();
    });

    it('redacts the text, refuses an unknown remarque, and survives the purge of its remarque', async () => {
      const added = await storage.phrasings.add({ entryId: 'caf', text: 'appeler le 06 12 34 56 78', locale: 'fr', remarqueId: null, createdBy: 'agent' });
      expect(added.text).toBe('appeler le [téléphone]');
      await expect(
        storage.phrasings.add({ entryId: 'caf', text: 'x', locale: 'fr', remarqueId: 4242, createdBy: 'agent' }),
      ).rejects.toBeInstanceOf(StorageValidationError);
      const r = await storage.remarques.add(remarque());
      const linked = await storage.phrasings.add({ entryId: 'caf', text: 'la caf', locale: 'fr', remarqueId: r.id, createdBy: 'agent' });
      await storage.remarques.update(r.id, { status: 'traitee' });
      clock.advance(1000);
      expect(await storage.remarques.purge('traitee', clock.iso())).toBe(1);
      expect((await storage.phrasings.all()).find((p) => p.id === linked.id)?.remarqueId).toBeNull();
    });
  });

  describe('fiches (staff edits of entries and contacts)', () => {
    it('saves versions, gives the current one per fiche, and the history newest first', async () => {
      const a1 = await storage.fiches.save({ kind: 'entry', targetId: 'bus-sante', data: { details: { phone: '03 21 00 00 01' } }, patch: { details: { phone: '03 21 00 00 01' } }, createdBy: 'agent' });
      expect(a1).toMatchObject({ kind: 'entry', targetId: 'bus-sante', createdBy: 'agent', createdAt: '2024-05-06T08:00:00.000Z', revertedAt: null, revertedBy: null });
      expect(a1.data).toEqual({ details: { phone: '03 21 00 00 01' } });
      const c1 = await storage.fiches.save({ kind: 'contact', targetId: 'mairie-labourse', data: { hours: { fr: 'Lundi 9 h – 12 h' }, email: null }, patch: { email: null }, createdBy: 'cheffe' });
      const a2 = await storage.fiches.save({ kind: 'entry', targetId: 'bus-sante', data: { details: { phone: '03 21 00 00 02', place: null } }, patch: { details: { place: null } }, createdBy: 'cheffe' });
      // Same id, other kind: a different fiche.
      await storage.fiches.save({ kind: 'contact', targetId: 'bus-sante', data: { name: 'X' }, patch: { name: 'X' }, createdBy: 'agent' });
      const current = await storage.fiches.current();
      expect(current.map((v) => [v.kind, v.targetId, v.id])).toEqual([
        ['contact', 'mairie-labourse', c1.id],
        ['entry', 'bus-sante', a2.id],
        ['contact', 'bus-sante', expect.any(Number)],
      ]);
      expect(current[0]?.data).toEqual({ hours: { fr: 'Lundi 9 h – 12 h' }, email: null });
      expect((await storage.fiches.history('entry', 'bus-sante')).map((v) => v.id)).toEqual([a2.id, a1.id]);
      expect(await storage.fiches.history('entry', 'bus-sante', 1)).toHaveLength(1);
      expect(await storage.fiches.history('entry', 'inconnue')).toEqual([]);
    });

    it('undoes the newest change not undone yet, one step at a time, and keeps it in the history', async () => {
      const a1 = await storage.fiches.save({ kind: 'entry', targetId: 'caf', data: { details: { phone: '3230' } }, patch: { details: { phone: '3230' } }, createdBy: 'agent' });
      const a2 = await storage.fiches.save({ kind: 'entry', targetId: 'caf', data: { details: { phone: '3240' } }, patch: { details: { phone: '3240' } }, createdBy: 'agent' });
      clock.set('2024-05-08T12:00:00.000Z');
      const undone = await storage.fiches.undo('entry', 'caf', 'cheffe');
      expect(undone).toMatchObject({ id: a2.id, revertedAt: '2024-05-08T12:00:00.000Z', revertedBy: 'cheffe' });
      expect((await storage.fiches.current()).map((v) => v.id)).toEqual([a1.id]);
      const history = await storage.fiches.history('entry', 'caf');
      expect(history.map((v) => [v.id, v.revertedBy])).toEqual([[a2.id, 'cheffe'], [a1.id, null]]);
      expect((await storage.fiches.undo('entry', 'caf', 'cheffe'))?.id).toBe(a1.id);
      expect(await storage.fiches.current()).toEqual([]);
      expect(await storage.fiches.undo('entry', 'caf', 'cheffe')).toBeUndefined();
      expect(await storage.fiches.undo('contact', 'jamais-modifie', 'cheffe')).toBeUndefined();
    });

    it('undoes once when two staff undo at the same moment', async () => {
      await storage.fiches.save({ kind: 'entry', targetId: 'caf', data: { a: 1 }, patch: { a: 1 }, createdBy: 'agent' });
      const last = await storage.fiches.save({ kind: 'entry', targetId: 'caf', data: { a: 2 }, patch: { a: 2 }, createdBy: 'agent' });
      const results = await Promise.all([storage.fiches.undo('entry', 'caf', 'un'), storage.fiches.undo('entry', 'caf', 'deux')]);
      const undone = results.filter((r) => r !== undefined).map((r) => r.id);
      // Either both calls saw the same newest version (one wins), or they ran one after the other (two steps).
      expect(undone[0]).toBe(last.id);
      expect(new Set(undone).size).toBe(undone.length);
    });

    it('refuses malformed versions with a validation error', async () => {
      const ok = { kind: 'entry', targetId: 'caf', data: {}, patch: {}, createdBy: 'agent' } as const;
      for (const bad of [
        { ...ok, kind: 'topic' },
        { ...ok, targetId: 'Pas Un Id' },
        { ...ok, data: [] },
        { ...ok, patch: null },
        { ...ok, createdBy: '' },
        { ...ok, data: { text: 'x'.repeat(70_000) } },
      ]) {
        await expect(storage.fiches.save(untyped(bad))).rejects.toBeInstanceOf(StorageValidationError);
      }
      await expect(storage.fiches.history(untyped('topic'), 'caf')).rejects.toBeInstanceOf(StorageValidationError);
      expect(await storage.fiches.current()).toEqual([]);
    });
  });

  describe('audit log', () => {
    it('writes and lists newest first, with a limit', async () => {
      await storage.audit.write({ actor: 'agent', action: 'remarque.status', target: 'remarque:1', details: 'nouvelle → transmise' });
      await storage.audit.write({ actor: 'cheffe', action: 'agenda.put', target: 'agenda:bus-sante' });
      const entries = await storage.audit.list();
      expect(entries.map((e) => e.action)).toEqual(['agenda.put', 'remarque.status']);
      expect(entries[0]).toMatchObject({ actor: 'cheffe', target: 'agenda:bus-sante', details: null });
      expect(await storage.audit.list(1)).toHaveLength(1);
      await expect(storage.audit.write(untyped({ actor: '', action: 'x', target: 'y' }))).rejects.toBeInstanceOf(StorageValidationError);
    });
  });

  describe('staff', () => {
    it('manages accounts, refusing duplicates and anything but a scrypt hash', async () => {
      const user = await storage.staff.addUser({ username: 'agent.mairie', passwordHash: SOME_HASH });
      expect(user).toEqual({ username: 'agent.mairie', passwordHash: SOME_HASH, createdAt: '2024-05-06T08:00:00.000Z' });
      await expect(storage.staff.addUser({ username: 'agent.mairie', passwordHash: OTHER_HASH })).rejects.toBeInstanceOf(StorageConflictError);
      await expect(storage.staff.addUser({ username: 'autre', passwordHash: 'motdepasse123' })).rejects.toBeInstanceOf(StorageValidationError);
      expect(await storage.staff.setPassword('agent.mairie', OTHER_HASH)).toBe(true);
      expect(await storage.staff.setPassword('personne', OTHER_HASH)).toBe(false);
      await expect(storage.staff.setPassword('agent.mairie', 'hunter2')).rejects.toBeInstanceOf(StorageValidationError);
      expect((await storage.staff.getUser('agent.mairie'))?.passwordHash).toBe(OTHER_HASH);
      expect(await storage.staff.getUser('personne')).toBeUndefined();
      await storage.staff.addUser({ username: 'cheffe', passwordHash: SOME_HASH });
      expect((await storage.staff.listUsers()).map((u) => u.username)).toEqual(['agent.mairie', 'cheffe']);
    });

    it('keeps sessions by token hash, hides expired ones and purges them', async () => {
      await storage.staff.addUser({ username: 'agent', passwordHash: SOME_HASH });
      const live = { tokenHash: TOKEN_HASH, username: 'agent', csrfToken: 'csrf-1', expiresAt: '2024-05-06T10:00:00.000Z' };
      const old = { ...live, tokenHash: 'b'.repeat(64), expiresAt: '2024-05-06T07:00:00.000Z' };
      await storage.staff.createSession(live);
      await storage.staff.createSession(old);
      expect(await storage.staff.getSession(TOKEN_HASH)).toEqual(live);
      expect(await storage.staff.getSession(old.tokenHash)).toBeUndefined();
      await expect(storage.staff.createSession(live)).rejects.toBeInstanceOf(StorageConflictError);
      await expect(storage.staff.createSession({ ...live, tokenHash: 'c'.repeat(64), username: 'nobody' })).rejects.toBeInstanceOf(
        StorageValidationError,
      );
      // The raw token (not a SHA-256) must never be stored.
      await expect(storage.staff.createSession({ ...live, tokenHash: 'raw-session-token' })).rejects.toBeInstanceOf(
        StorageValidationError,
      );
      expect(await storage.staff.purgeSessions('2024-05-06T08:30:00.000Z')).toBe(1);
      await storage.staff.deleteSession(TOKEN_HASH);
      expect(await storage.staff.getSession(TOKEN_HASH)).toBeUndefined();
    });

    it('ends every session of an account on a password change, on request, and when the account is deleted', async () => {
      await storage.staff.addUser({ username: 'agent', passwordHash: SOME_HASH });
      await storage.staff.addUser({ username: 'autre', passwordHash: SOME_HASH });
      const session = (n: number, username = 'agent') => ({ tokenHash: String(n).repeat(64), username, csrfToken: `csrf-${n}`, expiresAt: '2024-05-06T10:00:00.000Z' });
      await storage.staff.createSession(session(1));
      await storage.staff.createSession(session(2));
      await storage.staff.createSession(session(3, 'autre'));
      expect(await storage.staff.setPassword('agent', OTHER_HASH)).toBe(true);
      expect(await storage.staff.getSession(session(1).tokenHash)).toBeUndefined();
      expect(await storage.staff.getSession(session(2).tokenHash)).toBeUndefined();
      expect(await storage.staff.getSession(session(3).tokenHash)).toBeDefined(); // another account's stays

      await storage.staff.createSession(session(4));
      await storage.staff.createSession(session(5));
      expect(await storage.staff.endSessions('agent')).toBe(2);
      expect(await storage.staff.endSessions('personne')).toBe(0);
      expect(await storage.staff.getSession(session(4).tokenHash)).toBeUndefined();

      await storage.staff.createSession(session(6));
      expect(await storage.staff.deleteUser('agent')).toBe(true);
      expect(await storage.staff.deleteUser('agent')).toBe(false);
      expect(await storage.staff.getUser('agent')).toBeUndefined();
      expect(await storage.staff.getSession(session(6).tokenHash)).toBeUndefined();
      expect((await storage.staff.listUsers()).map((u) => u.username)).toEqual(['autre']);
    });
  });

  describe('bot state', () => {
    it('sets, overwrites, hides expired values, deletes and purges', async () => {
      const expires = '2024-05-06T09:00:00.000Z';
      await storage.state.set('k1', { dialogStack: [{ id: 'main', state: { step: 2 } }], locale: 'fr' }, expires);
      expect(await storage.state.get('k1')).toEqual({ dialogStack: [{ id: 'main', state: { step: 2 } }], locale: 'fr' });
      await storage.state.set('k1', 'en', expires);
      expect(await storage.state.get('k1')).toBe('en');
      await storage.state.set('k2', 0, '2024-05-06T07:00:00.000Z');
      expect(await storage.state.get('k2')).toBeUndefined();
      expect(await storage.state.get('missing')).toBeUndefined();
      await storage.state.set('k3', null, expires);
      expect(await storage.state.get('k3')).toBeNull();
      await storage.state.delete('k3');
      expect(await storage.state.get('k3')).toBeUndefined();
      expect(await storage.state.purgeExpired('2024-05-06T08:30:00.000Z')).toBe(1);
      expect(await storage.state.purgeExpired('2024-05-06T09:30:00.000Z')).toBe(1);
      await expect(storage.state.set('k4', undefined, expires)).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.state.set('k4', 1n, expires)).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.state.set('', 1, expires)).rejects.toBeInstanceOf(StorageValidationError);
    });
  });

  describe('bot state: versions and compare-and-set (eTags)', () => {
    const expires = '2024-05-06T09:00:00.000Z';

    it('gives every write a new version; setIf writes only over the version it names', async () => {
      await storage.state.set('cas1', { n: 1 }, expires);
      const first = await storage.state.getVersioned('cas1');
      expect(first).toMatchObject({ value: { n: 1 } });
      const v2 = await storage.state.setIf('cas1', { n: 2 }, expires, first!.version);
      expect(v2).toBeDefined();
      expect(v2).not.toBe(first!.version);
      // The old version is stale now: refused, nothing changed.
      expect(await storage.state.setIf('cas1', { n: 99 }, expires, first!.version)).toBeUndefined();
      expect(await storage.state.getVersioned('cas1')).toEqual({ value: { n: 2 }, version: v2 });
      // A plain set changes the version too.
      await storage.state.set('cas1', { n: 3 }, expires);
      expect(await storage.state.setIf('cas1', { n: 4 }, expires, v2)).toBeUndefined();
      expect(await storage.state.get('cas1')).toEqual({ n: 3 });
    });

    it('setIf without a version creates only: over nothing or an expired value, never over a live one', async () => {
      expect(await storage.state.setIf('cas2', 'a', expires, undefined)).toBeDefined();
      expect(await storage.state.setIf('cas2', 'b', expires, undefined)).toBeUndefined();
      expect(await storage.state.get('cas2')).toBe('a');
      await storage.state.set('cas3', 'old', '2024-05-06T07:00:00.000Z'); // already expired
      expect(await storage.state.setIf('cas3', 'new', expires, undefined)).toBeDefined();
      expect(await storage.state.get('cas3')).toBe('new');
      // A version of a value that has expired since is stale.
      await storage.state.set('cas4', 'x', '2024-05-06T07:00:00.000Z');
      expect(await storage.state.getVersioned('cas4')).toBeUndefined();
    });

    it('of simultaneous writers naming the same version, exactly one wins', async () => {
      await storage.state.set('cas5', 0, expires);
      const { version } = (await storage.state.getVersioned('cas5'))!;
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => storage.state.setIf('cas5', i + 1, expires, version)));
      expect(results.filter((r) => r !== undefined)).toHaveLength(1);
      const created = await Promise.all(Array.from({ length: 8 }, (_, i) => storage.state.setIf('cas6', i, expires, undefined)));
      expect(created.filter((r) => r !== undefined)).toHaveLength(1);
    });
  });

  describe('messaging bridges: deliveries and outbound budget', () => {
    const key = (n: number) => n.toString(16).padStart(64, 'a');

    it('records a provider message once: a retried delivery is recognised', async () => {
      expect(await storage.deliveries.first('sms', key(1))).toBe(true);
      expect(await storage.deliveries.first('sms', key(1))).toBe(false);
      expect(await storage.deliveries.first('telegram', key(1))).toBe(true);
    });

    it('refuses a message id or an address in clear', async () => {
      await expect(storage.deliveries.first('sms', 'SM1234')).rejects.toBeInstanceOf(StorageValidationError);
      await expect(storage.deliveries.takeOutbound('+33612345678', '2024-05-06', 5)).rejects.toBeInstanceOf(StorageValidationError);
    });

    it('counts outbound messages per address and day, up to the budget', async () => {
      const taken = [];
      for (let i = 0; i < 4; i++) taken.push(await storage.deliveries.takeOutbound(key(2), '2024-05-06', 3));
      expect(taken).toEqual([true, true, true, false]);
      expect(await storage.deliveries.takeOutbound(key(2), '2024-05-07', 3)).toBe(true);
      expect(await storage.deliveries.takeOutbound(key(3), '2024-05-06', 3)).toBe(true);
      expect(await storage.deliveries.takeOutbound(key(3), '2024-05-06', 0)).toBe(false);
    });

    it('forgets old deliveries and counts', async () => {
      await storage.deliveries.first('sms', key(4));
      await storage.deliveries.takeOutbound(key(4), '2024-05-01', 3);
      clock.set('2024-05-10T08:00:00.000Z');
      expect(await storage.deliveries.purge('2024-05-09T00:00:00.000Z')).toBe(2);
      expect(await storage.deliveries.first('sms', key(4))).toBe(true);
    });
  });

  describe('seen activities (duplicate detection shared by instances)', () => {
    const key = (n: number) => n.toString(16).padStart(64, 'c');
    const at = (minute: number) => new Date(Date.UTC(2024, 4, 6, 8, minute)).toISOString();

    it('says yes once per window: a repeat within it is recognised, after it the key is new again', async () => {
      expect(await storage.activities.firstSight(key(1), at(0), at(-10))).toBe(true);
      expect(await storage.activities.firstSight(key(1), at(3), at(-7))).toBe(false);
      expect(await storage.activities.firstSight(key(2), at(3), at(-7))).toBe(true);
      // Eleven minutes after the first sighting, with a ten-minute window: forgotten, a first sighting again.
      expect(await storage.activities.firstSight(key(1), at(11), at(1))).toBe(true);
      expect(await storage.activities.firstSight(key(1), at(12), at(2))).toBe(false);
    });

    it('gives one yes to simultaneous sightings, refuses ids in clear, purges', async () => {
      const answers = await Promise.all(Array.from({ length: 8 }, () => storage.activities.firstSight(key(3), at(0), at(-10))));
      expect(answers.filter(Boolean)).toHaveLength(1);
      await expect(storage.activities.firstSight('directline|conv|1', at(0), at(-10))).rejects.toBeInstanceOf(StorageValidationError);
      expect(await storage.activities.purge(at(0))).toBe(1);
      expect(await storage.activities.firstSight(key(3), at(1), at(-9))).toBe(true);
    });
  });

  describe('change counters and instance heartbeats (several instances)', () => {
    it('bumps the counter of each kind of staff change, whoever makes it; nothing for a change that changed nothing', async () => {
      expect(await storage.changes.versions()).toEqual({});
      const phrasing = await storage.phrasings.add({ entryId: 'bus-sante', text: 'le camion des docteurs', locale: 'fr', remarqueId: null, createdBy: 'agent' });
      await storage.phrasings.revert(phrasing.id, 'agent');
      await storage.agenda.put({ id: 'atelier', topic: 'numerique', title: { fr: 'Atelier', en: 'Workshop' }, date: '2024-06-12', time: '14:00', place: { fr: 'Pôle culturel', en: 'Cultural centre' }, sample: false, updatedBy: 'agent' });
      expect(await storage.agenda.remove('pas-la')).toBe(false);
      await storage.fiches.save({ kind: 'contact', targetId: 'mairie-labourse', data: { email: null }, patch: { email: null }, createdBy: 'agent' });
      expect(await storage.changes.versions()).toEqual({ phrasings: 2, agenda: 1, fiches: 1 });
      await storage.fiches.undo('contact', 'mairie-labourse', 'agent');
      await storage.fiches.undo('contact', 'mairie-labourse', 'agent'); // nothing left to undo: no bump
      expect((await storage.changes.versions()).fiches).toBe(2);
    });

    it('knows the other live instances by their heartbeats, and forgets one that left', async () => {
      const at = (second: number) => new Date(Date.UTC(2024, 4, 6, 8, 0, second)).toISOString();
      await storage.instances.beat('aaaa1111', at(0), at(0));
      expect(await storage.instances.others('aaaa1111', at(0))).toBe(0);
      await storage.instances.beat('bbbb2222', at(5), at(5));
      await storage.instances.beat('aaaa1111', at(0), at(10));
      expect(await storage.instances.others('aaaa1111', at(0))).toBe(1);
      expect(await storage.instances.others('aaaa1111', at(6))).toBe(0); // b's last beat is older than that
      await storage.instances.leave('bbbb2222');
      expect(await storage.instances.others('aaaa1111', at(0))).toBe(0);
    });
  });

  describe('reminders', () => {
    const addressKey = 'b'.repeat(64);
    const reminder = (overrides: Partial<NewReminder> = {}): NewReminder => ({
      channel: 'sms',
      addressKey,
      addressSealed: 'v1.aaaa.bbbb.cccc',
      actionId: 'atelier-cuisine',
      occurrenceStart: '2024-05-10T12:00:00.000Z',
      moment: 'eve',
      sendAt: '2024-05-09T16:00:00.000Z',
      locale: 'fr',
      ...overrides,
    });

    it('adds reminders and claims them once they are due, once', async () => {
      const [eve, morning] = await storage.reminders.add([reminder(), reminder({ moment: 'morning', sendAt: '2024-05-10T06:00:00.000Z' })]);
      expect(eve).toMatchObject({ status: 'pending', attempts: 0, addressSealed: 'v1.aaaa.bbbb.cccc', moment: 'eve' });
      expect(await storage.reminders.claimDue('2024-05-09T15:59:00.000Z', '2024-05-09T16:04:00.000Z')).toEqual([]);
      const claimed = await storage.reminders.claimDue('2024-05-09T16:00:00.000Z', '2024-05-09T16:05:00.000Z');
      expect(claimed.map((r) => r.id)).toEqual([eve!.id]);
      expect(claimed[0]!.status).toBe('sending');
      expect(await storage.reminders.claimDue('2024-05-09T16:01:00.000Z', '2024-05-09T16:06:00.000Z')).toEqual([]);
      await storage.reminders.markSent(eve!.id);
      const rows = await location.rows(`SELECT status, address_sealed FROM reminders WHERE id = ${eve!.id}`);
      expect(rows).toEqual([{ status: 'sent', address_sealed: null }]);
      expect((await storage.reminders.pending()).map((r) => r.id)).toEqual([morning!.id]);
    });

    it('gives up a reminder whose claim expired (at most once), and retries a failed send later', async () => {
      const [a, b] = await storage.reminders.add([reminder(), reminder({ sendAt: '2024-05-09T16:00:30.000Z' })]);
      await storage.reminders.claimDue('2024-05-09T16:01:00.000Z', '2024-05-09T16:06:00.000Z');
      await storage.reminders.retryAt(b!.id, '2024-05-09T16:10:00.000Z');
      // The instance holding a died: after its lease, a is given up, b is claimed again when its retry is due.
      const later = await storage.reminders.claimDue('2024-05-09T16:11:00.000Z', '2024-05-09T16:16:00.000Z');
      expect(later.map((r) => [r.id, r.attempts])).toEqual([[b!.id, 1]]);
      expect(await location.rows(`SELECT status, address_sealed FROM reminders WHERE id = ${a!.id}`)).toEqual([{ status: 'failed', address_sealed: null }]);
    });

    it('lets two instances claim at once without sharing a reminder', async () => {
      await storage.reminders.add(Array.from({ length: 30 }, (_, i) => reminder({ sendAt: new Date(Date.parse('2024-05-09T16:00:00.000Z') + i * 1000).toISOString() })));
      const other = await location.open(clock.now);
      try {
        const [mine, theirs] = await Promise.all([
          storage.reminders.claimDue('2024-05-09T17:00:00.000Z', '2024-05-09T17:05:00.000Z', 20),
          other.reminders.claimDue('2024-05-09T17:00:00.000Z', '2024-05-09T17:05:00.000Z', 20),
        ]);
        // A claimer blocked behind the other may come back with fewer rows (never with the other's): the rest is
        // claimed on the next round.
        const rest = await other.reminders.claimDue('2024-05-09T17:00:01.000Z', '2024-05-09T17:05:00.000Z', 20);
        const ids = [...mine, ...theirs, ...rest].map((r) => r.id);
        expect(mine.length + theirs.length).toBeGreaterThanOrEqual(20);
        expect(ids.length).toBe(30);
        expect(new Set(ids).size).toBe(30);
      } finally {
        await other.close();
      }
    });

    it('reschedules, cancels by id and by address, deletes the address, purges old ones', async () => {
      const [a, b, c] = await storage.reminders.add([reminder(), reminder({ moment: 'morning' }), reminder({ addressKey: 'c'.repeat(64) })]);
      await storage.reminders.reschedule(a!.id, '2024-05-17T12:00:00.000Z', '2024-05-16T16:00:00.000Z');
      expect((await storage.reminders.pending()).find((r) => r.id === a!.id)).toMatchObject({ occurrenceStart: '2024-05-17T12:00:00.000Z', sendAt: '2024-05-16T16:00:00.000Z' });
      expect(await storage.reminders.cancel([b!.id])).toBe(1);
      expect(await storage.reminders.cancelAddress('sms', addressKey)).toBe(1);
      expect((await storage.reminders.pending()).map((r) => r.id)).toEqual([c!.id]);
      const sealedLeft = await location.rows("SELECT id FROM reminders WHERE address_sealed IS NOT NULL");
      expect(sealedLeft.map((r) => Number(r['id']))).toEqual([c!.id]);
      expect(await storage.reminders.purge('2024-06-01T00:00:00.000Z')).toBe(2);
    });

    it('refuses an address that is not sealed', async () => {
      await expect(storage.reminders.add([reminder({ addressSealed: '+33612345678' })])).rejects.toBeInstanceOf(StorageValidationError);
    });
  });

  describe('life cycle', () => {
    it('answers ping while open, and false once closed (close twice is harmless)', async () => {
      expect(await storage.ping()).toBe(true);
      await storage.close();
      await storage.close();
      expect(await storage.ping()).toBe(false);
      storage = await location.open(clock.now);
    });

    it('keeps everything across close and reopen', async () => {
      const r = await storage.remarques.add(remarque({ text: 'Toujours là après redémarrage ?' }));
      await storage.remarques.update(r.id, { status: 'transmise', note: 'oui' });
      await storage.agenda.put(agendaRecord({ id: 'atelier', date: '2024-06-01', updatedBy: null }));
      await storage.staff.addUser({ username: 'agent', passwordHash: SOME_HASH });
      await storage.state.set('k', { a: 1 }, '2030-01-01T00:00:00Z');
      await storage.close();
      storage = await location.open(clock.now);
      expect(await storage.remarques.get(r.id)).toMatchObject({ text: 'Toujours là après redémarrage ?', status: 'transmise', note: 'oui' });
      expect(await storage.agenda.count()).toBe(1);
      expect(await storage.staff.getUser('agent')).toBeDefined();
      expect(await storage.state.get('k')).toEqual({ a: 1 });
    });
  });

  describe('schema', () => {
    it('creates a new database at the latest version, one migration row per version', async () => {
      expect(await versionOf(location)).toBe(LATEST_SCHEMA_VERSION);
      const rows = await location.rows('SELECT version FROM migrations ORDER BY version');
      expect(rows.map((r) => Number(r['version']))).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('migrates an older database and keeps its data', async () => {
      const older = await engine().newLocation();
      await older.migrate(MIGRATIONS.slice(0, 1));
      await older.exec(OLD_REMARQUE_SQL);
      expect(await versionOf(older)).toBe(1);
      const migrated = await older.open(clock.now);
      try {
        expect(await versionOf(older)).toBe(LATEST_SCHEMA_VERSION);
        const { items } = await migrated.remarques.list();
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({ text: 'Ancienne remarque', createdAt: '2023-11-02T09:00:00.000Z', status: 'nouvelle' });
        expect((await migrated.remarques.list({ search: 'ANCIENNE' })).total).toBe(1);
        await migrated.staff.addUser({ username: 'agent', passwordHash: SOME_HASH });
        await migrated.state.set('k', 1, '2030-01-01T00:00:00Z');
      } finally {
        await migrated.close();
      }
    });

    it('refuses a database written by a newer version, without changing it', async () => {
      await storage.remarques.add(remarque({ text: 'écrite par la version actuelle' }));
      await storage.close();
      await location.exec("INSERT INTO migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01T00:00:00.000Z')");
      const opening = location.open(clock.now);
      await expect(opening).rejects.toBeInstanceOf(SchemaTooNewError);
      await expect(opening).rejects.toThrow(new RegExp(`version 99.*up to ${LATEST_SCHEMA_VERSION}`));
      expect(await versionOf(location)).toBe(99);
      expect(await location.rows('SELECT text FROM remarques')).toEqual([{ text: 'écrite par la version actuelle' }]);
      // Put it back so that afterEach can close a storage.
      await location.exec('DELETE FROM migrations WHERE version = 99');
      storage = await location.open(clock.now);
    });

    it('rolls a failing migration back entirely', async () => {
      const broken: Migration = {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'broken on purpose',
        sqlite: 'CREATE TABLE half_done (a INTEGER); SELECT * FROM no_such_table;',
        postgres: 'CREATE TABLE half_done (a integer); SELECT * FROM no_such_table;',
      };
      await expect(location.migrate([...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/);
      expect(await versionOf(location)).toBe(LATEST_SCHEMA_VERSION);
      expect((await location.columns()).filter((c) => c.table === 'half_done')).toEqual([]);
    });

    it('has no column named like a user, conversation or device identifier', async () => {
      const columns = await location.columns();
      expect(columns.length).toBeGreaterThan(30);
      expect(columns.map((c) => c.table)).toEqual(expect.arrayContaining(['remarques', 'turn_events', 'bot_state']));
      const suspicious = columns.filter((c) => IDENTIFIER_LIKE.test(c.column) || IDENTIFIER_LIKE.test(c.table));
      expect(suspicious).toEqual([]);
    });
  });
}
