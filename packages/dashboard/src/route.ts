/** The dashboard's views; the URL hash names one (`#/leads/<id>` opens a lead). */
export type Route =
  | { view: 'approvals' }
  | { view: 'batches' }
  | { view: 'leads' }
  | { view: 'lead'; leadId: string }
  | { view: 'inbox' }
  | { view: 'meetings' }
  | { view: 'runs' }
  | { view: 'audit' }
  | { view: 'health' }
  | { view: 'config' };

const simpleViews = [
  'approvals',
  'batches',
  'leads',
  'inbox',
  'meetings',
  'runs',
  'audit',
  'health',
  'config',
] as const;

/**
 * Reads a location hash such as `#/leads/abc`. Hash routing keeps the dashboard a set of static
 * files: `caio serve` needs no fallback route. Anything unknown opens the approval queue.
 */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second] = parts;
  if (first === 'leads' && second) return { view: 'lead', leadId: decodeURIComponent(second) };
  const simple = simpleViews.find((view) => view === first);
  return simple ? { view: simple } : { view: 'approvals' };
}

/** The hash of a route, the inverse of {@link parseRoute}. */
export function routeHash(route: Route): string {
  return route.view === 'lead' ? `#/leads/${encodeURIComponent(route.leadId)}` : `#/${route.view}`;
}
