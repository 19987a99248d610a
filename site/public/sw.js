// CRM Drill's service worker: practice keeps working without a network.
// Built assets (/_astro/, content-hashed, never change) are served from the
// cache first; pages go to the network first and fall back to the copy kept
// from the last visit, so a trainee who lost the connection can reload the
// player and resume (the attempt itself lives in localStorage). Records sent
// to the server (/api/) are never cached.
const cacheName = 'crm-drill-v1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== cacheName).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(url.pathname.startsWith('/_astro/') ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  return cached ?? fetchAndKeep(request);
}

async function networkFirst(request) {
  try {
    return await fetchAndKeep(request);
  } catch (error) {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}
