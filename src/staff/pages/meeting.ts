/**
 * Preparing a meeting of the conseil citoyen: a summary of a chosen period, laid out to be printed (the print
 * style sheet drops the navigation and the forms), with the exports of the same period.
 */
import { KIND_LABELS_FR } from '../../storage/export.js';
import { html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { MeetingSummary } from '../reports.js';
import { formatNumber, formatPercent, t } from '../text.js';
import { PATHS, type PageParts } from './layout.js';
import { toFrenchDate } from '../french-dates.js';
import { dateTime, dateTimeInput, frenchDate, scrollTable } from './widgets.js';

/** The period form alone, with the dates as typed and why they are refused. */
export function meetingRefusedPage(typed: { from?: string; to?: string }, errors: { from?: string; to?: string }): Omit<PageParts, 'session'> {
  return {
    title: t('meeting.title'),
    current: 'meeting',
    alert: t('dates.refused', { messages: Object.values(errors).join(' ') }),
    body: periodForm(typed.from ?? '', typed.to ?? '', errors),
  };
}

function periodForm(from: string, to: string, errors: { from?: string; to?: string } = {}) {
  return html`<form class="filters no-print" method="get" action="${PATHS.meeting}">
<p><label for="m-from">${t('meeting.from')}</label> ${dateTimeInput({ id: 'm-from', name: 'from', kind: 'date', value: from, required: true, error: errors.from })}</p>
<p><label for="m-to">${t('meeting.to')}</label> ${dateTimeInput({ id: 'm-to', name: 'to', kind: 'date', value: to, required: true, error: errors.to })}</p>
<p class="actions"><button type="submit">${t('meeting.show')}</button></p>
</form>`;
}

export function meetingPage(s: MeetingSummary, lookup: Lookup): Omit<PageParts, 'session'> {
  const period = `?from=${s.from}&to=${s.to}`;
  const topicTable = html`<table>
<caption>${t('meeting.byTopic')}</caption>
<thead><tr><th scope="col">${t('meeting.topic')}</th><th scope="col">${t('meeting.count')}</th></tr></thead>
<tbody>${s.byTopic.map((row) => html`<tr><th scope="row">${row.topic ? lookup.topicLabel(row.topic) : t('meeting.noTopic')}</th><td>${row.count}</td></tr>`)}</tbody>
</table>`;
  const kindTable = html`<table>
<caption>${t('meeting.byKind')}</caption>
<thead><tr><th scope="col">${t('meeting.kind')}</th><th scope="col">${t('meeting.count')}</th></tr></thead>
<tbody>${s.byKind.map((row) => html`<tr><th scope="row">${KIND_LABELS_FR[row.kind]}</th><td>${row.count}</td></tr>`)}</tbody>
</table>`;
  return {
    title: t('meeting.title'),
    current: 'meeting',
    body: html`${periodForm(toFrenchDate(s.from), toFrenchDate(s.to))}
<p class="no-print">${t('meeting.printHint')} · <a href="/staff/api/remarques.csv${period}" download>${t('remarques.exportCsv')}</a> · <a href="/staff/api/remarques.json${period}" download>${t('remarques.exportJson')}</a></p>
<section aria-labelledby="brief-title" class="panel">
<h2 id="brief-title">${t('meeting.brief', { from: frenchDate(s.from), to: frenchDate(s.to) })}</h2>
<ul class="figures">
<li><strong>${formatNumber(s.turns.total)}</strong> ${t('meeting.questionsAsked')}</li>
<li><strong>${formatPercent(s.turns.answer, s.turns.total)}</strong> ${t('dashboard.answeredShare')}</li>
<li><strong>${formatNumber(s.total)}</strong> ${t('meeting.remarques')}</li>
</ul>
</section>
<section aria-labelledby="counts-title" class="panel">
<h2 id="counts-title">${t('meeting.counts')}</h2>
<div class="two">${scrollTable(t('meeting.byTopic'), topicTable)}${scrollTable(t('meeting.byKind'), kindTable)}</div>
</section>
<section aria-labelledby="frequent-title" class="panel">
<h2 id="frequent-title">${t('meeting.frequent')}</h2>
${s.frequent.length === 0
  ? html`<p>${t('meeting.none')}</p>`
  : html`<ol class="frequent">${s.frequent.map((q) => html`<li><q>${q.text}</q> <span class="count">${t('meeting.times', { count: q.count })}</span>${q.topic ? html` <span class="meta">(${lookup.topicLabel(q.topic)})</span>` : ''}</li>`)}</ol>`}
</section>
<section aria-labelledby="suggestions-title" class="panel">
<h2 id="suggestions-title">${t('meeting.suggestions')}</h2>
${s.suggestions.length === 0
  ? html`<p>${t('meeting.none')}</p>`
  : html`<ul class="plain">${s.suggestions.map((r) => html`<li><q>${r.text}</q> <span class="meta">${dateTime(r.createdAt)}</span>${r.note ? html` — ${r.note}` : ''}</li>`)}</ul>`}
</section>`,
  };
}
