// Offline reading. Pages come from the network when it answers (so a reader online always gets the current text)
// and are kept in a cache as they are opened; when the network is gone, a kept page is shown, else the offline
// notice. Styles and scripts are precached. The API and the live status pages are never cached.
"use strict";

// Raise when the precached files change; the pages a reader kept live in PAGE_CACHE, which a new version keeps.
const VERSION = "1";
const STATIC_CACHE = "static-v" + VERSION;
const PAGE_CACHE = "pages-v1";
const OFFLINE_URL = "/offline";
const PRECACHED_ASSETS = [OFFLINE_URL, "/css/site.css", "/css/print.css", "/js/site.js", "/js/theme.js", "/favicon.svg", "/manifest.webmanifest"];
const PRECACHED_PAGES = ["/glossary"];
const MAX_PAGES = 300;

// Answers that change by the second or carry no page: never stored, never served from a cache.
function isLive(path) {
  return path.startsWith("/api/") || path === "/api" || path.startsWith("/_status") || path.startsWith("/healthz") ||
    path.startsWith("/readyz") || path.startsWith("/language/") || path === "/sw.js";
}

function isAsset(path) {
  return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/icons/") || path === "/favicon.svg" || path === "/manifest.webmanifest";
}

function isStorable(response) {
  return response && response.status === 200 && response.type === "basic" && !/no-store/.test(response.headers.get("Cache-Control") || "");
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    await (await caches.open(STATIC_CACHE)).addAll(PRECACHED_ASSETS);
    await (await caches.open(PAGE_CACHE)).addAll(PRECACHED_PAGES);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== STATIC_CACHE && name !== PAGE_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
    // The page that registered this worker loaded before it existed: keep it too, so that it can be read offline.
    const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    await Promise.all(windows.map((client) => keepPage(new Request(client.url)).catch(() => undefined)));
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isLive(url.pathname)) {
    // Not cached; a page of this kind opened offline still gets the notice rather than the browser's error.
    if (request.mode === "navigate" && !url.pathname.startsWith("/language/")) {
      event.respondWith(fetch(request).catch(() => offlineNotice()));
    }
    return;
  }
  if (request.mode === "navigate") event.respondWith(page(event, request));
  else if (isAsset(url.pathname)) event.respondWith(asset(request, url));
});

async function page(event, request) {
  try {
    const response = await fetch(request);
    if (isStorable(response)) event.waitUntil(store(PAGE_CACHE, request, response.clone(), MAX_PAGES));
    return response;
  } catch (error) {
    return (await caches.match(request, { cacheName: PAGE_CACHE, ignoreVary: true })) || offlineNotice();
  }
}

async function keepPage(request) {
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isLive(url.pathname) || isAsset(url.pathname)) return;
  const response = await fetch(request);
  if (isStorable(response)) await store(PAGE_CACHE, request, response, MAX_PAGES);
}

async function offlineNotice() {
  return (await caches.match(OFFLINE_URL, { cacheName: STATIC_CACHE, ignoreVary: true })) || Response.error();
}

// Fingerprinted files (?v=…) never change: from the cache first. Others (the icon, the manifest) from the network
// first. Offline, any cached version of the file will do.
async function asset(request, url) {
  const cache = await caches.open(STATIC_CACHE);
  const fingerprinted = url.searchParams.has("v");
  if (fingerprinted) {
    const kept = await cache.match(request, { ignoreVary: true });
    if (kept) return kept;
  }
  try {
    const response = await fetch(request);
    if (isStorable(response)) await store(STATIC_CACHE, request, response.clone(), 0);
    return response;
  } catch (error) {
    const any = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (any) return any;
    throw error;
  }
}

async function store(cacheName, request, response, limit) {
  const cache = await caches.open(cacheName);
  const url = new URL(request.url);
  const keys = await cache.keys();
  // One fingerprinted version of a file is enough: drop those an older page referred to.
  if (url.searchParams.has("v")) {
    await Promise.all(keys.filter((key) => {
      const kept = new URL(key.url);
      return kept.pathname === url.pathname && kept.searchParams.has("v") && kept.search !== url.search;
    }).map((key) => cache.delete(key)));
  }
  await cache.put(request, response);
  if (limit > 0 && keys.length >= limit) {
    // Oldest first: keys come back in the order they were stored.
    const older = keys.filter((key) => key.url !== request.url);
    await Promise.all(older.slice(0, older.length - limit + 1).map((key) => cache.delete(key)));
  }
}
