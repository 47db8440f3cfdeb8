import { createContext, type ReactNode, useContext } from 'react';
import type { ApiClient } from './api_client.ts';

const ApiContext = createContext<ApiClient | null>(null);

/** The API client lives beside the store, not in it (like the map and the engine). */
export function ApiProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
