import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/api_client.ts';
import { ApiProvider } from './api/api_context.tsx';
import { loadDatasets } from './api/load_datasets.ts';
import { refreshSession } from './auth/session.ts';
import { App } from './components/app.tsx';
import { connectEngine } from './engine/engine_sync.ts';
import { initialLocale, LOCALE_STORAGE_KEY } from './i18n/initial_locale.ts';
import { createAppStore } from './store/app_store.ts';
import { StoreProvider } from './store/store_context.tsx';
import { EngineClient } from './worker/engine_client.ts';

// The worker ships as its own file next to the bundle: no CDN, no blob fetched from elsewhere.
setWorkerUrl(workerUrl);

function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

const store = createAppStore(initialLocale(location.search, storedLocale()));
store.subscribe((s, prev) => {
  if (s.locale === prev.locale) return;
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, s.locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
});

// All routing and coverage run in this Worker, so the page never freezes while a what-if is computed.
const startEngine = () =>
  new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'siaga-engine' });
// A cancelled exact search replaces the Worker (HiGHS runs synchronously inside it and cannot be interrupted).
const engine = new EngineClient(startEngine(), startEngine);
connectEngine(store, engine);

const api = new ApiClient((url, init) => fetch(url, init));

let inFlight: AbortController | null = null;
let firstLoad = true;
function reload(): void {
  inFlight?.abort();
  inFlight = new AbortController();
  // Who is signed in decides between the map (signed in, or anonymous reading on) and the sign-in form.
  void refreshSession(store, api);
  void loadDatasets(store, (url, init) => fetch(url, init), inFlight.signal);
  // The engine fetched graph.bin on start; a retry asks again (a 304 when the network is unchanged).
  if (!firstLoad) store.getState().refreshNetwork();
  firstLoad = false;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <ApiProvider api={api}>
          <App onRetry={reload} />
        </ApiProvider>
      </StoreProvider>
    </StrictMode>,
  );
}
reload();
