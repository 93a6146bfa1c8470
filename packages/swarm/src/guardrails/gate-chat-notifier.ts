import { CaioError } from '../domain/errors.js';
import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { ActionGateway } from './action-gateway.js';
import type { ActionEffect } from './action-request.js';

/**
 * Wraps a chat notifier so every write (post, update, alert) passes the action gateway as
 * `GATEKEEPER.notify_approval` — kill switches, permission matrix and audit apply to each Slack write
 * (SPEC §1.2). Reads (`checkApprovers`) pass straight through. Returns the same port (STYLE.md §9), so
 * callers that hold a notifier need no change. A refused or failed write throws.
 *
 * @throws CaioError `policy_refused` when the gateway refuses or parks the write; the effect's own
 *   error when the vendor call failed.
 */
export function gateChatNotifier(notifier: ChatNotifier, gateway: ActionGateway, actor: string): ChatNotifier {
  async function through<Result>(target: string, summary: string, call: () => Promise<Result>): Promise<Result> {
    const effect: ActionEffect<null, Result> = {
      live: () => call(),
      // notify_approval is an internal-class action, so the gateway never shadows it; if a matrix edit
      // made it so, the write happens all the same rather than being silently dropped.
      shadow: async () => [await call()],
    };
    const outcome = await gateway.submit(
      {
        agent: 'GATEKEEPER',
        action: 'notify_approval',
        target,
        payload: null,
        evidence: [],
        idempotencyKey: `${target}:${summary}`,
        actor,
        summary,
      },
      effect,
    );
    if (outcome.status === 'executed' || outcome.status === 'shadowed') return outcome.result;
    if (outcome.status === 'failed') throw new CaioError('vendor_error', outcome.message);
    const reason = outcome.status === 'parked' ? outcome.reason : outcome.message;
    throw new CaioError('policy_refused', `Slack write refused by the action gateway: ${reason}`);
  }
  return {
    slug: notifier.slug,
    postMessage: (message, signal) =>
      through(`chat:${message.channel}`, 'post message', () => notifier.postMessage(message, signal)),
    updateMessage: (ref, content, signal) =>
      through(`chat:${ref.channel}:${ref.ts}`, 'update message', () => notifier.updateMessage(ref, content, signal)),
    postAlert: (alert, signal) =>
      through(`chat:${alert.channel}`, 'post alert', () => notifier.postAlert(alert, signal)),
    checkApprovers: (userIds, signal) => notifier.checkApprovers(userIds, signal),
  };
}
