import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { isCaioError } from '../../domain/errors.js';
import {
  createWebhookGroupCommit,
  inboundEventJob,
  inboundVendors,
  normaliseInboundDelivery,
  sharedSecretHeaderName,
  vendorsWithQuerySecret,
  type InboundDeliverySource,
  type InboundEventJobPayload,
  type InboundVendor,
  type StoreWebhookDelivery,
} from '../../inbound/index.js';
import type { WebhookEventStatus } from '../../ports/webhook-event-store.js';
import { verifySharedSecretHeader, verifyStandardWebhook, type WebhookRejectionReason } from '../../webhooks/index.js';
import { errorResponse } from '../api-error.js';
import type { InboundWebhookDependencies, ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';
import { readCappedBody } from '../read-capped-body.js';

type Verified = { ok: true; from: InboundDeliverySource } | { ok: false; reason: WebhookRejectionReason };

interface RouteContext {
  context: Context<ServerEnv>;
  dependencies: ServerDependencies;
  inbound: InboundWebhookDependencies;
  source: string;
  route: string;
  /** The route set's group commit (one per registration). */
  storeDelivery: StoreWebhookDelivery;
}

/** Refuses a request and reports it (WH-8: reason, source and route only — no body, no PII). */
function reject(target: Omit<RouteContext, 'inbound'> & { inbound?: InboundWebhookDependencies }, reason: string) {
  const { context, source, route } = target;
  target.inbound?.onRejected?.({ reason, source, route });
  if (reason === 'replay') return context.json({ duplicate: true }, 200);
  if (reason === 'payload_too_large') {
    return errorResponse(context, 413, 'payload_too_large', 'The request body is larger than 1 MiB.');
  }
  if (reason === 'secret_misconfigured') {
    return errorResponse(
      context,
      503,
      'webhook_not_configured',
      `No valid secret for ${source}: set it per docs/inbound.md (WH-5).`,
    );
  }
  if (reason === 'invalid_json') return errorResponse(context, 400, 'invalid_json', 'The body is not JSON.');
  return errorResponse(context, 401, 'invalid_signature', `Webhook refused (${reason}).`);
}

function verifyVendor(context: Context<ServerEnv>, vendor: InboundVendor, secrets: readonly string[]): Verified {
  const headers = Object.fromEntries(context.req.raw.headers.entries());
  const querySecret = vendorsWithQuerySecret.has(vendor) ? context.req.query('secret') : undefined;
  if (headers[sharedSecretHeaderName] === undefined && querySecret !== undefined) {
    headers[sharedSecretHeaderName] = querySecret;
  }
  try {
    const verified = verifySharedSecretHeader(
      { headers },
      { headerName: sharedSecretHeaderName, secrets: [...secrets] },
    );
    return verified.ok ? { ok: true, from: { vendor } } : verified;
  } catch (error) {
    // A too-short or surplus secret is a deployment error: fail closed (WH-5), never 500.
    if (isCaioError(error)) return { ok: false, reason: 'secret_misconfigured' };
    throw error;
  }
}

async function acceptDelivery(target: RouteContext, body: Uint8Array, from: InboundDeliverySource): Promise<Response> {
  const { context, dependencies, inbound } = target;
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return reject(target, 'invalid_json');
  }
  const receivedAt = dependencies.clock.now();
  const result = normaliseInboundDelivery(from, payload, receivedAt);
  const providerEventId = result.providerEventId ?? `body:${createHash('sha256').update(body).digest('hex')}`;
  const enrichmentResult = result.ok ? result.enrichmentResult : undefined;
  const status: WebhookEventStatus = !result.ok
    ? 'error'
    : result.events.length === 0 && !enrichmentResult
      ? 'ignored'
      : 'received';
  const id = dependencies.newId();
  const record = {
    id,
    source: 'standardSource' in from ? `standard:${from.standardSource}` : from.vendor,
    providerEventId,
    receivedAt,
    status,
    events: result.ok ? result.events : [],
    error: result.ok ? null : result.reason,
    ...(enrichmentResult ? { enrichmentResult } : {}),
  };
  const job: InboundEventJobPayload = { webhookEventId: id };
  let stored: boolean;
  try {
    // Group commit: the row and its job commit together with concurrent deliveries (WH-7).
    stored = await target.storeDelivery({
      record,
      ...(status === 'received' ? { followUp: { name: inboundEventJob, payload: job } } : {}),
    });
  } catch (error) {
    // Nothing was stored: the vendor's retry of this very delivery must not be refused as a replay.
    if ('standardSource' in from) await inbound.replayStore.forget?.(from.webhookId);
    dependencies.onUnexpectedError?.(error);
    return errorResponse(context, 503, 'webhook_store_unavailable', 'The delivery was not stored; retry it later.');
  }
  // WH-4: a second delivery of the same vendor event is acknowledged and has no effect.
  if (!stored) return context.json({ duplicate: true }, 200);
  return context.json({ accepted: true, id, status }, 202);
}

