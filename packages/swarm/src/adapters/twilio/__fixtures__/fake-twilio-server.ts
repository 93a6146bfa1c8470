import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const fixture = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** How the fake answers the next requests. */
export type FakeTwilioMode = 'normal' | 'rate_limited' | 'server_error' | 'hang';

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
  let mode: FakeTwilioMode = 'normal';
  let retryAfterSeconds = 30;
  const requests: FakeTwilioRequest[] = [];
  const hanging: ServerResponse[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const messagesPath = `/2010-04-01/Accounts/${options.accountSid}/Messages.json`;
  const send = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      requests.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        form,
      });
      if (request.headers.authorization !== expectedAuth) return send(response, 401, fixture('error-401.json'));
      if (request.method !== 'POST' || request.url !== messagesPath) {
        return send(response, 404, '{"code":20404,"message":"The requested resource was not found","status":404}');
      }
      if (mode === 'hang') return void hanging.push(response);
      if (mode === 'rate_limited') {
        return send(response, 429, fixture('error-429.json'), { 'retry-after': String(retryAfterSeconds) });
      }
      if (mode === 'server_error')
        return send(response, 500, '{"code":20500,"message":"Internal Server Error","status":500}');
      if (!options.reachableNumbers.includes(form['To'] ?? '')) {
        return send(response, 400, fixture('error-400-invalid-to.json'));
      }
      const created = JSON.parse(fixture('message-created.json')) as Record<string, unknown>;
      send(
        response,
        201,
        JSON.stringify({ ...created, to: form['To'], from: form['From'] ?? null, body: form['Body'] }),
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    setMode: (next, seconds = 30) => {
      mode = next;
      retryAfterSeconds = seconds;
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
