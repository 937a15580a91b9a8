/*
 * The assistant's widget for any page: a floating button that opens a small chat speaking Direct Line 3.0.
 *
 *   <script src="https://assistant.example.fr/widget.js" data-lang="fr" defer></script>
 *
 * The server serves this file wrapped as `(function (CONFIG) { … })({…})`: CONFIG holds the interface strings in
 * both languages (locales/*.json), the Direct Line domain (this server's own /v3/directline, or Azure's) and the
 * stylesheet's fingerprinted path.
 *
 * Why our own client rather than Bot Framework Web Chat: on a cheap phone (Lighthouse's mobile profile) Web Chat's
 * bundle took 10 s to show the welcome; this client is a few KB and keeps what residents use — suggested actions
 * as buttons, a live region for screen readers, a message that failed to send can be sent again, and a lost
 * connection is re-established (WebSocket stream, polling when WebSockets are refused). Web Chat itself is still
 * served for sites that embed it (docs/widget.md).
 *
 * The conversation survives page reloads within the tab: its id, token and watermark are kept in sessionStorage;
 * on reload the token is refreshed and the transcript is replayed from the server.
 */
'use strict';

var script = document.currentScript;
if (!script || window.RenaissanceAssistant) return;

var origin = new URL(script.src, window.location.href).origin;
var lang = /^en\b/i.test(script.getAttribute('data-lang') || document.documentElement.lang || '') ? 'en' : 'fr';
var domain = CONFIG.directLineDomain || origin + '/v3/directline';
var useWebSocket = script.getAttribute('data-websocket') !== 'false' && typeof window.WebSocket === 'function';
var STORAGE_KEY = 'renaissance-assistant:' + origin;
/** The widget keeps its token fresh itself (Direct Line tokens live 30 minutes or more). */
var REFRESH_EVERY_MS = 10 * 60 * 1000;
var POLL_EVERY_MS = 1000;
var KEEP_ALIVE_MS = 60 * 1000;
var MAX_RECONNECT_DELAY_MS = 30 * 1000;
/** Pictographs at the start of a line (📅 👉 📍): decoration that shows as a box where no emoji font exists. */
var LEADING_PICTOGRAPHS = /^(?:[\u2190-\u21FF\u2300-\u27BF\u2B00-\u2BFF\uFE0F\u200D]|\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDFFF]|\uD83E[\uDC00-\uDFFF])+\s*/gm;

function t(key) {
  return CONFIG.strings[lang][key];
}

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
    session.write({ conversationId: null, token: null, lang: null });
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

document.head.appendChild(element('link', { rel: 'stylesheet', href: origin + CONFIG.assets.css }));

var launcherText = element('span', {}, []);
var launcher = element('button', { type: 'button', class: 'ra-launcher', 'aria-expanded': 'false', 'aria-controls': 'ra-panel' }, [chatIcon(), launcherText]);
var title = element('h2', { id: 'ra-title', class: 'ra-title' });
var subtitle = element('p', { class: 'ra-subtitle' });
var closeButton = element('button', { type: 'button', class: 'ra-close' }, ['×']);
var status = element('p', { class: 'ra-status', role: 'status' });
var retry = element('button', { type: 'button', class: 'ra-retry', hidden: '' });
// role="log": what the assistant says is read out by screen readers as it arrives (polite, in order).
var log = element('div', { class: 'ra-log', role: 'log', tabindex: '0' });
var input = element('input', { id: 'ra-input', class: 'ra-input', type: 'text', autocomplete: 'off', maxlength: '2000', enterkeyhint: 'send' });
var inputLabel = element('label', { class: 'ra-sr', for: 'ra-input' });
var sendButton = element('button', { type: 'submit', class: 'ra-send' });
var form = element('form', { class: 'ra-form' }, [inputLabel, input, sendButton]);
var panel = element('section', { id: 'ra-panel', class: 'ra-panel', role: 'dialog', 'aria-labelledby': 'ra-title', hidden: '' }, [
  element('div', { class: 'ra-header' }, [element('div', { class: 'ra-header__text' }, [title, subtitle]), closeButton]),
  status,
  retry,
  log,
  form,
]);
var widget = element('div', { class: 'ra-widget' }, [launcher, panel]);

/** Every label of the widget in the conversation's language (it follows "english please" / "français"). */
function applyLanguage(next) {
  lang = next;
  widget.setAttribute('lang', lang);
  launcherText.textContent = t('launcher');
  launcher.setAttribute('aria-label', t('launcherLabel'));
  title.textContent = t('title');
  subtitle.textContent = t('subtitle');
  closeButton.setAttribute('aria-label', t('close'));
  retry.textContent = t('retry');
  log.setAttribute('aria-label', t('chatLabel'));
  input.setAttribute('placeholder', t('placeholder'));
  inputLabel.textContent = t('inputLabel');
  sendButton.textContent = t('send');
  if (suggestions) suggestions.setAttribute('aria-label', t('suggestions'));
  Array.prototype.forEach.call(log.querySelectorAll('.ra-resend'), function (button) {
    button.textContent = t('resend');
  });
}

