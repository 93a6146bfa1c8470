import type { ChatNotifier } from '../ports/chat-notifier.js';
import type { Clock } from '../ports/clock.js';
import type { WebhookRejectionTelemetry } from './webhook-rejection-telemetry.js';

/** Settings of {@link createWebhookRejectionAlerter}. */
export interface WebhookRejectionAlerterSettings {
  notifier: Pick<ChatNotifier, 'postAlert'>;
  /** Channel id the alert goes to (e.g. `slack.approvalChannel`). */
  channel: string;
  clock: Clock;
  /** Alert when a source has MORE than this many rejections in the window; default 20 (WH-8). */
  threshold?: number;
  /** Window length in milliseconds; default 300,000 (5 min, WH-8). At most one alert per source per window. */
  windowMs?: number;
  /** Receives a failed alert post (the notifier threw); rejections keep being counted. */
  onAlertError?: (error: unknown) => void;
}

/** Reasons that are not failures: a signed replay is answered 200 `{duplicate: true}` (WH-4). */
const notCounted: ReadonlySet<string> = new Set(['replay']);

/**
 * Rejection alerting for inbound webhooks (specs/security.md WH-8: "alert when a source has > 20
 * rejections in 5 min"). Returns a function to call with every rejection (next to the WH-8 log line);
 * it keeps a sliding window per source and posts one `warning` alert through the chat notifier when
 * the count exceeds the threshold, then stays quiet for that source until a full window has passed.
 * The alert names the source, route, count and latest reason code — never a body or PII. Replays are
 * not counted. Memory is bounded: at most `threshold + 1` timestamps per source, and sources are the
 * fixed route names (unknown Standard sources are reported as `standard`).
 */
export function createWebhookRejectionAlerter(
  settings: WebhookRejectionAlerterSettings,
): (rejection: WebhookRejectionTelemetry) => void {
  const threshold = settings.threshold ?? 20;
  const windowMs = settings.windowMs ?? 5 * 60_000;
  const recentBySource = new Map<string, number[]>();
  const lastAlertBySource = new Map<string, number>();
  return (rejection) => {
    if (notCounted.has(rejection.reason)) return;
    const now = settings.clock.now().getTime();
    const recent = (recentBySource.get(rejection.source) ?? []).filter((at) => at > now - windowMs);
    recent.push(now);
    if (recent.length > threshold + 1) recent.splice(0, recent.length - (threshold + 1));
    recentBySource.set(rejection.source, recent);
    const lastAlert = lastAlertBySource.get(rejection.source);
    if (recent.length <= threshold || (lastAlert !== undefined && now - lastAlert < windowMs)) return;
    lastAlertBySource.set(rejection.source, now);
    const minutes = Math.round(windowMs / 60_000);
    const text =
      `Inbound webhook source ${rejection.source} had more than ${threshold} rejections in ${minutes} min ` +
      `(route ${rejection.route}, latest reason ${rejection.reason}). Check the vendor's webhook secret and ` +
      'URL (docs/inbound.md), or whether someone is probing the route (specs/security.md WH-8).';
    settings.notifier
      .postAlert({ channel: settings.channel, severity: 'warning', text })
      .catch((error: unknown) => settings.onAlertError?.(error));
  };
}
