import { describe, expect, it } from 'vitest';
import type { ChatAlert } from '../ports/chat-notifier.js';
import { createWebhookRejectionAlerter } from './create-webhook-rejection-alerter.js';

function setup() {
  let nowMs = Date.parse('2026-11-22T09:00:00Z');
  const alerts: ChatAlert[] = [];
  const alert = createWebhookRejectionAlerter({
    notifier: {
      postAlert: async (message) => {
        alerts.push(message);
        return { channel: message.channel, ts: '1' };
      },
    },
    channel: 'C0ALERTS',
    clock: { now: () => new Date(nowMs) },
  });
  const reject = (count: number, source = 'instantly', reason = 'invalid_signature') => {
    for (let index = 0; index < count; index += 1) alert({ reason, source, route: `POST /webhooks/${source}` });
  };
  return { alerts, reject, advance: (ms: number) => (nowMs += ms) };
}

describe('webhook rejection alerting (specs/security.md WH-8)', () => {
  it('WH-8: 20 rejections in 5 min do not alert; the 21st does, once per window', () => {
    const { alerts, reject } = setup();
    reject(20);
    expect(alerts).toHaveLength(0);
    reject(1);
    expect(alerts).toHaveLength(1);
    reject(50);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ channel: 'C0ALERTS', severity: 'warning' });
    expect(alerts[0]?.text).toContain('instantly');
    expect(alerts[0]?.text).toContain('invalid_signature');
  });

  it('WH-8: rejections spread beyond 5 minutes and replays do not alert; sources count separately', () => {
    const { alerts, reject, advance } = setup();
    for (let index = 0; index < 30; index += 1) {
      reject(1);
      advance(20_000); // 3 per minute: never more than 15 in any 5-minute window
    }
    reject(40, 'clay', 'replay');
    reject(15, 'rb2b');
    reject(15, 'heyreach');
    expect(alerts).toHaveLength(0);
  });

  it('WH-8: after a quiet full window a new burst alerts again', () => {
    const { alerts, reject, advance } = setup();
    reject(21);
    advance(5 * 60_000);
    reject(21);
    expect(alerts).toHaveLength(2);
  });
});
