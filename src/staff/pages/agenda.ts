/**
 * The agenda: upcoming actions (what residents are told), archived ones (past: kept for the record, never shown
 * to residents), the form to add or edit an action, and the confirmation before removing one.
 */
import type { AgendaRecord } from '../../storage/types.js';
import { attr, html, type Html } from '../html.js';
import type { Lookup } from '../lookup.js';
import type { Session } from '../sessions.js';
import { t, type TextKey } from '../text.js';
import { csrfField, PATHS, type PageParts } from './layout.js';
import { toFrenchDate } from '../french-dates.js';
import { dateTimeInput, entryOptions, frenchDate, scrollTable, topicOptions } from './widgets.js';

export interface AgendaRow {
  record: AgendaRecord;
  /** The next occurrence (YYYY-MM-DD, HH:MM), for a repeated action; undefined when archived. */
  next: { date: string; time: string } | undefined;
}

function sampleBadge(record: AgendaRecord): Html | '' {
  return record.sample ? html` <span class="badge sample">${t('agenda.sample')}</span>` : '';
}

function table(caption: string, rows: AgendaRow[], lookup: Lookup, archived: boolean): Html {
  return scrollTable(
    caption,
    html`<table class="cards">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">${t('agenda.when')}</th><th scope="col">${t('agenda.titleCol')}</th><th scope="col">${t('agenda.topic')}</th><th scope="col">${t('agenda.place')}</th><th scope="col">${t('agenda.price')}</th><th scope="col">${t('agenda.actions')}</th></tr></thead>
<tbody>${rows.map(({ record: r, next }) => {
      const when = next ?? { date: r.date, time: r.time };
      return html`<tr>
<td data-label="${t('agenda.when')}">${frenchDate(when.date)} ${when.time}${r.repeat ? html`<br><span class="meta">${t(r.repeat.every === 'week' ? 'agenda.everyWeek' : 'agenda.everyMonth', { until: frenchDate(r.repeat.until) })}</span>` : ''}</td>
<th scope="row">${r.title.fr}${sampleBadge(r)}${archived ? html` <span class="badge archived">${t('agenda.archivedBadge')}</span>` : ''}</th>
<td data-label="${t('agenda.topic')}">${lookup.topicLabel(r.topic)}</td>
<td data-label="${t('agenda.place')}">${r.place.fr}</td>
<td data-label="${t('agenda.price')}">${r.price ? r.price.fr : html`<span class="meta">${t('agenda.entryPrice')}</span>`}</td>
<td data-label="${t('agenda.actions')}"><a href="${PATHS.agenda}/${r.id}">${t('agenda.edit')}<span class="visually-hidden"> ${r.title.fr}</span></a> · <a href="${PATHS.agenda}/${r.id}/supprimer">${t('agenda.remove')}<span class="visually-hidden"> ${r.title.fr}</span></a></td>
</tr>`;
    })}</tbody>
</table>`,
  );
}

export function agendaPage(upcoming: AgendaRow[], archived: AgendaRow[], lookup: Lookup): Omit<PageParts, 'session'> {
  return {
    title: t('agenda.title'),
    current: 'agenda',
    body: html`<p>${t('agenda.intro')}</p>
<p><a class="button" href="${PATHS.agenda}/nouvelle">${t('agenda.add')}</a></p>
${upcoming.some((r) => r.record.sample) ? html`<p class="alert-soft">${t('agenda.sampleWarning')}</p>` : ''}
<section aria-labelledby="upcoming-title">
<h2 id="upcoming-title">${t('agenda.upcoming')}</h2>
${upcoming.length === 0 ? html`<p>${t('agenda.noUpcoming')}</p>` : table(t('agenda.upcoming'), upcoming, lookup, false)}
</section>
<section aria-labelledby="archived-title">
<h2 id="archived-title">${t('agenda.archived')}</h2>
<p class="hint">${t('agenda.archivedHint')}</p>
${archived.length === 0 ? html`<p>${t('agenda.noArchived')}</p>` : table(t('agenda.archived'), archived, lookup, true)}
</section>`,
  };
}

