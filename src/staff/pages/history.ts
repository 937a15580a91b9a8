/** What staff taught the assistant (each undoable), and the journal of every change (who, when, what). */
import type { AuditRecord, TaughtPhrasing } from '../../storage/types.js';
import { html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { Session } from '../sessions.js';
import { t, type TextKey } from '../text.js';
import { csrfField, PATHS, type PageParts } from './layout.js';
import { dateTime, scrollTable } from './widgets.js';

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

const DETAILS_SHOWN = 300;

export function journalPage(records: AuditRecord[]): Omit<PageParts, 'session'> {
  const table = html`<table>
<caption>${t('journal.caption', { count: records.length })}</caption>
<thead><tr><th scope="col">${t('journal.when')}</th><th scope="col">${t('journal.who')}</th><th scope="col">${t('journal.what')}</th><th scope="col">${t('journal.target')}</th><th scope="col">${t('journal.details')}</th></tr></thead>
<tbody>${records.map((a) => {
    const action = ACTIONS[a.action];
    const details = a.details ?? '';
    return html`<tr><td>${dateTime(a.at)}</td><td>${a.actor}</td><th scope="row">${action ? t(action) : a.action}</th><td>${a.target}</td><td><code>${details.length > DETAILS_SHOWN ? `${details.slice(0, DETAILS_SHOWN)}…` : details}</code></td></tr>`;
  })}</tbody>
</table>`;
  return {
    title: t('journal.title'),
    current: 'journal',
    body: html`<p>${t('journal.intro')}</p>${records.length === 0 ? html`<p>${t('journal.empty')}</p>` : scrollTable(t('journal.title'), table)}`,
  };
}
