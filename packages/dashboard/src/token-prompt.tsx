import { useState, type FormEvent } from 'react';

/**
 * Asks for the API token (SPEC §14). The token is only ever sent in the `Authorization` header; it is
 * kept in sessionStorage for this tab.
 */
export function TokenPrompt({ onSubmit, rejected }: { onSubmit: (token: string) => void; rejected: boolean }) {
  const [token, setToken] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (token.trim()) onSubmit(token.trim());
  }
  return (
    <main className="token-prompt">
      <h1>CAIO approval desk</h1>
      <form onSubmit={submit} aria-describedby="token-help">
        <label htmlFor="api-token">API token</label>
        <input
          id="api-token"
          type="password"
          autoComplete="off"
          autoFocus
          value={token}
          onChange={(event) => setToken(event.target.value)}
        />
        <p id="token-help" className="hint">
          The token of <code>auth.tokens</code> or <code>CAIO_API_TOKEN</code>. It stays in this tab only.
        </p>
        {rejected ? (
          <p className="notice notice-error" role="alert">
            The server did not accept the token. Enter a valid one.
          </p>
        ) : null}
        <button type="submit" disabled={!token.trim()}>
          Open the desk
        </button>
      </form>
    </main>
  );
}
