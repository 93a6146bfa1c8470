import type { Context, Hono } from 'hono';
import { isCaioError } from '../../domain/errors.js';
import {
  parseSlackApproval,
  readSlackButtonTarget,
  slackApprovalOnceKey,
  verifySlackRequest,
  type WebhookRejectionReason,
} from '../../webhooks/index.js';
import { errorResponse } from '../api-error.js';
import { deskDependenciesOf } from '../desk-dependencies-of.js';
import { executeSlackDecision } from '../execute-slack-decision.js';
import { readCappedBody } from '../read-capped-body.js';
import { slackDecisionBinding } from '../slack-decision-binding.js';
import type { ServerDependencies, SlackInteractionDependencies } from '../server-dependencies.js';
import type { ServerEnv } from '../server-env.js';

function rejectionResponse(context: Context<ServerEnv>, reason: WebhookRejectionReason): Response {
  // WH-5: a replay is acknowledged (Slack stops retrying) but has no effect.
  if (reason === 'replay') return context.json({ duplicate: true }, 200);
  if (reason === 'payload_too_large') {
    return errorResponse(context, 413, 'payload_too_large', 'The request body is larger than 1 MiB.');
  }
  if (reason === 'secret_misconfigured') {
    return errorResponse(
      context,
      503,
      'slack_not_configured',
      'Set SLACK_SIGNING_SECRET (docs/integrations/slack.md).',
    );
  }
  return errorResponse(context, 401, 'invalid_signature', `Slack request refused (${reason}).`);
}

/** A click that does nothing is still acknowledged with 200, so Slack does not retry it (WH-9). */
function ignored(context: Context<ServerEnv>, reason: string): Response {
  return context.json({ ok: false, ignored: reason }, 200);
}

async function handleInteraction(
  context: Context<ServerEnv>,
  dependencies: ServerDependencies,
  slack: SlackInteractionDependencies,
): Promise<Response> {
  const body = await readCappedBody(context);
  if (!body) return rejectionResponse(context, 'payload_too_large');
  const nowSeconds = Math.floor(dependencies.clock.now().getTime() / 1000);
  const verified = await verifySlackRequest(
    { headers: Object.fromEntries(context.req.raw.headers.entries()), body },
    { signingSecret: [...slack.signingSecrets], now: nowSeconds, seen: slack.replayStore },
  );
  if (!verified.ok) return rejectionResponse(context, verified.reason);

  const target = readSlackButtonTarget(body);
  if (!target) return ignored(context, 'not_an_approval_click');
  const binding = await slackDecisionBinding(dependencies.desk, target);
  if (typeof binding === 'string') {
    // A click already executed (its once-key is claimed) reads as a duplicate, not as an error.
    const onceKey = slackApprovalOnceKey(target);
    if ((await slack.onceKeys.claimedAmong([onceKey])).has(onceKey)) return context.json({ duplicate: true }, 200);
    return ignored(context, binding);
  }
  const decision = parseSlackApproval(body, { approverUserIds: slack.approverUserIds, now: nowSeconds, ...binding });
  if (!decision.ok) return ignored(context, decision.reason);

  const actor = `slack:${decision.approverUserId}`;
  if (!(await slack.onceKeys.claim(decision.onceKey, { actor, at: dependencies.clock.now() }))) {
    return context.json({ duplicate: true }, 200);
  }
  let outcome;
  try {
    const previewHash = binding.batch?.previewHash ?? binding.approval?.previewHash ?? '';
    outcome = await executeSlackDecision(deskDependenciesOf(dependencies), decision, previewHash);
  } catch (error) {
    // A refusal by the slice (already decided, expired) is final; anything else may be retried.
    if (isCaioError(error)) return ignored(context, error.code);
    await slack.onceKeys.release(decision.onceKey);
    throw error;
  }
  if (slack.notifier && decision.message) {
    // Not awaited: Slack wants the acknowledgement within 3 s, and the decision is already stored.
    void slack.notifier.updateMessage(decision.message, { text: outcome.summary }).catch((error: unknown) => {
      dependencies.onUnexpectedError?.(error);
    });
  }
  return context.json({ ok: true, decision: decision.decision, actor, enqueued: outcome.enqueued }, 200);
}

/**
 * `POST /slack/interactions` — Slack's interactivity request URL (SPEC §3.6 "Slack approvals").
 * Public (Slack cannot send our API token); instead, before any parsing, the raw body (≤ 1 MiB, else
 * 413) is checked against Slack's v0 signature with ±300 s tolerance and a replay cache keyed on the
 * signature (WH-1, WH-2, WH-4; two secrets during rotation): bad, missing or stale → 401; replay →
 * 200 `{"duplicate": true}` with no effect; no secret configured → 503 (WH-5). Only a `block_actions`
 * click by an allowlisted approver whose button binds to a pending approval's content hash or a
 * frozen batch's preview hash counts (WH-9); its once-key is claimed in the database first, so a
 * replayed click executes nothing even across restarts. The Slack user (`slack:U123`) is the audit actor.
 */
export function registerSlackInteractionRoutes(app: Hono<ServerEnv>, dependencies: ServerDependencies): void {
  app.post('/slack/interactions', async (context) => {
    const slack = dependencies.slack;
    if (!slack || slack.signingSecrets.length === 0) return rejectionResponse(context, 'secret_misconfigured');
    return handleInteraction(context, dependencies, slack);
  });
}
