/**
 * An agenda action for tests, as staff would enter it: test values (not a real event of the quarter), a real
 * action (sample: false) unless told. A test passes what its assertions read (id, date, place…) so that they stay
 * visible where they are checked; the rest is filled in here.
 */
import type { AgendaAction } from '../../src/engine/agenda.js';
import type { AgendaRecord } from '../../src/storage/types.js';

/** The action the engine's agenda book reads. */
export function agendaAction(over: Partial<AgendaAction> = {}): AgendaAction {
  return {
    id: 'forum-emploi-test',
    topic: 'forum-emploi',
    entry: 'forum-emploi',
    title: { fr: "Forum de l'emploi", en: 'Job fair' },
    date: '2026-12-10',
    time: '14:00',
    place: { fr: 'Salle des fêtes', en: 'Village hall' },
    sample: false,
    ...over,
  };
}

/** The same action as the storage keeps it (`storage.agenda.put`), written by the staff account 'agent'. */
export function agendaRecord(over: Partial<Omit<AgendaRecord, 'updatedAt'>> = {}): Omit<AgendaRecord, 'updatedAt'> {
  const { updatedBy = 'agent', ...action } = over;
  return { ...agendaAction(action), updatedBy };
}

/** The digital skills workshop at the cultural centre (entry 'ateliers-numeriques'), the reminders' usual action. */
export function digitalWorkshop(over: Partial<Omit<AgendaRecord, 'updatedAt'>> = {}): Omit<AgendaRecord, 'updatedAt'> {
  return agendaRecord({
    id: 'atelier-numerique',
    topic: 'ateliers-numeriques',
    entry: 'ateliers-numeriques',
    title: { fr: 'Atelier numérique', en: 'Digital skills workshop' },
    place: { fr: 'Pôle culturel', en: 'Cultural centre' },
    ...over,
  });
}
