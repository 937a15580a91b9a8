/**
 * The remarques: filters (a GET form, so a filtered list is a link staff can share), then the list, newest first —
 * similar remarques grouped with their count by default, or one by one — inside one form for changes in bulk, whose
 * controls come first (right above the remarques they apply to, not after a long list).
 */
import { KIND_LABELS_FR, STATUS_LABELS_FR } from '../../storage/export.js';
import { REMARQUE_KINDS, REMARQUE_STATUSES, type Remarque, type RemarqueFilter } from '../../storage/types.js';
import { attr, html, type Html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { Session } from '../sessions.js';
import type { Group } from '../similar.js';
import { formatNumber, t } from '../text.js';
import { csrfField, PATHS, type PageParts } from './layout.js';
import { toFrenchDate } from '../french-dates.js';
import { dateTimeInput, pagination, remarqueCard, statusOptions, topicOptions } from './widgets.js';

export type View = 'groups' | 'list';

export interface RemarquesView {
  filter: RemarqueFilter;
  view: View;
  total: number;
  page: number;
  pages: number;
  /** Groups of the current page (one item each in list view). */
  groups: Group<Remarque>[];
  /** Query string of the filters (no paging), starting with "?" or empty. */
  query: string;
  /** Where to come back after a bulk change. */
  back: string;
  /** The period as typed, and a French sentence per refused date (then no list is shown: the filter is not applied). */
  typed?: { from?: string; to?: string };
  dateErrors?: { from?: string; to?: string };
}

function filters(v: RemarquesView, lookup: Lookup): Html {
  const f = v.filter;
  return html`<form class="filters" method="get" action="${PATHS.remarques}" role="search" aria-label="${t('remarques.filters')}">
<fieldset><legend>${t('remarques.status')}</legend>
${REMARQUE_STATUSES.map((s) => html`<label class="check"><input type="checkbox" name="status" value="${s}"${attr('checked', f.status?.includes(s) ?? false)}> ${STATUS_LABELS_FR[s]}</label>`)}
</fieldset>
<fieldset><legend>${t('remarques.kind')}</legend>
${REMARQUE_KINDS.map((k) => html`<label class="check"><input type="checkbox" name="kind" value="${k}"${attr('checked', f.kind?.includes(k) ?? false)}> ${KIND_LABELS_FR[k]}</label>`)}
</fieldset>
<p><label for="f-topic">${t('remarques.topic')}</label>
<select id="f-topic" name="topic">${topicOptions(lookup, f.topic, t('remarques.anyTopic'))}</select></p>
<p><label for="f-from">${t('remarques.from')}</label> ${dateTimeInput({ id: 'f-from', name: 'from', kind: 'date', value: v.typed?.from ?? toFrenchDate(f.from ?? ''), error: v.dateErrors?.from })}</p>
<p><label for="f-to">${t('remarques.to')}</label> ${dateTimeInput({ id: 'f-to', name: 'to', kind: 'date', value: v.typed?.to ?? toFrenchDate(f.to ?? ''), error: v.dateErrors?.to })}</p>
<p><label for="f-q">${t('remarques.search')}</label> <input id="f-q" name="q" type="search" maxlength="200" value="${f.search ?? ''}"></p>
<fieldset class="view"><legend>${t('remarques.view')}</legend>
<label class="check"><input type="radio" name="vue" value="groupes"${attr('checked', v.view === 'groups')}> ${t('remarques.viewGroups')}</label>
<label class="check"><input type="radio" name="vue" value="liste"${attr('checked', v.view === 'list')}> ${t('remarques.viewList')}</label>
</fieldset>
<p class="actions"><button type="submit">${t('remarques.apply')}</button> <a href="${PATHS.remarques}">${t('remarques.reset')}</a></p>
</form>`;
}

function groupBlock(group: Group<Remarque>, lookup: Lookup): Html {
  const [first, ...others] = group.items as [Remarque, ...Remarque[]];
  const ids = group.items.map((r) => r.id);
  const select =
    ids.length === 1
      ? html`<p class="select"><label class="check"><input type="checkbox" name="ids" value="${first.id}"> ${t('remarques.selectOne', { id: first.id })}</label></p>`
      : html`<p class="similar"><strong>${t(first.kind === 'suggestion' ? 'remarques.similarSuggestions' : 'remarques.similarCount', { count: ids.length })}</strong></p>
<p class="select"><label class="check"><input type="checkbox" name="ids" value="${ids.join(',')}"> ${t('remarques.selectGroup', { count: ids.length })}</label></p>
<details><summary>${others.length === 1 ? t('remarques.showSimilarOne') : t('remarques.showSimilar', { count: others.length })}</summary>
<ul class="similar-list">${others.map((r) => html`<li><a href="${PATHS.remarques}/${r.id}">${t('remarques.number', { id: r.id })}</a> — <q>${r.text}</q></li>`)}</ul>
</details>`;
  return remarqueCard(first, lookup, select);
}

export function remarquesPage(v: RemarquesView, lookup: Lookup, session: Session): Omit<PageParts, 'session'> {
  const pageHref = (page: number) => `${PATHS.remarques}${v.query ? `${v.query}&` : '?'}page=${page}`;
  const exportQuery = v.query;
  const refused = Object.values(v.dateErrors ?? {});
  if (refused.length) {
    return { title: t('remarques.title'), current: 'remarques', alert: t('dates.refused', { messages: refused.join(' ') }), body: filters(v, lookup) };
  }
  return {
    title: t('remarques.title'),
    current: 'remarques',
    body: html`${filters(v, lookup)}
<section aria-labelledby="results-title">
<h2 id="results-title">${t('remarques.results', { total: formatNumber(v.total) })}</h2>
<p class="exports"><a href="/staff/api/remarques.csv${exportQuery}" download>${t('remarques.exportCsv')}</a> · <a href="/staff/api/remarques.json${exportQuery}" download>${t('remarques.exportJson')}</a></p>
${v.total === 0
  ? html`<p>${t('remarques.empty')}</p>`
  : html`<form method="post" action="${PATHS.remarques}/lot">
${csrfField(session)}<input type="hidden" name="back" value="${v.back}">
<fieldset class="bulk"><legend>${t('remarques.bulk')}</legend>
<p class="hint">${t('remarques.bulkHint')}</p>
<p><label for="bulk-status">${t('remarques.bulkStatus')}</label>
<select id="bulk-status" name="status">${statusOptions(undefined, t('remarques.keepStatus'))}</select></p>
<p><label for="bulk-note">${t('remarques.bulkNote')}</label>
<textarea id="bulk-note" name="note" rows="2" maxlength="4000" aria-describedby="bulk-note-hint"></textarea>
<span id="bulk-note-hint" class="hint">${t('remarques.bulkNoteHint')}</span></p>
<p><button type="submit">${t('remarques.bulkApply')}</button></p>
</fieldset>
${v.groups.map((g) => groupBlock(g, lookup))}
</form>
${pagination(v.page, v.pages, pageHref)}`}
</section>`,
  };
}