/** The form's values: field name → text as typed (so a refused form comes back as the person left it). */
export type FormValues = Record<string, string>;

export function recordToForm(r: AgendaRecord): FormValues {
  return {
    title_fr: r.title.fr,
    title_en: r.title.en,
    topic: r.topic,
    entry: r.entry ?? '',
    date: toFrenchDate(r.date),
    time: r.time,
    endTime: r.endTime ?? '',
    place_fr: r.place.fr,
    place_en: r.place.en,
    description_fr: r.description?.fr ?? '',
    description_en: r.description?.en ?? '',
    registration_fr: r.registration?.fr ?? '',
    registration_en: r.registration?.en ?? '',
    price_fr: r.price?.fr ?? '',
    price_en: r.price?.en ?? '',
    repeat: r.repeat?.every ?? '',
    until: r.repeat?.until ? toFrenchDate(r.repeat.until) : '',
    sample: r.sample ? 'on' : '',
  };
}

/** Issue paths of the schema (title.fr, repeat.until...) → the form's field names. */
export function formFieldOf(path: string): string {
  if (path === 'repeat.until') return 'until';
  if (path.startsWith('repeat')) return 'repeat';
  return path.replace('.', '_');
}

const LABELS: Record<string, TextKey> = {
  title_fr: 'agenda.form.titleFr',
  title_en: 'agenda.form.titleEn',
  topic: 'agenda.form.topic',
  entry: 'agenda.form.entry',
  date: 'agenda.form.date',
  time: 'agenda.form.time',
  endTime: 'agenda.form.endTime',
  place_fr: 'agenda.form.placeFr',
  place_en: 'agenda.form.placeEn',
  description_fr: 'agenda.form.descriptionFr',
  description_en: 'agenda.form.descriptionEn',
  registration_fr: 'agenda.form.registrationFr',
  registration_en: 'agenda.form.registrationEn',
  price_fr: 'agenda.form.priceFr',
  price_en: 'agenda.form.priceEn',
  repeat: 'agenda.form.repeat',
  until: 'agenda.form.until',
};

export function fieldLabel(name: string): string {
  const key = LABELS[name];
  return key ? t(key) : name;
}

interface FieldOptions {
  type?: 'text' | 'date' | 'time' | 'textarea';
  required?: boolean;
  hint?: TextKey;
}

