/**
 * Why the full Web Chat bundle, still served for sites that embed Web Chat themselves against our Direct Line
 * (the widget has its own light client): it renders hero cards (through Adaptive Cards, which the
 * minimal bundle lacks) as well as suggested actions. Checked in real headless Chromium with a stand-in Direct
 * Line object that delivers one activity carrying both, as the bot sends them on Teams and on Web Chat.
 */
import { expect, it } from 'vitest';
import { webChatBundle } from '../../src/channels/widget/files.js';
import { WEBCHAT_PATH } from '../../src/channels/widget/routes.js';
import { browserAndServer } from './browser.js';

const fixture = browserAndServer();

it('renders a hero card with its buttons, and suggested actions', async () => {
  const page = await fixture.browser.newPage();
  await page.goto(`${fixture.server.url}/`);
  const webchatPath = `${WEBCHAT_PATH}?v=${webChatBundle().version}`;
  await page.addScriptTag({ url: webchatPath });
  // Browser-side code as a string: these tests compile without the DOM's types.
  await page.evaluate(`(() => {
    const observable = (start) => ({ subscribe(o) { start(typeof o === 'function' ? { next: o } : o); return { unsubscribe() {} }; } });
    const card = { contentType: 'application/vnd.microsoft.card.hero', content: { text: 'Texte de la carte', buttons: [{ type: 'imBack', title: 'Bouton de carte', value: 'x' }] } };
    const activity = { type: 'message', id: 'a1', timestamp: new Date().toISOString(), from: { id: 'bot', role: 'bot' }, attachments: [card],
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Action suggérée', value: 'y' }] } };
    const directLine = {
      connectionStatus$: observable((o) => { o.next(0); o.next(1); o.next(2); }),
      activity$: observable((o) => setTimeout(() => o.next(activity), 50)),
      postActivity: () => observable((o) => o.next('id')),
      end() {},
    };
    const host = document.createElement('div');
    host.id = 'bundle-check';
    host.style.height = '400px';
    document.body.prepend(host);
    window.WebChat.renderWebChat({ directLine, locale: 'fr-FR' }, host);
  })()`);
  const host = page.locator('#bundle-check');
  await host.locator('.ac-pushButton', { hasText: 'Bouton de carte' }).waitFor();
  await expect(host.getByText('Texte de la carte').filter({ visible: true }).count()).resolves.toBeGreaterThan(0);
  await expect(host.getByRole('button', { name: 'Action suggérée' }).filter({ visible: true }).count()).resolves.toBeGreaterThan(0);
});
