import { useCallback, useEffect, useMemo, useState } from 'react';
import { createApiClient } from './api-client.js';
import { ApiContext } from './api-context.js';
import { parseRoute, routeHash, type Route } from './route.js';
import type { TokenStore } from './token-store.js';
import { TokenPrompt } from './token-prompt.js';
import { ApprovalQueue } from './approvals/approval-queue.js';
import { BatchReview } from './batches/batch-review.js';
import { LeadsView } from './leads/leads-view.js';
import { LeadView } from './leads/lead-view.js';
import { InboxView } from './inbox/inbox-view.js';
import { MeetingsView } from './meetings/meetings-view.js';
import { RunsView } from './records/runs-view.js';
import { AuditView } from './records/audit-view.js';
import { HealthView } from './records/health-view.js';
import { ConfigView } from './records/config-view.js';

const navigation: readonly { route: Route; label: string }[] = [
  { route: { view: 'approvals' }, label: 'Approvals' },
  { route: { view: 'batches' }, label: 'Batches' },
  { route: { view: 'leads' }, label: 'Leads' },
  { route: { view: 'inbox' }, label: 'Inbox' },
  { route: { view: 'meetings' }, label: 'Meetings' },
  { route: { view: 'runs' }, label: 'Runs' },
  { route: { view: 'audit' }, label: 'Audit' },
  { route: { view: 'health' }, label: 'Health' },
  { route: { view: 'config' }, label: 'Config' },
];

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'approvals':
      return <ApprovalQueue />;
    case 'batches':
      return <BatchReview />;
    case 'leads':
      return <LeadsView />;
    case 'lead':
      return <LeadView leadId={route.leadId} />;
    case 'inbox':
      return <InboxView />;
    case 'meetings':
      return <MeetingsView />;
    case 'runs':
      return <RunsView />;
    case 'audit':
      return <AuditView />;
    case 'health':
      return <HealthView />;
    case 'config':
      return <ConfigView />;
  }
}

/** The shell: token prompt until a token is known, then navigation and the current view. */
export function App({ tokenStore, baseUrl }: { tokenStore: TokenStore; baseUrl: string }) {
  const [token, setToken] = useState<string | null>(() => tokenStore.read());
  const [tokenRejected, setTokenRejected] = useState(false);
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));

  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const onUnauthorized = useCallback(() => {
    tokenStore.clear();
    setToken(null);
    setTokenRejected(true);
  }, [tokenStore]);

  const signOut = useCallback(() => {
    tokenStore.clear();
    setToken(null);
    setTokenRejected(false);
  }, [tokenStore]);

  const client = useMemo(() => createApiClient({ baseUrl, getToken: () => token }), [baseUrl, token]);
  const context = useMemo(() => ({ client, onUnauthorized }), [client, onUnauthorized]);

  if (!token) {
    return (
      <TokenPrompt
        rejected={tokenRejected}
        onSubmit={(entered) => {
          tokenStore.save(entered);
          setToken(entered);
        }}
      />
    );
  }

  const currentSection = route.view === 'lead' ? 'leads' : route.view;
  return (
    <ApiContext.Provider value={context}>
      <header className="top-bar">
        <span className="brand">CAIO approval desk</span>
        <nav aria-label="Sections">
          <ul>
            {navigation.map((item) => (
              <li key={item.route.view}>
                <a href={routeHash(item.route)} aria-current={item.route.view === currentSection ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="link-button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main id="main">
        <CurrentView route={route} />
      </main>
    </ApiContext.Provider>
  );
}
