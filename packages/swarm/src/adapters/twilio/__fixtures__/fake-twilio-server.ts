import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorMode } from '../../http/__fixtures__/start-fake-vendor-server.js';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** How the fake answers the next requests. */
export type FakeTwilioMode = FakeVendorMode;

/** One request as the fake received it. */
export interface FakeTwilioRequest {
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  form: Record<string, string>;
}

export interface FakeTwilioServer {
  baseUrl: string;
  requests: FakeTwilioRequest[];
  setMode(mode: FakeTwilioMode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * A URL-level fake of Twilio's Messages API (STYLE.md §11) on 127.0.0.1 with an OS-chosen port.
 * Checks HTTP Basic `AccountSid:AuthToken` (401 code 20003 when wrong), rejects a `To` outside
 * `reachableNumbers` with 400 code 21211, answers 201 with the message fixture, and on request
 * 429 code 20429 + Retry-After, 500, or never.
 */
export async function startFakeTwilioServer(options: {
  accountSid: string;
  authToken: string;
  reachableNumbers: readonly string[];
}): Promise<FakeTwilioServer> {
  const requests: FakeTwilioRequest[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const messagesPath = `/2010-04-01/Accounts/${options.accountSid}/Messages.json`;
  const fake = await startFakeVendorServer<FakeTwilioMode>((request, reply, { mode, retryAfterSeconds }) => {
    const form = Object.fromEntries(new URLSearchParams(request.rawBody));
    const path = request.url.pathname + request.url.search;
    requests.push({
      path,
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      form,
    });
    if (request.headers.authorization !== expectedAuth) return reply.send(401, fixture('error-401.json'));
    if (request.method !== 'POST' || path !== messagesPath) {
      return reply.send(404, '{"code":20404,"message":"The requested resource was not found","status":404}');
    }
    if (mode === 'hang') return reply.hang();
    if (mode === 'rate_limited')
      return reply.send(429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
    if (mode === 'server_error')
      return reply.send(500, '{"code":20500,"message":"Internal Server Error","status":500}');
    if (!options.reachableNumbers.includes(form['To'] ?? ''))
      return reply.send(400, fixture('error-400-invalid-to.json'));
    const created = JSON.parse(fixture('message-created.json')) as Record<string, unknown>;
    reply.send(201, JSON.stringify({ ...created, to: form['To'], from: form['From'] ?? null, body: form['Body'] }));
  });
  return { baseUrl: fake.baseUrl, requests, setMode: fake.setMode, close: fake.close };
}