function input(name: string, values: FormValues, errors: ReadonlySet<string>, options: FieldOptions = {}, messages: ReadonlyMap<string, string> = new Map()): Html {
  const id = `a-${name}`;
  const invalid = errors.has(name);
  if (options.type === 'date' || options.type === 'time') {
    const error = invalid ? (messages.get(name) ?? t('agenda.form.invalid')) : undefined;
    return html`<p><label for="${id}">${fieldLabel(name)}${options.required ? html` <span aria-hidden="true">*</span>` : ''}</label>
${dateTimeInput({ id, name, kind: options.type, value: values[name] ?? '', required: options.required ?? false, error, describedBy: options.hint ? [`${id}-hint`] : [] })}
${options.hint ? html`<span id="${id}-hint" class="hint">${t(options.hint)}</span>` : ''}</p>`;
  }
  const describedBy = [options.hint ? `${id}-hint` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = html` id="${id}" name="${name}"${attr('required', options.required ?? false)}${invalid ? html` aria-invalid="true"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}`;
  const control =
    options.type === 'textarea'
      ? html`<textarea${common} rows="3" maxlength="2000">${values[name] ?? ''}</textarea>`
      : html`<input${common} type="${options.type ?? 'text'}" maxlength="2000" value="${values[name] ?? ''}">`;
  return html`<p><label for="${id}">${fieldLabel(name)}${options.required ? html` <span aria-hidden="true">*</span>` : ''}</label>
${control}
${options.hint ? html`<span id="${id}-hint" class="hint">${t(options.hint)}</span>` : ''}
${invalid ? html`<span id="${id}-error" class="error">${t('agenda.form.invalid')}</span>` : ''}</p>`;
}

export function agendaFormPage(options: {
  record: AgendaRecord | undefined;
  values: FormValues;
  errors: ReadonlySet<string>;
  /** Field name → the French sentence saying what is wrong (dates and times), instead of the general one. */
  messages?: ReadonlyMap<string, string>;
  lookup: Lookup;
  session: Session;
}): Omit<PageParts, 'session'> {
  const { record, values, errors, lookup, session } = options;
  const field = (name: string, o?: FieldOptions) => input(name, values, errors, o, options.messages);
  const invalid = (name: string) => (errors.has(name) ? html` aria-invalid="true"` : '');
  return {
    title: record ? t('agenda.editTitle', { title: record.title.fr }) : t('agenda.newTitle'),
    current: 'agenda',
    alert: errors.size > 0 ? t('agenda.form.errors', { fields: [...errors].map(fieldLabel).join(', ') }) : undefined,
    body: html`<p><a href="${PATHS.agenda}">${t('agenda.back')}</a></p>
<p class="hint">${t('agenda.form.required')}</p>
<form class="stack" method="post" action="${record ? `${PATHS.agenda}/${record.id}` : PATHS.agenda}">
${csrfField(session)}
<fieldset><legend>${t('agenda.form.what')}</legend>
${field('title_fr', { required: true })}
${field('title_en', { hint: 'agenda.form.englishHint' })}
<p><label for="a-topic">${fieldLabel('topic')} <span aria-hidden="true">*</span></label>
<select id="a-topic" name="topic" required${invalid('topic')}>${topicOptions(lookup, values['topic'], t('agenda.form.chooseTopic'))}</select></p>
<p><label for="a-entry">${fieldLabel('entry')}</label>
<select id="a-entry" name="entry" aria-describedby="a-entry-hint"${invalid('entry')}>${entryOptions(lookup, values['entry'], t('agenda.form.noEntry'))}</select>
<span id="a-entry-hint" class="hint">${t('agenda.form.entryHint')}</span></p>
${field('description_fr', { type: 'textarea' })}
${field('description_en', { type: 'textarea' })}
</fieldset>
<fieldset><legend>${t('agenda.form.whenWhere')}</legend>
${field('date', { type: 'date', required: true, hint: 'agenda.form.parisTime' })}
${field('time', { type: 'time', required: true })}
${field('endTime', { type: 'time' })}
<p><label for="a-repeat">${fieldLabel('repeat')}</label>
<select id="a-repeat" name="repeat"${invalid('repeat')}><option value="">${t('agenda.form.once')}</option><option value="week"${attr('selected', values['repeat'] === 'week')}>${t('agenda.form.weekly')}</option><option value="month"${attr('selected', values['repeat'] === 'month')}>${t('agenda.form.monthly')}</option></select></p>
${field('until', { type: 'date' })}
${field('place_fr', { required: true })}
${field('place_en')}
</fieldset>
<fieldset><legend>${t('agenda.form.registration')}</legend>
${field('registration_fr', { type: 'textarea' })}
${field('registration_en', { type: 'textarea' })}
${field('price_fr', { hint: 'agenda.form.priceHint' })}
${field('price_en')}
<p><label class="check"><input type="checkbox" name="sample" value="on"${attr('checked', values['sample'] === 'on')}> ${t('agenda.form.sample')}</label></p>
</fieldset>
<p><button type="submit">${t('agenda.form.save')}</button></p>
</form>`,
  };
}

export function agendaRemovePage(record: AgendaRecord, session: Session): Omit<PageParts, 'session'> {
  return {
    title: t('agenda.removeTitle'),
    current: 'agenda',
    body: html`<p>${t('agenda.removeConfirm', { title: record.title.fr, date: frenchDate(record.date) })}</p>
<form method="post" action="${PATHS.agenda}/${record.id}/supprimer">${csrfField(session)}
<p class="actions"><button type="submit" class="danger">${t('agenda.removeSubmit')}</button> <a href="${PATHS.agenda}">${t('agenda.cancel')}</a></p>
</form>`,
  };
}