// ---- messages ------------------------------------------------------------------------------------------------

/** French typography: « and » never alone at the start or end of a line. */
function typeset(text) {
  return text
    .replace(LEADING_PICTOGRAPHS, '')
    .replace(/«[ \u00A0]?/g, '«\u00A0')
    .replace(/[ \u00A0]?»/g, '\u00A0»')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

var LINK = /\[([^\]\n]{1,200})\]\(((?:https?:|tel:|mailto:)[^)\s]{1,500})\)|\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?»]/g;

/** One line of text with its links: Markdown links [label](url) and bare addresses; no HTML is ever interpreted. */
function appendLine(parent, line) {
  var at = 0;
  var match;
  LINK.lastIndex = 0;
  while ((match = LINK.exec(line))) {
    if (match.index > at) parent.appendChild(document.createTextNode(line.slice(at, match.index)));
    var href = match[2] || match[0];
    var link = element('a', { href: href }, [match[1] || match[0]]);
    if (/^https?:/.test(href)) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
    parent.appendChild(link);
    at = match.index + match[0].length;
  }
  if (at < line.length) parent.appendChild(document.createTextNode(line.slice(at)));
}

function messageBody(text) {
  var body = element('div', { class: 'ra-message__text' });
  typeset(text)
    .split(/\n\n/)
    .forEach(function (paragraph) {
      var p = element('p');
      paragraph.split('\n').forEach(function (line, index) {
        if (index > 0) p.appendChild(element('br'));
        appendLine(p, line);
      });
      body.appendChild(p);
    });
  return body;
}

var seen = {};
var suggestions = null;
var pending = {};

function activityLang(activity) {
  return /^en\b/i.test(activity.locale || '') ? 'en' : /^fr\b/i.test(activity.locale || '') ? 'fr' : null;
}

function isMine(activity) {
  return activity.from && activity.from.role === 'user';
}

/** The text shown for the resident's message: what their button said, when they tapped one. */
function residentText(activity) {
  var data = activity.channelData || {};
  return typeof data.displayText === 'string' ? data.displayText : activity.text || '';
}

function show(activities, replay) {
  var firstNewReply = null;
  activities.forEach(function (activity) {
    if (!activity || activity.type !== 'message' || (activity.id && seen[activity.id])) return;
    if (activity.id) seen[activity.id] = true;
    var mine = isMine(activity);
    var clientId = activity.channelData && activity.channelData.clientActivityID;
    if (mine && clientId && pending[clientId]) {
      pending[clientId].classList.remove('ra-message--pending');
      delete pending[clientId];
      return;
    }
    var text = mine ? residentText(activity) : activity.text || '';
    if (!text && !(activity.suggestedActions && activity.suggestedActions.actions)) return;
    if (!mine) {
      var said = activityLang(activity);
      if (said && said !== lang) {
        applyLanguage(said);
        session.write({ lang: said });
      }
    }
    var node = addMessage(text, mine ? 'user' : 'bot', activity.locale);
    if (!mine) {
      firstNewReply = firstNewReply || node;
      offer(activity.suggestedActions && activity.suggestedActions.actions);
    } else {
      offer(null);
    }
  });
  if (firstNewReply) reveal(firstNewReply, replay);
}

function addMessage(text, from, locale) {
  var who = element('span', { class: 'ra-sr' }, [(from === 'user' ? t('you') : t('assistant')) + ' : ']);
  var node = element('div', { class: 'ra-message ra-message--' + from }, [who, messageBody(text)]);
  var messageLang = /^en\b/i.test(locale || '') ? 'en' : /^fr\b/i.test(locale || '') ? 'fr' : null;
  if (messageLang) node.setAttribute('lang', messageLang);
  if (suggestions && suggestions.parentNode === log) log.insertBefore(node, suggestions);
  else log.appendChild(node);
  return node;
}

/** The buttons under the last reply (they scroll with the conversation instead of covering it). */
function offer(actions) {
  if (suggestions) suggestions.remove();
  suggestions = null;
  if (!actions || actions.length === 0) return;
  suggestions = element('div', { class: 'ra-suggestions', role: 'group', 'aria-label': t('suggestions') });
  actions.forEach(function (action) {
    if (!action || (action.type !== 'imBack' && action.type !== 'postBack' && action.type !== 'messageBack')) return;
    var label = action.title || action.text || String(action.value || '');
    var button = element('button', { type: 'button', class: 'ra-suggestion' }, [label]);
    button.addEventListener('click', function () {
      var value = action.type === 'messageBack' ? action.text : action.value;
      send(typeof value === 'string' && value ? value : label, label);
    });
    suggestions.appendChild(button);
  });
  log.appendChild(suggestions);
}

