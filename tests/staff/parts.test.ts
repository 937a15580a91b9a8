/** The console's small parts on their own: password hashes, the sign-in limit, grouping, filters, escaping, ids. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { Engine } from '../../src/engine/engine.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { parseStaffUsers } from '../../src/staff/accounts.js';
import { makeId } from '../../src/staff/agenda-input.js';
import { idList, toStatus } from '../../src/staff/filters.js';
import { html } from '../../src/staff/html.js';
import { hashPassword, isVerifiableHash, verifyPassword } from '../../src/staff/passwords.js';
import { SignInThrottle } from '../../src/staff/rate-limit.js';
import { createLookup } from '../../src/staff/lookup.js';
import { journalSentence } from '../../src/staff/pages/history.js';
import { remarqueSort } from '../../src/staff/queries.js';
import { engineSignature, groupSimilar, jaccard } from '../../src/staff/similar.js';
import type { AuditRecord, Remarque } from '../../src/storage/types.js';
import { TestClock } from './helpers.js';

describe('passwords', () => {
  it('hashes with scrypt and a random salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('horse');
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', a)).toBe(false);
    expect(await verifyPassword('anything', 'scrypt$3$8$1$c2FsdA==$aGFzaA==')).toBe(false); // N not a power of two
    expect(isVerifiableHash('scrypt$2097152$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==')).toBe(false); // too costly
  });

  it('reads STAFF_USERS pairs, and the configuration refuses anything that is not NAME:HASH', async () => {
    const hash = await hashPassword('mot de passe de la configuration');
    expect(parseStaffUsers(` marie:${hash} , paul:${hash}`)).toEqual([
      { username: 'marie', passwordHash: hash },
      { username: 'paul', passwordHash: hash },
    ]);
    expect(parseConfig({ STAFF_USERS: `marie:${hash}` }).STAFF_USERS).toBe(`marie:${hash}`);
    expect(() => parseConfig({ STAFF_USERS: 'marie:motdepasse' })).toThrow(/STAFF_USERS/);
    expect(parseConfig({}).STAFF_SESSION_HOURS).toBe(8);
  });
});

describe('sign-in limit', () => {
  /** n attempts at once, each left in flight (admitted or not), then ended with `outcome`. */
  async function burst(throttle: SignInThrottle, n: number, name: string, address: string, device?: string) {
    const admissions = await Promise.all(Array.from({ length: n }, () => throttle.admit(name, address, device)));
    return { admitted: admissions.flatMap((a) => (a.ok ? [a.attempt] : [])), refused: admissions.filter((a) => !a.ok) };
  }

  it('counts an attempt before its password is checked: of a burst, only max + 1 go ahead', async () => {
    const throttle = new SignInThrottle({ maxAttempts: 3, windowMinutes: 15 });
    const { admitted, refused } = await burst(throttle, 50, 'Marie', '10.0.0.1');
    expect(admitted).toHaveLength(4);
    expect(refused).toHaveLength(46);
    await Promise.all(admitted.map((a) => a.failed()));
    // Paused now, for this name from anywhere that is not a known device: same name, other case, other address.
    const next = await throttle.admit('marie', '10.0.0.1', undefined);
    expect(next).toMatchObject({ ok: false });
    expect((await throttle.admit('paul', '10.0.0.2', undefined)).ok).toBe(true);
  });

  it('pauses double after the free failures, up to the window', () => {
    const throttle = new SignInThrottle({ maxAttempts: 5, windowMinutes: 15 });
    expect([0, 1, 2, 3, 9, 10, 40].map((k) => throttle.pauseSeconds(k))).toEqual([1, 2, 4, 8, 512, 900, 900]);
  });

  it('a success clears the account from that client; an abandoned attempt is not counted', async () => {
    const throttle = new SignInThrottle({ maxAttempts: 2, windowMinutes: 15 });
    for (let i = 0; i < 1; i++) await ((await throttle.admit('paul', '10.0.0.3', undefined)) as { ok: true; attempt: { failed(): Promise<void> } }).attempt.failed();
    const ok = await throttle.admit('paul', '10.0.0.3', undefined);
    if (!ok.ok) throw new Error('refused');
    await ok.attempt.succeeded();
    for (let i = 0; i < 3; i++) {
      const a = await throttle.admit('paul', '10.0.0.3', undefined);
      if (!a.ok) throw new Error('refused');
      await a.attempt.abandoned();
    }
    const { admitted } = await burst(throttle, 10, 'paul', '10.0.0.3');
    expect(admitted).toHaveLength(3); // 2 free + 1: nothing was left counted
  });

  it('a known device has its own counter: strangers failing on the account and the address do not stop it', async () => {
    const throttle = new SignInThrottle({ maxAttempts: 2, windowMinutes: 15 });
    for (let i = 0; i < 30; i++) {
      const a = await throttle.admit(i % 2 ? 'marie' : `nom${i}`, '10.0.0.9', undefined);
      if (a.ok) await a.attempt.failed();
    }
    expect((await throttle.admit('marie', '10.0.0.9', undefined)).ok).toBe(false);
    expect((await throttle.admit('someone-new', '10.0.0.9', undefined)).ok).toBe(false); // the address paused
    expect((await throttle.admit('someone-new', '10.0.0.8', undefined)).ok).toBe(true);
    expect((await throttle.admit('marie', '10.0.0.9', 'device-of-marie')).ok).toBe(true);
  });
});

