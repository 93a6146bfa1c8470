import { createContext, useContext } from 'react';
import type { ApiClient } from './api-client.js';

/** What every view gets from the app shell: the API client and the hook to call on a 401. */
export interface ApiContextValue {
  client: ApiClient;
  /** Forgets the token and shows the token prompt again (SPEC §14: 401 → ask for the token). */
  onUnauthorized: () => void;
}

/** Provided once by the app shell; null outside it. */
export const ApiContext = createContext<ApiContextValue | null>(null);

/** The API context; throws when a view is rendered outside the app shell (a programming error). */
export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiContext.Provider>.');
  return value;
}
