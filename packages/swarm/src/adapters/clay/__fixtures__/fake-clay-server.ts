import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

/** How the fake answers the next requests. */
export type FakeClayMode = FakeVendorMode;

/** One request as the fake received it. */
export interface FakeClayRequest {
  path: string;
  token: string | undefined;
  contentType: string | undefined;
  rawBody: string;
}

export interface FakeClayServer {
  baseUrl: string;
  /** The table webhook URL to configure: `{baseUrl}/api/v1/webhooks/source/{webhookId}`. */
  tableWebhookUrl: string;
  /** Every request, accepted or not. */
  requests: FakeClayRequest[];
  /** The rows the table accepted (parsed JSON objects), in order. */
  rows: Record<string, unknown>[];
  setMode(mode: FakeClayMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A URL-level fake of one Clay table webhook source (STYLE.md §11; see README.md) on 127.0.0.1 with
 * an OS-chosen port. Checks `x-clay-webhook-auth` when a token is set (401 when wrong or missing),
 * answers 404 for any other path, 400 for a body that is not a JSON object, 200 `{}` with the row
 * recorded, and on request 429 + Retry-After, 500, or never.
 */
export async function startFakeClayServer(
  options: { token?: string; webhookId?: string } = {},
): Promise<FakeClayServer> {
  const requests: FakeClayRequest[] = [];
  const rows: Record<string, unknown>[] = [];
  const webhookPath = `/api/v1/webhooks/source/${options.webhookId ?? 'pull-in-data-from-a-webhook-0000'}`;
  const fake = await startFakeVendorServer<FakeClayMode>((request, reply, { mode, retryAfterSeconds }) => {
    const token = request.headers['x-clay-webhook-auth'];
    requests.push({
      path: request.url.pathname,
      token: Array.isArray(token) ? token[0] : token,
      contentType: request.headers['content-type'],
      rawBody: request.rawBody,
    });
    if (request.method !== 'POST' || request.url.pathname !== webhookPath) {
      return reply.send(404, '{"message":"Webhook not found"}');
    }
    if (options.token !== undefined && token !== options.token) return reply.send(401, '{"message":"Unauthorized"}');
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited') {
      return reply.send(429, '{"message":"Too many requests"}', { 'retry-after': String(retryAfterSeconds) });
    }
    if (mode === 'server_error') return reply.send(500, '{"message":"Internal server error"}');
    let row: unknown;
    try {
      row = JSON.parse(request.rawBody);
    } catch {
      row = undefined;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) return reply.send(400, '{"message":"Invalid JSON"}');
    rows.push(row as Record<string, unknown>);
    reply.send(200, '{}');
  });
  return {
    baseUrl: fake.baseUrl,
    tableWebhookUrl: `${fake.baseUrl}${webhookPath}`,
    requests,
    rows,
    setMode: fake.setMode,
    close: fake.close,
  };
}