describe('similar remarques', () => {
  const engine = new Engine(loadKnowledge());
  const signature = engineSignature((text) => engine.normalise(text));

  it('groups the same question in SMS and in full French, not different questions', () => {
    const items = ['kan passe le bus santé', 'Quand passe le bus santé ?', 'quand passe le bus scolaire', 'le bus santé passe quand'].map((text, id) => ({ id, text }));
    const groups = groupSimilar(items, signature).map((g) => g.items.map((i) => i.id));
    expect(groups).toEqual([[0, 1, 3], [2]]);
  });

  it('uses the Jaccard index of meaningful words', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['a', 'b']))).toBeCloseTo(2 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
    // Texts with no meaningful word at all stay on their own rather than all falling together.
    expect(groupSimilar([{ text: '???' }, { text: '!!!' }], signature)).toHaveLength(2);
  });
});

describe('input', () => {
  it('reads statuses with or without accents and spaces', () => {
    expect(['traitée', 'traitee', 'Traitée', 'à transmettre', 'a-transmettre', 'A_TRANSMETTRE', 'écartée'].map(toStatus)).toEqual([
      'traitee', 'traitee', 'traitee', 'a-transmettre', 'a-transmettre', 'a-transmettre', 'ecartee',
    ]);
    expect(toStatus('perdue')).toBeUndefined();
  });

  it('reads remarque ids from checkboxes and groups, refusing anything else', () => {
    expect(idList(['3', '1,2', '2'], 10)).toEqual([3, 1, 2]);
    expect(idList([4, 5], 10)).toEqual([4, 5]);
    expect(() => idList(['1', 'x'], 10)).toThrow();
    expect(() => idList('1,2,3', 2)).toThrow();
  });

  it('makes agenda ids from the French title and the date, unique', () => {
    expect(makeId('Exemple : Atelier numérique !', '2027-01-13', new Set())).toBe('exemple-atelier-numerique-2027-01-13');
    expect(makeId('Atelier', '2027-01-13', new Set(['atelier-2027-01-13']))).toBe('atelier-2027-01-13-2');
    expect(makeId('???', '2027-01-13', new Set())).toBe('action-2027-01-13');
  });

  it('escapes every interpolated text in pages', () => {
    const text = `<script>alert("1")</script> & 'x'`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;">&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;</p>',
    );
    expect(html`<ul>${['<b>', html`<li>ok</li>`]}</ul>`.value).toBe('<ul>&lt;b&gt;<li>ok</li></ul>');
  });
});

describe('like with like', () => {
  const engine = new Engine(loadKnowledge());
  const signature = engineSignature((text) => engine.normalise(text));
  const remarque = (id: number, kind: Remarque['kind'], status: Remarque['status']): Remarque => ({
    id, kind, status, text: 'quand passe le bus santé', locale: 'fr', channel: 'test', topic: null, score: null, entryId: null,
    createdAt: '2026-05-10T10:00:00Z', updatedAt: '2026-05-10T10:00:00Z', note: null,
  });

  it('never groups a suggestion with a question, nor a remarque already dealt with with open ones', () => {
    const items = [
      remarque(1, 'unanswered', 'nouvelle'),
      remarque(2, 'suggestion', 'nouvelle'),
      remarque(3, 'unanswered', 'traitee'),
      remarque(4, 'unanswered', 'a-transmettre'),
      remarque(5, 'suggestion', 'transmise'),
      remarque(6, 'not-helpful', 'ecartee'),
    ];
    const groups = groupSimilar(items, signature, remarqueSort).map((g) => g.items.map((i) => i.id));
    expect(groups).toEqual([[1, 4], [2, 5], [3], [6]]);
  });
});

describe('the journal in sentences', () => {
  const lookup = createLookup(loadKnowledge());
  const record = (action: string, target: string, details: unknown): AuditRecord =>
    ({ id: 1, at: '2026-05-10T10:00:00Z', actor: 'marie', action, target, details: JSON.stringify(details) }) as AuditRecord;

  it('says a status change and a note change as staff read them, without JSON or internal ids', () => {
    const sentence = journalSentence(record('remarque.update', 'remarque:12', { previousStatus: 'nouvelle', status: 'a-transmettre', note: 'changed' }), lookup);
    expect(sentence).toBe('Statut : nouvelle → à transmettre ; note modifiée');
    const bulk = journalSentence(record('remarque.bulk-update', 'remarques:2', { ids: [3, 4], status: 'ecartee' }), lookup);
    expect(bulk).toBe('Statut : → écartée ; remarques n° 3, 4');
  });

  it('names entries by their titles and agenda items by their titles and French dates', () => {
    const teach = journalSentence(record('phrasing.teach', 'phrasing:1', { remarque: 5, entry: 'bus-sante', previousStatus: 'nouvelle' }), lookup);
    expect(teach).toContain(`« ${lookup.entryTitle('bus-sante')} »`);
    expect(teach).not.toContain('bus-sante');
    const agenda = journalSentence(record('agenda.create', 'agenda:atelier-1', { title: 'Atelier numérique', date: '2026-06-02' }), lookup);
    expect(agenda).toBe('« Atelier numérique », le 02/06/2026');
    for (const text of [teach, agenda]) expect(text).not.toMatch(/[{}"]|phrasing:|remarque:/);
  });
});
