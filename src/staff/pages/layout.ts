/** The frame of every console page: language, title, skip link, navigation, the signed-in name, a message after a change. */
import type { Response } from 'restify';
import { html, toString, type Fragment, type Html } from '../html.js';
import type { Session } from '../sessions.js';
import { t, type TextKey } from '../text.js';

export const PATHS = {
  dashboard: '/staff',
  remarques: '/staff/remarques',
  meeting: '/staff/reunion',
  agenda: '/staff/agenda',
  fiches: '/staff/fiches',
  contacts: '/staff/contacts',
  phrasings: '/staff/apprentissage',
  journal: '/staff/journal',
  login: '/staff/connexion',
  logout: '/staff/deconnexion',
  css: '/staff/assets/staff.css',
  favicon: '/staff/assets/favicon.svg',
  /** The English name people guess: redirected to the sign-in page. */
  loginAlias: '/staff/login',
} as const;

export type NavKey = 'dashboard' | 'remarques' | 'meeting' | 'agenda' | 'fiches' | 'phrasings' | 'journal';

const NAV: readonly { key: NavKey; label: TextKey }[] = [
  { key: 'dashboard', label: 'nav.dashboard' },
  { key: 'remarques', label: 'nav.remarques' },
  { key: 'meeting', label: 'nav.meeting' },
  { key: 'agenda', label: 'nav.agenda' },
  { key: 'fiches', label: 'nav.fiches' },
  { key: 'phrasings', label: 'nav.phrasings' },
  { key: 'journal', label: 'nav.journal' },
];

export interface PageParts {
  title: string;
  session?: Session | undefined;
  current?: NavKey;
  /** A short confirmation after a change (already a catalogue text). */
  flash?: string | undefined;
  /** An error to announce at the top of the page. */
  alert?: string | undefined;
  body: Fragment;
}

export function csrfField(session: Session): Html {
  return html`<input type="hidden" name="_csrf" value="${session.csrfToken}">`;
}

function header(parts: PageParts): Html {
  const session = parts.session;
  const nav = session
    ? html`<nav aria-label="${t('nav.label')}"><ul class="nav">${NAV.map(
        (item) => html`<li><a href="${PATHS[item.key]}"${parts.current === item.key ? html` aria-current="page"` : ''}>${t(item.label)}</a></li>`,
      )}</ul></nav>
<form class="signout" method="post" action="${PATHS.logout}">${csrfField(session)}<span>${t('nav.signedInAs', { name: session.username })}</span> <button type="submit" class="link">${t('nav.signOut')}</button></form>`
    : '';
  return html`<header class="top"><p class="brand">${t('app.name')}</p>${nav}</header>`;
}

export function layout(parts: PageParts): string {
  return toString(html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${parts.title} — ${t('app.short')}</title>
<link rel="icon" href="${PATHS.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="${PATHS.css}">
</head>
<body>
<a class="skip" href="#main">${t('app.skip')}</a>
${header(parts)}
<main id="main" tabindex="-1">
<h1>${parts.title}</h1>
${parts.flash ? html`<p class="flash" role="status">${parts.flash}</p>` : ''}
${parts.alert ? html`<p class="alert" role="alert">${parts.alert}</p>` : ''}
${parts.body}
</main>
</body>
</html>
`);
}

export function sendPage(res: Response, parts: PageParts, status = 200): void {
  res.status(status);
  res.header('Content-Type', 'text/html; charset=utf-8');
  res.end(layout(parts));
}

/** The confirmation named by `?ok=` after a redirect: only known keys, never text from the URL. */
const FLASHES = ['saved', 'updated', 'taught', 'taughtNoMatch', 'undone', 'agendaSaved', 'agendaDeleted', 'nothingSelected', 'ficheSaved', 'ficheUndone', 'ficheUnchanged'] as const;
export function flashFrom(query: Record<string, unknown>): string | undefined {
  const key = FLASHES.find((k) => k === query['ok']);
  const n = Number(query['n']);
  return key ? t(`flash.${key}`, { n: Number.isSafeInteger(n) ? n : 0 }) : undefined;
}
