import type { Context } from 'hono';
import { maximumBodyBytes } from '../webhooks/index.js';
import type { ServerEnv } from './server-env.js';

/**
 * Reads a signed request's raw body (signatures cover the exact bytes, so it is not parsed here),
 * refusing anything over {@link maximumBodyBytes} (1 MiB, specs WH-*): a declared `Content-Length`
 * over the cap is refused before reading, and the bytes read are checked again for senders that lie.
 *
 * @returns the body bytes, or null when it is too large (answer 413 `payload_too_large`).
 */
export async function readCappedBody(context: Context<ServerEnv>): Promise<Uint8Array | null> {
  const declared = Number(context.req.header('content-length') ?? '0');
  if (declared > maximumBodyBytes) return null;
  const body = new Uint8Array(await context.req.arrayBuffer());
  return body.byteLength > maximumBodyBytes ? null : body;
}
