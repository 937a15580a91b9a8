import { describe, expect, it } from 'vitest';
import { AgendaBook, instantToParis, isPast, nextOccurrence, parisToInstant } from '../../src/engine/agenda.js';
import { composeAnswer } from '../../src/replies/compose.js';
import { realCore } from '../helpers/core.js';
import { agendaAction } from '../support/agenda.js';

const action = agendaAction;

describe('Europe/Paris times', () => {
  it('converts wall-clock times to instants across daylight saving', () => {
    expect(parisToInstant('2026-12-10', '14:00').toISOString()).toBe('2026-12-10T13:00:00.000Z'); // winter, UTC+1
    expect(parisToInstant('2027-07-01', '14:00').toISOString()).toBe('2027-07-01T12:00:00.000Z'); // summer, UTC+2
    expect(parisToInstant('2027-03-28', '03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z'); // just after the change
    expect(instantToParis(new Date('2027-10-31T00:30:00Z'))).toEqual({ date: '2027-10-31', time: '02:30' });
  });
});

describe('upcoming actions, relative to an injected clock', () => {
  const now = new Date('2026-12-10T13:30:00Z'); // 14:30 in Paris

  it('never offers a past action', () => {
    const book = new AgendaBook([
      action({ id: 'past', date: '2026-12-10', time: '14:00' }),
      action({ id: 'later', date: '2026-12-10', time: '15:00' }),
      action({ id: 'tomorrow', date: '2026-12-11', time: '09:00' }),
    ]);
    expect(book.upcoming(now).map((o) => o.action.id)).toEqual(['later', 'tomorrow']);
    expect(isPast(action({ date: '2026-12-10', time: '14:00' }), now)).toBe(true);
  });

  it('expands weekly and monthly repeats until their end, then stops', () => {
    const weekly = action({ id: 'w', date: '2026-12-02', time: '14:00', repeat: { every: 'week', until: '2026-12-31' } });
    expect(nextOccurrence(weekly, now)?.date).toBe('2026-12-16');
    expect(nextOccurrence(weekly, new Date('2027-01-01T00:00:00Z'))).toBeUndefined();
    // Second Tuesday of the month.
    const monthly = action({ id: 'm', date: '2026-12-08', time: '18:00', repeat: { every: 'month', until: '2027-12-31' } });
    expect(nextOccurrence(monthly, now)?.date).toBe('2027-01-12');
  });

  it('gives the next date of an action in the answer about it, flagged when it is sample data', () => {
    const { engine } = realCore();
    const entry = engine.entry('forum-emploi')!;
    // Sample data says so in its own words, as knowledge/agenda.yaml does ('Pôle culturel (exemple)').
    const place = { fr: 'Salle (exemple)', en: 'Hall (example)' };
    const ctx = (sample: boolean) => ({ locale: 'fr' as const, now, agenda: new AgendaBook([action({ id: 'f', date: '2027-01-14', place, sample })]) });
    expect(composeAnswer(entry, ctx(false)).text).toContain('Prochaine date : jeudi 14 janvier à 14 h 00');
    expect(composeAnswer(entry, ctx(true)).text).toContain('exemple');
    expect(composeAnswer(entry, { locale: 'fr', now, agenda: new AgendaBook([]) }).text).not.toContain('Prochaine date');
  });
});
