import type { Hono } from 'hono';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

/**
 * The public probes (SPEC §13/§14): `/health` (liveness) and `/ready` (the database answers). They
 * report status and `emergencyStop` only — nothing else is public.
 */
export function registerHealthRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.get('/health', async (context) => {
    const switches = await dependencies.killSwitches.read();
    return context.json({ status: 'ok', emergencyStop: switches.EMERGENCY_STOP });
  });
  app.get('/ready', async (context) => {
    const switches = await dependencies.killSwitches.read();
    try {
      await dependencies.checkDatabase();
      return context.json({ status: 'ready', emergencyStop: switches.EMERGENCY_STOP });
    } catch {
      return context.json({ status: 'unavailable', emergencyStop: switches.EMERGENCY_STOP }, 503);
    }
  });
}
