/**
 * One remarque: what the resident wrote, its status and note, and — for a question the assistant could not answer —
 * teaching: attach it to an entry so that the assistant answers it from now on (undoable).
 */
import type { Remarque, TaughtPhrasing } from '../../storage/types.js';
import { html, type Html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { Session } from '../sessions.js';
import { t } from '../text.js';
import { csrfField, PATHS, type PageParts } from './layout.js';
import { dateTime, entryOptions, kindLabel, statusBadge, statusOptions } from './widgets.js';

export interface RemarqueView {
  remarque: Remarque;
  /** The entry the assistant answers this text with today, if any. */
  answeredBy: string | undefined;
  /** When it does not answer outright: the entries it offers to choose between (with « Rien de tout ça »). */
  offered: string[];
  phrasings: TaughtPhrasing[];
  teachable: boolean;
}

function taughtList(phrasings: TaughtPhrasing[], lookup: Lookup, session: Session): Html {
  if (phrasings.length === 0) return html``;
  return html`<h3>${t('teach.history')}</h3><ul class="plain">${phrasings.map(
    (p) => html`<li>${t('teach.attached', { entry: lookup.entryTitle(p.entryId), by: p.createdBy })} (${dateTime(p.createdAt)})
${p.revertedAt
  ? html` — <em>${t('phrasings.reverted', { by: p.revertedBy ?? '' })}</em> ${dateTime(p.revertedAt)}`
  : html`<form class="inline" method="post" action="${PATHS.phrasings}/${p.id}/annuler">${csrfField(session)}<input type="hidden" name="back" value="${PATHS.remarques}/${p.remarqueId ?? ''}"><button type="submit" class="secondary">${t('phrasings.undo')}</button></form>`}</li>`,
  )}</ul>`;
}

/** What the assistant does with this text today, said as it happens: an answer, a choice offered, or nothing. */
function today(v: RemarqueView, lookup: Lookup): string {
  if (v.answeredBy) return t('teach.currentAnswer', { entry: lookup.entryTitle(v.answeredBy) });
  if (v.offered.length > 0) return t('teach.currentChoice', { entries: v.offered.map((id) => `« ${lookup.entryTitle(id)} »`).join(', ') });
  return t('teach.currentNone');
}

export function remarquePage(v: RemarqueView, lookup: Lookup, session: Session): Omit<PageParts, 'session'> {
  const r = v.remarque;
  const teach = v.teachable
    ? html`<section aria-labelledby="teach-title" class="panel">
<h2 id="teach-title">${t('teach.title')}</h2>
<p>${t('teach.intro')}</p>
<p>${today(v, lookup)}</p>
<form class="stack" method="post" action="${PATHS.remarques}/${r.id}/apprendre">
${csrfField(session)}
<p><label for="entryId">${t('teach.entry')}</label>
<select id="entryId" name="entryId" required>${entryOptions(lookup, undefined, t('teach.choose'))}</select></p>
<p><button type="submit">${t('teach.submit')}</button></p>
</form>
${taughtList(v.phrasings, lookup, session)}
</section>`
    : html`<p class="hint">${t('teach.notForSuggestions')}</p>`;
  return {
    title: t('remarques.number', { id: r.id }),
    current: 'remarques',
    body: html`<p><a href="${PATHS.remarques}">${t('remarque.back')}</a></p>
<section aria-labelledby="text-title" class="panel">
<h2 id="text-title">${t('remarque.text')}</h2>
<blockquote class="resident-text">${r.text}</blockquote>
<dl class="facts">
<dt>${t('remarque.date')}</dt><dd>${dateTime(r.createdAt)}</dd>
<dt>${t('remarque.kind')}</dt><dd>${kindLabel(r.kind)}</dd>
<dt>${t('remarque.status')}</dt><dd>${statusBadge(r.status)}</dd>
<dt>${t('remarque.topic')}</dt><dd>${r.topic ? lookup.topicLabel(r.topic) : t('remarque.none')}</dd>
${r.entryId ? html`<dt>${t('remarque.entry')}</dt><dd>${lookup.entryTitle(r.entryId)}</dd>` : ''}
<dt>${t('remarque.channel')}</dt><dd>${r.channel} (${r.locale})</dd>
</dl>
</section>
<section aria-labelledby="status-title" class="panel">
<h2 id="status-title">${t('remarque.statusTitle')}</h2>
<form class="stack" method="post" action="${PATHS.remarques}/${r.id}">
${csrfField(session)}
<p><label for="status">${t('remarque.status')}</label>
<select id="status" name="status">${statusOptions(r.status)}</select></p>
<p><label for="note">${t('remarque.note')}</label>
<textarea id="note" name="note" rows="3" maxlength="4000" aria-describedby="note-hint">${r.note ?? ''}</textarea>
<span id="note-hint" class="hint">${t('remarque.noteHint')}</span></p>
<p><button type="submit">${t('remarque.save')}</button></p>
</form>
</section>
${teach}`,
  };
}
