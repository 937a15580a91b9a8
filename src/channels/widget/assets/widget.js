/*
 * The assistant's widget for any page: a floating button that opens Bot Framework Web Chat in a panel.
 *
 *   <script src="https://assistant.example.fr/widget.js" data-lang="fr" defer></script>
 *
 * The server serves this file wrapped as `(function (CONFIG) { … })({…})`: CONFIG holds the interface strings
 * (locales/*.json), the Direct Line domain (this server's own /v3/directline, or Azure's) and the asset paths.
 * Web Chat itself (a few MB) is loaded from the same server only when the resident opens the chat.
 *
 * The conversation survives page reloads within the tab: its id and token are kept in sessionStorage; on reload
 * the token is refreshed and Web Chat reconnects to the same conversation, which replays its transcript.
 */
'use strict';

var script = document.currentScript;
if (!script || window.RenaissanceAssistant) return;

var origin = new URL(script.src, window.location.href).origin;
var lang = /^en\b/i.test(script.getAttribute('data-lang') || document.documentElement.lang || '') ? 'en' : 'fr';
var text = CONFIG.strings[lang];
// The host page's CSP nonce, if any: Web Chat gives it to the <style> elements it creates.
var nonce = script.nonce || script.getAttribute('nonce') || undefined;
var domain = CONFIG.directLineDomain || origin + '/v3/directline';
var STORAGE_KEY = 'renaissance-assistant:' + origin;
/** The widget keeps its token fresh itself (Direct Line tokens live 30 minutes or more). */
var REFRESH_EVERY_MS = 10 * 60 * 1000;
var Status = { FailedToConnect: 4, Ended: 5, Online: 2 };
var locale = lang === 'en' ? 'en-US' : 'fr-FR';

var session = {
  read: function () {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (e) {
      return {};
    }
  },
  write: function (changes) {
    try {
      var saved = session.read();
      for (var key in changes) saved[key] = changes[key];
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    } catch (e) {
      /* storage unavailable (private browsing): the chat still works, it just won't survive a reload */
    }
  },
  forgetConversation: function () {
    session.write({ conversationId: null, token: null });
  },
};

// ---- the interface -------------------------------------------------------------------------------------------