async function handleVendor(
  context: Context<ServerEnv>,
  dependencies: ServerDependencies,
  vendor: InboundVendor,
  storeDelivery: StoreWebhookDelivery,
) {
  const target = { context, dependencies, source: vendor, route: `POST /webhooks/${vendor}`, storeDelivery };
  const inbound = dependencies.inbound;
  const secrets = inbound?.vendorSecrets[vendor] ?? [];
  if (!inbound || secrets.length === 0)
    return reject({ ...target, ...(inbound ? { inbound } : {}) }, 'secret_misconfigured');
  const routeContext = { ...target, inbound };
  // Authenticate before reading the body (WH-1): a shared secret does not depend on the bytes.
  const verified = verifyVendor(context, vendor, secrets);
  if (!verified.ok) return reject(routeContext, verified.reason);
  const body = await readCappedBody(context);
  if (!body) return reject(routeContext, 'payload_too_large');
  return acceptDelivery(routeContext, body, verified.from);
}

async function handleStandard(
  context: Context<ServerEnv>,
  dependencies: ServerDependencies,
  storeDelivery: StoreWebhookDelivery,
) {
  const sourceName = context.req.param('source') ?? '';
  const route = 'POST /webhooks/standard/:source';
  const inbound = dependencies.inbound;
  const secrets = inbound?.standardSecrets[sourceName];
  if (!inbound || secrets === undefined || !Object.hasOwn(inbound.standardSecrets, sourceName)) {
    // An unconfigured source name is attacker-chosen text: report it as plain `standard`.
    inbound?.onRejected?.({ reason: 'unknown_source', source: 'standard', route });
    return errorResponse(context, 404, 'not_found', 'No Standard Webhooks source with this name is configured.');
  }
  const routeContext = { context, dependencies, inbound, source: `standard:${sourceName}`, route, storeDelivery };
  if (secrets.length === 0) return reject(routeContext, 'secret_misconfigured');
  const body = await readCappedBody(context);
  if (!body) return reject(routeContext, 'payload_too_large');
  const verified = await verifyStandardWebhook(
    { headers: Object.fromEntries(context.req.raw.headers.entries()), body },
    {
      secrets: [...secrets],
      now: Math.floor(dependencies.clock.now().getTime() / 1000),
      seen: inbound.replayStore,
    },
  );
  if (!verified.ok) return reject(routeContext, verified.reason);
  return acceptDelivery(routeContext, body, { standardSource: sourceName, webhookId: verified.id });
}

/**
 * Inbound event webhooks (SPEC §4): `POST /webhooks/instantly`, `/webhooks/heyreach`,
 * `/webhooks/rb2b`, `/webhooks/clay` and `/webhooks/standard/{source}`. Public (vendors cannot send
 * our API token); instead:
 * - vendor routes check a ≥ 128-bit shared secret in `x-caio-webhook-secret` (or `?secret=` for
 *   RB2B and HeyReach, which cannot set headers) in constant time (WH-3, WH-11); standard routes
 *   verify the Standard Webhooks HMAC over the raw body with ±300 s tolerance and a `webhook-id`
 *   replay cache (WH-1, WH-2, WH-4). One or two active secrets each (WH-6).
 * - No secret → 503; body > 1 MiB → 413; bad or stale → 401; replay → 200 `{"duplicate": true}`.
 * - Then the JSON is normalised, stored once per `(source, provider event id)` (≥ 72 h dedupe, WH-4;
 *   a duplicate → 200 `{"duplicate": true}`) and, for SPEC §4 events, an `inbound-event` job is
 *   enqueued in the same transaction; the answer is 202 right after that commit (WH-7). Concurrent
 *   deliveries share one transaction (group commit, `createWebhookGroupCommit`); a failed commit
 *   answers 503 `webhook_store_unavailable` (and forgets the replay key) so the vendor retries. Unknown event types are
 *   stored as errors (202, no job). Every refusal is reported via `inbound.onRejected` (WH-8).
 * These routes never send or approve anything themselves (WH-11): the job only applies events.
 */
export function registerWebhookRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  const inbound = dependencies.inbound;
  const storeDelivery: StoreWebhookDelivery = inbound
    ? createWebhookGroupCommit({ events: inbound.events, jobs: dependencies.jobs })
    : () => Promise.reject(new Error('Inbound webhooks are not configured.'));
  for (const vendor of inboundVendors) {
    app.post(`/webhooks/${vendor}`, (context) => handleVendor(context, dependencies, vendor, storeDelivery));
  }
  app.post('/webhooks/standard/:source', (context) => handleStandard(context, dependencies, storeDelivery));
}
