/** The dashboard: what waits, how the assistant answers week by week, and what residents ask about most. */
import { SERIES, shortDate, weeksChart } from '../chart.js';
import { html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { Dashboard } from '../reports.js';
import { formatNumber, formatPercent, t } from '../text.js';
import { PATHS, type PageParts } from './layout.js';
import { frenchDate, remarqueCard, scrollTable } from './widgets.js';

export function dashboardPage(data: Dashboard, lookup: Lookup): Omit<PageParts, 'session'> {
  const { shares, waiting } = data;
  const weeksTable = html`<table>
<caption>${t('dashboard.tableCaption')}</caption>
<thead><tr><th scope="col">${t('dashboard.week')}</th>${SERIES.map((s) => html`<th scope="col">${t(s.label)}</th>`)}</tr></thead>
<tbody>${data.weeks.map((w) => html`<tr><th scope="row">${shortDate(w.week)}</th><td>${w.answer}</td><td>${w.clarify}</td><td>${w.fallback}</td></tr>`)}</tbody>
</table>`;
  return {
    title: t('dashboard.title'),
    current: 'dashboard',
    body: html`<section aria-labelledby="waiting-title" class="panel">
<h2 id="waiting-title">${t('dashboard.waiting')}</h2>
<ul class="figures">
<li><a href="${PATHS.remarques}?status=nouvelle"><strong>${formatNumber(waiting.nouvelle)}</strong> ${t('dashboard.waitingNew')}</a></li>
<li><a href="${PATHS.remarques}?status=a-transmettre"><strong>${formatNumber(waiting.aTransmettre)}</strong> ${t('dashboard.waitingToSend')}</a></li>
</ul>
</section>
<section aria-labelledby="weeks-title" class="panel">
<h2 id="weeks-title">${t('dashboard.weeksTitle', { weeks: data.weeks.length })}</h2>
<p>${t('dashboard.period', { from: frenchDate(data.from), to: frenchDate(data.to) })}</p>
<ul class="figures">
<li><strong>${formatNumber(shares.total)}</strong> ${t('dashboard.questions')}</li>
<li><strong>${formatPercent(shares.answer, shares.total)}</strong> ${t('dashboard.answeredShare')}</li>
<li><strong>${formatPercent(shares.clarify, shares.total)}</strong> ${t('dashboard.clarifiedShare')}</li>
<li><strong>${formatPercent(shares.fallback, shares.total)}</strong> ${t('dashboard.unansweredShare')}</li>
</ul>
${weeksChart(data.weeks)}
<ul class="legend">${SERIES.map((s) => html`<li><span class="swatch ${s.className}" aria-hidden="true"></span>${t(s.label)}</li>`)}</ul>
<details><summary>${t('dashboard.showTable')}</summary>${scrollTable(t('dashboard.tableCaption'), weeksTable)}</details>
</section>
<section aria-labelledby="topics-title" class="panel">
<h2 id="topics-title">${t('dashboard.topTopics')}</h2>
${data.topics.length === 0 ? html`<p>${t('dashboard.noTopics')}</p>` : html`<ol class="bars">${data.topics.map((tc) => html`<li><span>${lookup.topicLabel(tc.topic)}</span> <strong>${formatNumber(tc.count)}</strong></li>`)}</ol>`}
</section>
<section aria-labelledby="latest-title" class="panel">
<h2 id="latest-title">${t('dashboard.latest')}</h2>
${waiting.latest.length === 0 ? html`<p>${t('dashboard.nothingWaiting')}</p>` : waiting.latest.map((r) => remarqueCard(r, lookup))}
<p><a href="${PATHS.remarques}?status=nouvelle">${t('dashboard.seeAll')}</a></p>
</section>`,
  };
}