function element(tag, attributes, children) {
  var node = document.createElement(tag);
  for (var name in attributes || {}) node.setAttribute(name, attributes[name]);
  (children || []).forEach(function (child) {
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}

function chatIcon() {
  var ns = 'http://www.w3.org/2000/svg';
  var svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  var path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z');
  svg.appendChild(path);
  return svg;
}

var stylesheet = element('link', { rel: 'stylesheet', href: origin + CONFIG.assets.css });
document.head.appendChild(stylesheet);

var launcher = element('button', { type: 'button', class: 'ra-launcher', 'aria-expanded': 'false', 'aria-controls': 'ra-panel', 'aria-label': text.launcherLabel }, [chatIcon(), element('span', {}, [text.launcher])]);
var closeButton = element('button', { type: 'button', class: 'ra-close', 'aria-label': text.close }, ['×']);
var status = element('p', { class: 'ra-status', role: 'status' });
var retry = element('button', { type: 'button', class: 'ra-retry', hidden: '' }, [text.retry]);
var chat = element('div', { class: 'ra-chat', role: 'region', 'aria-label': text.chatLabel });
var panel = element('section', { id: 'ra-panel', class: 'ra-panel', role: 'dialog', 'aria-labelledby': 'ra-title', hidden: '' }, [
  element('div', { class: 'ra-header' }, [
    element('div', { class: 'ra-header__text' }, [
      element('h2', { id: 'ra-title', class: 'ra-title' }, [text.title]),
      element('p', { class: 'ra-subtitle' }, [text.subtitle]),
    ]),
    closeButton,
  ]),
  status,
  retry,
  chat,
]);
var widget = element('div', { class: 'ra-widget', lang: lang }, [launcher, panel]);

// ---- opening and closing -------------------------------------------------------------------------------------

var started = false;

function open(options) {
  panel.hidden = false;
  widget.classList.add('ra-widget--open');
  launcher.setAttribute('aria-expanded', 'true');
  session.write({ open: true });
  if (!started) {
    started = true;
    start(true);
  }
  if (!(options && options.quiet)) focusSendBox();
}

function close() {
  panel.hidden = true;
  widget.classList.remove('ra-widget--open');
  launcher.setAttribute('aria-expanded', 'false');
  session.write({ open: false });
  launcher.focus();
}

/** Puts the keyboard in Web Chat's text box as soon as it exists. */
function focusSendBox() {
  var tries = 0;
  (function attempt() {
    var input = chat.querySelector('input[type="text"], textarea');
    if (input) return input.focus();
    if (++tries < 100) window.setTimeout(attempt, 100);
  })();
}

launcher.addEventListener('click', function () {
  if (panel.hidden) open();
  else close();
});
closeButton.addEventListener('click', close);
panel.addEventListener('keydown', function (event) {
  if (event.key === 'Escape' && !event.defaultPrevented) {
    event.stopPropagation();
    close();
  }
});
retry.addEventListener('click', function () {
  start(false);
});

// ---- connecting --------------------------------------------------------------------------------------------

function say(message, canRetry) {
  status.textContent = message || '';
  retry.hidden = !canRetry;
}

function loadWebChat() {
  if (window.WebChat) return Promise.resolve(window.WebChat);
  return new Promise(function (resolve, reject) {
    var tag = element('script', { src: origin + CONFIG.assets.webchat, async: '' });
    if (nonce) tag.nonce = nonce;
    tag.onload = function () {
      if (window.WebChat) resolve(window.WebChat);
      else reject(new Error('Web Chat did not load'));
    };
    tag.onerror = function () {
      reject(new Error('Web Chat could not be loaded'));
    };
    document.head.appendChild(tag);
  });
}

function postJson(url, token) {
  var headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  return fetch(url, { method: 'POST', headers: headers, credentials: 'omit' }).then(function (response) {
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  });
}

/** The saved conversation with a refreshed token, or a new conversation from the server. */
function connection(mayResume) {
  var saved = session.read();
  if (mayResume && saved.conversationId && saved.token) {
    return postJson(domain + '/tokens/refresh', saved.token).then(
      function (refreshed) {
        return { token: refreshed.token, conversationId: saved.conversationId, resumed: true };
      },
      function () {
        session.forgetConversation();
        return connection(false);
      },
    );
  }
  return postJson(origin + CONFIG.tokenPath).then(function (fresh) {
    return { token: fresh.token, conversationId: fresh.conversationId, resumed: false };
  });
}

var current = null;

function stop() {
  if (!current) return;
  window.clearInterval(current.refresh);
  current.subscription.unsubscribe();
  current.directLine.end();
  current.host.remove();
  current = null;
}

function start(mayResume) {
  stop();
  say(text.loading, false);
  Promise.all([loadWebChat(), connection(mayResume)])
    .then(function (results) {
      var WebChat = results[0];
      var link = results[1];
      session.write({ conversationId: link.conversationId, token: link.token });
      var directLine = WebChat.createDirectLine({
        domain: domain,
        token: link.token,
        // Only when resuming: with a conversation id the client reconnects instead of starting a new conversation.
        conversationId: link.resumed ? link.conversationId : undefined,
        // The language of the welcome, sent with the start of the conversation.
        conversationStartProperties: { locale: locale },
        // data-websocket="false" on the script tag: polling only (for networks whose proxies break WebSockets).
        webSocket: script.getAttribute('data-websocket') !== 'false',
      });
      var host = element('div', { class: 'ra-chat__host' });
      chat.appendChild(host);
      var online = false;
      var subscription = directLine.connectionStatus$.subscribe(function (value) {
        if (value === Status.Online) {
          online = true;
          say('', false);
        } else if (value === Status.FailedToConnect || value === Status.Ended) {
          // A resumed conversation that has expired on the server: start a new one, once.
          if (link.resumed && !online) {
            session.forgetConversation();
            window.setTimeout(function () {
              start(false);
            });
          } else {
            say(text.unavailable, true);
          }
        }
      });
      var refresh = window.setInterval(function () {
        postJson(domain + '/tokens/refresh', session.read().token).then(function (refreshed) {
          session.write({ token: refreshed.token });
        }, function () {});
      }, REFRESH_EVERY_MS);
      current = { directLine: directLine, subscription: subscription, refresh: refresh, host: host };
      WebChat.renderWebChat(
        {
          directLine: directLine,
          locale: locale,
          nonce: nonce,
          styleOptions: {
            accent: '#000091',
            primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
            rootHeight: '100%',
            rootWidth: '100%',
            bubbleBorderRadius: 6,
            bubbleFromUserBorderRadius: 6,
            bubbleFromUserBackground: '#000091',
            bubbleFromUserTextColor: '#FFFFFF',
            bubbleBackground: '#F6F6F6',
            bubbleBorderColor: '#DDDDDD',
            bubbleTextColor: '#161616',
            subtle: '#3A3A3A',
            suggestedActionLayout: 'flow',
            suggestedActionBackgroundColor: '#FFFFFF',
            suggestedActionBackgroundColorOnHover: '#E3E3FD',
            suggestedActionBorderColor: '#000091',
            suggestedActionBorderRadius: 4,
            suggestedActionBorderWidth: 1,
            suggestedActionTextColor: '#000091',
            suggestedActionHeight: 44,
            sendBoxButtonColor: '#000091',
            sendBoxButtonColorOnHover: '#1212FF',
            sendBoxPlaceholderColor: '#3A3A3A',
            transcriptVisualKeyboardIndicatorColor: '#000091',
            hideUploadButton: true,
          },
        },
        host,
      );
      if (!panel.hidden && panel.contains(document.activeElement)) focusSendBox();
    })
    .catch(function () {
      say(text.unavailable, true);
    });
}

// ---- mounting ----------------------------------------------------------------------------------------------

function mount() {
  document.body.appendChild(widget);
  document.querySelectorAll('[data-renaissance-assistant-open]').forEach(function (button) {
    button.addEventListener('click', function () {
      open();
    });
  });
  // Reopen after a reload if the chat was open: the resident finds the conversation where they left it (without
  // the keyboard focus jumping into it).
  if (session.read().open) open({ quiet: true });
}

window.RenaissanceAssistant = {
  open: function () {
    open();
  },
  close: close,
};
if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount);
