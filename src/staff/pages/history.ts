/** What staff taught the assistant (each undoable), and the journal of every change (who, when, what). */
import { STATUS_LABELS_FR } from '../../storage/export.js';
import type { AuditRecord, RemarqueStatus, TaughtPhrasing } from '../../storage/types.js';
import { html, type Html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { Session } from '../sessions.js';
import { t, type TextKey } from '../text.js';
import { csrfField, PATHS, type PageParts } from './layout.js';
import { dateTime, frenchDate, scrollTable } from './widgets.js';

export function phrasingsPage(phrasings: TaughtPhrasing[], lookup: Lookup, session: Session): Omit<PageParts, 'session'> {
  const newestFirst = [...phrasings].reverse();
  const table = html`<table>
<caption>${t('phrasings.caption')}</caption>
<thead><tr><th scope="col">${t('phrasings.text')}</th><th scope="col">${t('phrasings.entry')}</th><th scope="col">${t('phrasings.who')}</th><th scope="col">${t('phrasings.state')}</th></tr></thead>
<tbody>${newestFirst.map(
    (p) => html`<tr>
<th scope="row"><q>${p.text}</q>${p.remarqueId ? html`<br><a href="${PATHS.remarques}/${p.remarqueId}">${t('remarques.number', { id: p.remarqueId })}</a>` : ''}</th>
<td>${lookup.entryTitle(p.entryId)}</td>
<td>${p.createdBy}, ${dateTime(p.createdAt)}</td>
<td>${p.revertedAt
      ? html`${t('phrasings.reverted', { by: p.revertedBy ?? '' })} ${dateTime(p.revertedAt)}`
      : html`${t('phrasings.active')}<form class="inline" method="post" action="${PATHS.phrasings}/${p.id}/annuler">${csrfField(session)}<button type="submit" class="secondary">${t('phrasings.undo')}<span class="visually-hidden"> : ${p.text}</span></button></form>`}</td>
</tr>`,
  )}</tbody>
</table>`;
  return {
    title: t('phrasings.title'),
    current: 'phrasings',
    body: html`<p>${t('phrasings.intro')}</p>${phrasings.length === 0 ? html`<p>${t('phrasings.empty')}</p>` : scrollTable(t('phrasings.caption'), table)}`,
  };
}

const ACTIONS: Record<string, TextKey> = {
  'remarque.update': 'journal.actions.remarqueUpdate',
  'remarque.bulk-update': 'journal.actions.remarqueBulk',
  'phrasing.teach': 'journal.actions.teach',
  'phrasing.undo': 'journal.actions.undo',
  'agenda.create': 'journal.actions.agendaCreate',
  'agenda.update': 'journal.actions.agendaUpdate',
  'agenda.delete': 'journal.actions.agendaDelete',
};

/** An audit record's details as the actions wrote them (JSON); anything unreadable counts as nothing. */
function parsedDetails(details: string | null | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(details ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const statusLabel = (value: unknown): string => STATUS_LABELS_FR[value as RemarqueStatus] ?? text(value);

/** "Statut : nouvelle → à transmettre ; note modifiée" */
function statusAndNote(d: Record<string, unknown>): string[] {
  const parts: string[] = [];
  if (d.status !== undefined) {
    parts.push(d.previousStatus !== undefined ? t('journal.sentences.status', { from: statusLabel(d.previousStatus), to: statusLabel(d.status) }) : t('journal.sentences.statusTo', { to: statusLabel(d.status) }));
  }
  if (d.note !== undefined) parts.push(t('journal.sentences.noteChanged'));
  return parts;
}

function agendaSentence(key: 'journal.sentences.agendaCreate' | 'journal.sentences.agendaUpdate' | 'journal.sentences.agendaDelete', d: Record<string, unknown>): string {
  const item = (typeof d.previous === 'object' && d.previous !== null ? d.previous : d) as Record<string, unknown>;
  const title = typeof item.title === 'object' && item.title !== null ? text((item.title as Record<string, unknown>).fr) : text(item.title);
  return t(key, { title, date: frenchDate(text(item.date)) });
}

/** What changed, in a sentence staff can read (never raw JSON or internal ids). */
export function journalSentence(record: AuditRecord, lookup: Lookup): string {
  const d = parsedDetails(record.details);
  const sentence = (() => {
    switch (record.action) {
      case 'remarque.update':
        return statusAndNote(d).join(' ; ');
      case 'remarque.bulk-update': {
        const ids = Array.isArray(d.ids) ? d.ids.map(text) : [];
        return [...statusAndNote(d), ids.length > 0 ? t('journal.sentences.bulkIds', { ids: ids.join(', ') }) : ''].filter(Boolean).join(' ; ');
      }
      case 'phrasing.teach':
        return t('journal.sentences.teach', { remarque: text(d.remarque), entry: lookup.entryTitle(text(d.entry) || null), status: statusLabel(d.previousStatus) });
      case 'phrasing.undo':
        return d.remarque === null || d.remarque === undefined
          ? t('journal.sentences.undoNoRemarque', { entry: lookup.entryTitle(text(d.entry) || null) })
          : t('journal.sentences.undo', { remarque: text(d.remarque), entry: lookup.entryTitle(text(d.entry) || null) });
      case 'agenda.create':
        return agendaSentence('journal.sentences.agendaCreate', d);
      case 'agenda.update':
        return agendaSentence('journal.sentences.agendaUpdate', d);
      case 'agenda.delete':
        return agendaSentence('journal.sentences.agendaDelete', d);
      default:
        return '';
    }
  })();
  return sentence || t('journal.sentences.nothing');
}

/** The element a change was about, named as staff know it, with a link when it has a page. */
function journalTarget(record: AuditRecord): Html | string {
  const [kind = '', id = ''] = record.target.split(/:(.*)/s);
  const d = parsedDetails(record.details);
  switch (kind) {
    case 'remarque':
      return html`<a href="${PATHS.remarques}/${id}">${t('journal.items.remarque', { id })}</a>`;
    case 'remarques':
      return id === '1' ? t('journal.items.remarquesOne') : t('journal.items.remarques', { count: id });
    case 'phrasing':
      return html`<a href="${PATHS.phrasings}">${t('journal.items.phrasing', { id })}</a>`;
    case 'agenda': {
      const item = (typeof d.previous === 'object' && d.previous !== null ? d.previous : d) as Record<string, unknown>;
      const title = typeof item.title === 'object' && item.title !== null ? text((item.title as Record<string, unknown>).fr) : text(item.title);
      return title ? t('journal.items.agenda', { title }) : t('journal.items.agendaUnknown');
    }
    default:
      return record.target;
  }
}

export function journalPage(records: AuditRecord[], lookup: Lookup): Omit<PageParts, 'session'> {
  const table = html`<table>
<caption>${t('journal.caption', { count: records.length })}</caption>
<thead><tr><th scope="col">${t('journal.when')}</th><th scope="col">${t('journal.who')}</th><th scope="col">${t('journal.what')}</th><th scope="col">${t('journal.target')}</th><th scope="col">${t('journal.details')}</th></tr></thead>
<tbody>${records.map((a) => {
    const action = ACTIONS[a.action];
    return html`<tr><td>${dateTime(a.at)}</td><td>${a.actor}</td><th scope="row">${action ? t(action) : a.action}</th><td>${journalTarget(a)}</td><td>${journalSentence(a, lookup)}</td></tr>`;
  })}</tbody>
</table>`;
  return {
    title: t('journal.title'),
    current: 'journal',
    body: html`<p>${t('journal.intro')}</p>${records.length === 0 ? html`<p>${t('journal.empty')}</p>` : scrollTable(t('journal.title'), table)}`,
  };
}
