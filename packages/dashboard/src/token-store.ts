/** The minimal Storage surface the token store needs (sessionStorage in the browser, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** sessionStorage key of the API token. */
export const tokenStorageKey = 'caio.apiToken';

/**
 * Keeps the API token for this browser tab only (SPEC §14: "keeps it in sessionStorage"), so closing
 * the tab forgets it. Surrounding whitespace from a paste is trimmed; an empty token is never stored.
 */
export function createTokenStore(storage: KeyValueStorage) {
  return {
    read: (): string | null => storage.getItem(tokenStorageKey),
    save(token: string): void {
      const trimmed = token.trim();
      if (trimmed) storage.setItem(tokenStorageKey, trimmed);
    },
    clear: (): void => storage.removeItem(tokenStorageKey),
  };
}

/** The token store's type, for the app shell. */
export type TokenStore = ReturnType<typeof createTokenStore>;
