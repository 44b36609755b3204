/**
 * The only script of the live pages (served from /assets/live-vergadering.js, so the CSP stays 'self'): it
 * listens to the meeting's events, updates the texts marked data-live, and reloads the page when a vote opens,
 * closes or is published. Without JavaScript the pages are plain forms and links.
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
`;
