import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a fake vendor sees it: method, parsed URL, headers and the raw body text. */
export interface FakeVendorRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

/** How a fake vendor answers: a status with a body (JSON content type unless overridden), or never. */
export interface FakeVendorReply {
  send(status: number, body: string, headers?: Record<string, string>): void;
  /** Never answer (until the server closes): exercises client timeouts (RES-2). */
  hang(): void;
}

/** The failure modes every vendor fake can be switched into, plus its own extras. */
export type FakeVendorMode<Extra extends string = never> = 'normal' | 'rate_limited' | 'server_error' | 'hang' | Extra;

/** A running fake: its base URL, the current mode, and shutdown (hanging requests are destroyed). */
export interface FakeVendorServer<Mode extends string> {
  baseUrl: string;
  mode(): { mode: Mode; retryAfterSeconds: number };
  setMode(mode: Mode, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

/**
 * The shared skeleton of our URL-level vendor fakes (STYLE.md §11): an HTTP server on 127.0.0.1 with an
 * OS-chosen port that collects each request body, hands it to `handle`, lets a test switch failure
 * modes (Retry-After default 30 s), and closes cleanly even with requests left hanging.
 */
export async function startFakeVendorServer<Mode extends string>(
  handle: (request: FakeVendorRequest, reply: FakeVendorReply, mode: { mode: Mode; retryAfterSeconds: number }) => void,
  options: { contentType?: string } = {},
): Promise<FakeVendorServer<Mode>> {
  const state = { mode: 'normal' as Mode, retryAfterSeconds: 30 };
  const hanging: ServerResponse[] = [];
  const contentType = options.contentType ?? 'application/json';
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(
        {
          method: request.method ?? 'GET',
          url: new URL(request.url ?? '/', 'http://127.0.0.1'),
          headers: request.headers,
          rawBody: Buffer.concat(chunks).toString('utf8'),
        },
        {
          send: (status, body, headers = {}) =>
            void response.writeHead(status, { 'content-type': contentType, ...headers }).end(body),
          hang: () => void hanging.push(response),
        },
        { ...state },
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    mode: () => ({ ...state }),
    setMode: (next, seconds = 30) => {
      state.mode = next;
      state.retryAfterSeconds = seconds;
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
