// A short tour of the web platform wsjs gives browser scripts (no network needed):
//   ./wsjs examples/platform-tour.js
const started = performance.now();
const controller = new AbortController();
const target = new EventTarget();

target.addEventListener('greet', (e) => console.log(`event: ${e.type} -> ${e.detail.who}`), { signal: controller.signal });

queueMicrotask(() => console.log('microtask: runs before any timer'));

setTimeout(() => {
  target.dispatchEvent(new CustomEvent('greet', { detail: { who: 'world' } }));
  controller.abort(new DOMException('done listening', 'AbortError'));
  target.dispatchEvent(new CustomEvent('greet', { detail: { who: 'nobody (listener removed)' } }));
}, 10);

let ticks = 0;
const interval = setInterval(() => {
  ticks += 1;
  console.log(`interval tick ${ticks}`);
  if (ticks === 3) {
    clearInterval(interval);
    const url = new URL('/chat?room=1', 'https://example.com');
    console.log('url:', url.href, 'origin:', url.origin);
    console.log('bytes:', new TextEncoder().encode('héllo'), 'base64:', btoa('wsjs'));
    console.log('uuid looks like:', crypto.randomUUID().replace(/[0-9a-f]/g, 'x'));
    console.log(`done after ~${Math.round(performance.now() - started)} ms; the loop is idle, so wsjs exits`);
  }
}, 20);
