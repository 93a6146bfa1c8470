import type { Hono } from 'hono';
import { findUnconfiguredWebhookSources } from '../../inbound/index.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

/** True when an expected webhook route has no secret, so it would answer 503 (specs/security.md WH-5). */
function hasUnconfiguredWebhooks(dependencies: ServerDependencies): boolean {
  const inbound = dependencies.inbound;
  if (!inbound) return false;
  return (
    findUnconfiguredWebhookSources({
      expectedVendors: inbound.expectedVendors ?? [],
      vendorSecrets: inbound.vendorSecrets,
      standardSecrets: inbound.standardSecrets,
    }).length > 0
  );
}

/**
 * The public probes (SPEC §13/§14): `/health` (liveness) and `/ready` (the database answers and every
 * expected webhook route has a secret — WH-5 fail closed). They report status and `emergencyStop`
 * only — nothing else is public, so which source lacks a secret is not said here.
 */
export function registerHealthRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.get('/health', async (context) => {
    const switches = await dependencies.killSwitches.read();
    return context.json({ status: 'ok', emergencyStop: switches.EMERGENCY_STOP });
  });
  app.get('/ready', async (context) => {
    const switches = await dependencies.killSwitches.read();
    if (hasUnconfiguredWebhooks(dependencies)) {
      return context.json({ status: 'unavailable', emergencyStop: switches.EMERGENCY_STOP }, 503);
    }
    try {
      await dependencies.checkDatabase();
      return context.json({ status: 'ready', emergencyStop: switches.EMERGENCY_STOP });
    } catch {
      return context.json({ status: 'unavailable', emergencyStop: switches.EMERGENCY_STOP }, 503);
    }
  });
}