/**
 * Makes the new reply readable from its first line: at the bottom when it fits, else its start at the top of the
 * conversation (a long welcome must not open scrolled past its beginning).
 */
function reveal(node, replay) {
  window.requestAnimationFrame(function () {
    if (replay || log.scrollHeight - node.offsetTop <= log.clientHeight) log.scrollTop = log.scrollHeight;
    else log.scrollTop = node.offsetTop - 8;
  });
}

// ---- talking to Direct Line ------------------------------------------------------------------------------------

var link = null;

function request(method, url, token, body) {
  var headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(url, { method: method, headers: headers, credentials: 'omit', body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
    if (!response.ok) {
      var error = new Error('HTTP ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  });
}

function conversationUrl(suffix) {
  return domain + '/conversations/' + encodeURIComponent(link.conversationId) + (suffix || '');
}

/** A saved conversation with a refreshed token, or a new conversation from the server. */
function connection(mayResume) {
  var saved = session.read();
  if (mayResume && saved.conversationId && saved.token) {
    return request('POST', domain + '/tokens/refresh', saved.token).then(
      function (refreshed) {
        return { token: refreshed.token, conversationId: saved.conversationId, resumed: true };
      },
      function () {
        session.forgetConversation();
        return connection(false);
      },
    );
  }
  return request('POST', origin + CONFIG.tokenPath).then(function (fresh) {
    return { token: fresh.token, conversationId: fresh.conversationId, resumed: false };
  });
}

var started = false;
var generation = 0;
var socket = null;
var timers = { poll: 0, refresh: 0, keepAlive: 0, reconnect: 0 };
var failures = 0;

function say(message, canRetry) {
  status.textContent = message || '';
  retry.hidden = !canRetry;
}

function stop() {
  generation++;
  if (socket) {
    socket.onclose = null;
    socket.close();
  }
  socket = null;
  window.clearTimeout(timers.poll);
  window.clearTimeout(timers.reconnect);
  window.clearInterval(timers.refresh);
  window.clearInterval(timers.keepAlive);
}

function start(mayResume) {
  stop();
  var mine = generation;
  say(t('loading'), false);
  connection(mayResume)
    .then(function (got) {
      link = got;
      session.write({ conversationId: got.conversationId, token: got.token });
      // A new conversation is started (the bot greets); a saved one is reconnected to (its transcript replays).
      if (!got.resumed) return request('POST', domain + '/conversations', got.token, { locale: lang === 'en' ? 'en-GB' : 'fr-FR' });
      return request('GET', conversationUrl(), got.token);
    })
    .then(function (described) {
      if (mine !== generation) return;
      say('', false);
      failures = 0;
      timers.refresh = window.setInterval(refreshToken, REFRESH_EVERY_MS);
      listen(described.streamUrl, mine);
    })
    .catch(function (error) {
      if (mine !== generation) return;
      if (link && link.resumed && error && error.status === 404) {
        session.forgetConversation();
        return start(false);
      }
      say(t('unavailable'), true);
    });
}

function refreshToken() {
  request('POST', domain + '/tokens/refresh', link.token).then(function (refreshed) {
    link.token = refreshed.token;
    session.write({ token: refreshed.token });
  }, function () {});
}

function received(set, mine) {
  if (mine !== generation || !set) return;
  // The first set of a resumed conversation is its transcript: shown scrolled to the end, like before the reload.
  var replay = link.resumed && !link.replayed;
  link.replayed = true;
  if (set.watermark !== undefined && set.watermark !== null) link.watermark = String(set.watermark);
  show(set.activities || [], replay);
}

/** The WebSocket stream when it works, else polling; either way the watermark says what was already seen. */
function listen(streamUrl, mine) {
  if (!useWebSocket || !streamUrl) return poll(mine);
  socket = new WebSocket(streamUrl);
  var opened = false;
  socket.onopen = function () {
    opened = true;
    failures = 0;
    say('', false);
    timers.keepAlive = window.setInterval(function () {
      if (socket && socket.readyState === 1) socket.send('');
    }, KEEP_ALIVE_MS);
  };
  socket.onmessage = function (event) {
    if (!event.data) return;
    try {
      received(JSON.parse(event.data), mine);
    } catch (e) {
      /* a keep-alive or something unreadable: ignored */
    }
  };
  socket.onclose = function () {
    if (mine !== generation) return;
    window.clearInterval(timers.keepAlive);
    socket = null;
    if (!opened && failures === 0) {
      // Refused at once (a proxy without WebSockets): polling from now on.
      useWebSocket = false;
      return poll(mine);
    }
    reconnect(mine);
  };
}

/** A lost stream: a fresh stream address for the same conversation, after a growing pause. */
function reconnect(mine) {
  failures++;
  say(t('reconnecting'), false);
  var delay = Math.min(MAX_RECONNECT_DELAY_MS, 500 * Math.pow(2, failures));
  timers.reconnect = window.setTimeout(function () {
    var query = link.watermark ? '?watermark=' + encodeURIComponent(link.watermark) : '';
    request('GET', conversationUrl(query), link.token).then(
      function (described) {
        if (mine !== generation) return;
        say('', false);
        listen(described.streamUrl, mine);
      },
      function (error) {
        if (mine !== generation) return;
        if (error && (error.status === 403 || error.status === 404)) {
          session.forgetConversation();
          return say(t('unavailable'), true);
        }
        if (failures >= 6) return say(t('unavailable'), true);
        reconnect(mine);
      },
    );
  }, delay);
}

function poll(mine) {
  var query = link.watermark ? '?watermark=' + encodeURIComponent(link.watermark) : '';
  request('GET', conversationUrl('/activities' + query), link.token).then(
    function (set) {
      if (mine !== generation) return;
      failures = 0;
      say('', false);
      received(set, mine);
      timers.poll = window.setTimeout(function () {
        poll(mine);
      }, POLL_EVERY_MS);
    },
    function (error) {
      if (mine !== generation) return;
      if ((error && (error.status === 403 || error.status === 404)) || ++failures >= 6) {
        if (error && error.status === 404) session.forgetConversation();
        return say(t('unavailable'), true);
      }
      say(t('reconnecting'), false);
      timers.poll = window.setTimeout(function () {
        poll(mine);
      }, Math.min(MAX_RECONNECT_DELAY_MS, 500 * Math.pow(2, failures)));
    },
  );
}

var sequence = 0;

/** Sends a message; the resident's bubble shows at once and, if sending fails, offers to send it again. */
function send(text, shown) {
  text = text.trim();
  if (!text || !link) return;
  offer(null);
  var clientId = 'ra-' + Date.now().toString(36) + '-' + ++sequence;
  var node = addMessage(shown || text, 'user', null);
  node.classList.add('ra-message--pending');
  pending[clientId] = node;
  log.scrollTop = log.scrollHeight;
  var channelData = { clientActivityID: clientId };
  if (shown && shown !== text) channelData.displayText = shown;
  var activity = { type: 'message', text: text, locale: lang === 'en' ? 'en-GB' : 'fr-FR', from: { id: 'resident' }, channelData: channelData };
  request('POST', conversationUrl('/activities'), link.token, activity).then(
    function () {
      // The echo through the stream usually arrives first; either way the message is delivered.
      if (pending[clientId]) {
        pending[clientId].classList.remove('ra-message--pending');
        delete pending[clientId];
      }
    },
    function () {
      delete pending[clientId];
      node.classList.add('ra-message--failed');
      var again = element('button', { type: 'button', class: 'ra-resend' }, [t('resend')]);
      var note = element('p', { class: 'ra-message__note', role: 'alert' }, [t('notSent') + ' ', again]);
      again.addEventListener('click', function () {
        node.remove();
        send(text, shown);
      });
      node.appendChild(note);
    },
  );
}

form.addEventListener('submit', function (event) {
  event.preventDefault();
  var text = input.value;
  if (!text.trim()) return;
  input.value = '';
  send(text);
});

// ---- opening and closing -------------------------------------------------------------------------------------

function open(options) {
  panel.hidden = false;
  widget.classList.add('ra-widget--open');
  launcher.setAttribute('aria-expanded', 'true');
  session.write({ open: true });
  if (!started) {
    started = true;
    start(true);
  }
  if (!(options && options.quiet)) input.focus();
}

function close() {
  panel.hidden = true;
  widget.classList.remove('ra-widget--open');
  launcher.setAttribute('aria-expanded', 'false');
  session.write({ open: false });
  launcher.focus();
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
  start(true);
});

// ---- mounting ----------------------------------------------------------------------------------------------

function mount() {
  var saved = session.read();
  applyLanguage(saved.lang === 'en' || saved.lang === 'fr' ? saved.lang : lang);
  document.body.appendChild(widget);
  document.querySelectorAll('[data-renaissance-assistant-open]').forEach(function (button) {
    button.addEventListener('click', function () {
      open();
    });
  });
  // Reopen after a reload if the chat was open: the resident finds the conversation where they left it (without
  // the keyboard focus jumping into it).
  if (saved.open) open({ quiet: true });
}

window.RenaissanceAssistant = {
  open: function () {
    open();
  },
  close: close,
};
if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount);
