/** The sign-in page. `next` brings staff back to the page they asked for, if it is a console page. */
import { html } from '../html.js';
import { t } from '../text.js';
import { PATHS, type PageParts } from './layout.js';

/** Only console paths: a sign-in link must not be usable to send someone elsewhere. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/staff(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(value) && !value.startsWith('//') ? value : PATHS.dashboard;
}

export function loginPage(options: { next: string; username?: string; alert?: string | undefined; flash?: string | undefined }): PageParts {
  return {
    title: t('login.title'),
    alert: options.alert,
    flash: options.flash,
    body: html`<p>${t('login.intro')}</p>
<form class="stack narrow" method="post" action="${PATHS.login}">
<input type="hidden" name="next" value="${options.next}">
<p><label for="username">${t('login.username')}</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64" value="${options.username ?? ''}"></p>
<p><label for="password">${t('login.password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></p>
<p><button type="submit">${t('login.submit')}</button></p>
</form>
<p class="hint">${t('login.help')}</p>`,
  };
}
