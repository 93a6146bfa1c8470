import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { recordOptOut, verifyUnsubscribeToken } from '../../compliance/index.js';
import type { ServerDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';
import { unsubscribePage } from './unsubscribe-page.js';

/** The RFC 8058 one-click body. */
const oneClickBody = 'List-Unsubscribe=One-Click';
/** Largest accepted body: the one-click body or the confirmation form is a few bytes. */
const maximumBodyBytes = 4096;

const invalidPage = unsubscribePage({
  title: 'Link not recognised',
  message: 'This unsubscribe link is not valid. If you keep receiving emails, reply with "unsubscribe".',
});
const unavailablePage = unsubscribePage({
  title: 'Unsubscribe unavailable',
  message: 'Unsubscribing is unavailable right now. Please try again later or reply with "unsubscribe".',
});
const confirmPage = unsubscribePage({
  title: 'Unsubscribe',
  message: 'Do you want to stop receiving these emails?',
  form: { button: 'Unsubscribe' },
});
const donePage = unsubscribePage({
  title: 'You are unsubscribed',
  message: 'You will not receive further emails from us.',
});

function verifiedRecipient(context: Context<ServerEnv>, secret: string): string | null {
  const check = verifyUnsubscribeToken(secret, context.req.param('token') ?? '');
  return check.valid ? check.recipient : null;
}

/**
 * Public unsubscribe endpoint `/u/{token}` (SPEC §15, specs/security.md EM-3, RFC 8058):
 * - `POST` with body `List-Unsubscribe=One-Click` (or the confirmation form's body) records the opt-out
 *   at once (EM-4) and answers 200 without auth or cookies; repeating it is harmless (idempotent).
 * - `GET` only shows a confirmation page with a plain form — mail scanners prefetch links, so a GET
 *   never unsubscribes.
 * - An unknown, tampered or truncated token gets a neutral 404 page that reveals nothing.
 * Tokens do not expire, so links keep working for ≥ 365 days.
 */
export function registerUnsubscribeRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.use('/u/*', bodyLimit({ maxSize: maximumBodyBytes, onError: (context) => context.html(invalidPage, 413) }));
  app.get('/u/:token', (context) => {
    const secret = dependencies.compliance?.unsubscribeSecret;
    if (!secret) return context.html(unavailablePage, 503);
    if (!verifiedRecipient(context, secret)) return context.html(invalidPage, 404);
    return context.html(confirmPage, 200);
  });
  app.post('/u/:token', async (context) => {
    const compliance = dependencies.compliance;
    if (!compliance?.unsubscribeSecret) return context.html(unavailablePage, 503);
    const recipient = verifiedRecipient(context, compliance.unsubscribeSecret);
    if (!recipient) return context.html(invalidPage, 404);
    const body = (await context.req.text()).trim();
    // RFC 8058 §3.1 allows the one-click body form-encoded or as multipart/form-data.
    const oneClick = body === oneClickBody || (body.includes('name="List-Unsubscribe"') && body.includes('One-Click'));
    await recordOptOut(compliance.useCases, {
      address: recipient,
      source: oneClick ? 'one_click' : 'link_form',
      reason: oneClick ? oneClickBody : 'unsubscribe link confirmation form',
      actor: 'recipient',
    });
    return context.html(donePage, 200);
  });
}
