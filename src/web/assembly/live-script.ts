/**
 * The only script of the live pages (served from /assets/live-vergadering.js, so the CSP stays 'self'): it
 * listens to the meeting's events, updates the texts marked data-live, and reloads the page when a vote opens,
 * closes or is published. Without JavaScript the pages are plain forms and links.
 *
 * On the ballot (a form marked data-stemkanaal, a member's first ballot in the open vote) it casts over the
 * ballot channel (docs/adr/027, 031): the channel is opened with the page's session when the page loads, the
 * ballot is sent as one message and the answer's confirmation is shown without a reload. When the channel is
 * not available (no WebSocket, refused, closed, no answer within 10 s) or the ballot is not accepted (already
 * cast in another tab, the vote closed, not present), the form is posted as without JavaScript, and the server
 * answers as it always does (a form POST casts or changes, so a ballot the channel did take is not doubled).
 * A change of a cast ballot always goes by the form.
 */
export const LIVE_SCRIPT = `(() => {
  const root = document.querySelector('[data-live-stream]');
  if (!root || !('EventSource' in window)) return;
  const key = root.getAttribute('data-live-key');
  const source = new EventSource(root.getAttribute('data-live-stream'));
  source.onmessage = (event) => {
    const data = JSON.parse(event.data);
    if (data.key !== key) { source.close(); window.location.reload(); return; }
    for (const [name, text] of Object.entries(data.texts)) {
      for (const el of document.querySelectorAll('[data-live="' + name + '"]')) {
        if (el.textContent !== text) el.textContent = text;
      }
    }
  };
})();
(() => {
  const form = document.querySelector('form[data-stemkanaal]');
  if (!form || !('WebSocket' in window)) return;
  const prefix = form.getAttribute('action').split('/vergaderingen/')[0];
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + prefix + form.getAttribute('data-stemkanaal');
  const waiting = new Map();
  let ready = null;
  let nextId = 0;
  const open = () => {
    if (ready) return ready;
    ready = new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.onopen = () => resolve(socket);
      socket.onmessage = (event) => {
        const answer = JSON.parse(event.data);
        const done = waiting.get(answer.id);
        if (done) { waiting.delete(answer.id); done(answer); }
      };
      socket.onclose = () => {
        ready = null;
        for (const done of waiting.values()) done(null);
        waiting.clear();
        reject(new Error('stemkanaal gesloten'));
      };
    });
    ready.catch(() => undefined);
    return ready;
  };
  const send = (socket, message) => new Promise((resolve) => {
    const id = ++nextId;
    waiting.set(id, resolve);
    socket.send(JSON.stringify(Object.assign({ id }, message)));
    setTimeout(() => { if (waiting.delete(id)) resolve(null); }, 10000);
  });
  const API = { for: 'voor', against: 'tegen', abstain: 'onthouding' };
  let byForm = false;
  const post = () => { byForm = true; form.submit(); };
  const confirm = (text) => {
    let notice = document.querySelector('.mm-notice .utrecht-alert__message');
    if (!notice) {
      const box = document.createElement('div');
      box.className = 'utrecht-alert utrecht-alert--ok mm-notice';
      box.setAttribute('role', 'status');
      box.innerHTML = '<div class="utrecht-alert__content"><div class="utrecht-alert__message"></div></div>';
      const heading = document.querySelector('h1');
      const after = heading && heading.nextElementSibling;
      (after || heading).after(box);
      notice = box.querySelector('.utrecht-alert__message');
    }
    notice.textContent = text;
  };
  open();
  form.addEventListener('submit', (event) => {
    const input = form.querySelector('input[name="choice"]:checked');
    if (byForm || !form.hasAttribute('data-stemkanaal') || !input) return;
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    const label = form.querySelector('label[for="' + input.id + '"]');
    const word = (label ? label.textContent : input.value).trim().toLowerCase();
    open()
      .then((socket) => send(socket, { stemming: form.elements.vote.value, keuze: API[input.value] || input.value }))
      .then((answer) => {
        if (!answer || answer.status !== 201) return post();
        form.removeAttribute('data-stemkanaal');
        button.disabled = false;
        button.textContent = 'Stem wijzigen';
        confirm('Uw stem is ontvangen: ' + word + '. U kunt uw stem wijzigen tot de stemming sluit.');
      }, post);
  });
})();
`;
