import { describe, expect, it } from 'vitest';
import type { RecipientLocale } from '../../ports/recipient-locale.js';
import { fixedClock, sendRequest } from './__fixtures__/send-request-fixture.js';
import { createSendDecisions } from './send-decisions.js';
import { defaultSendWindow } from './send-window.js';
import { validateSendWindow } from './validate-send-window.js';

const bavaria: RecipientLocale = {
  timeZone: 'Europe/Berlin',
  countryCode: 'DE',
  regionCode: 'BY',
  source: 'test:fixture',
};

function setup(iso: string, locale: RecipientLocale | null, fallbackTimeZone: string | null = null) {
  const decisions = createSendDecisions();
  const asked: string[] = [];
  const validator = validateSendWindow({
    window: defaultSendWindow,
    locales: { resolve: () => locale },
    holidays: {
      publicHolidayOn(localDate, countryCode, regionCode) {
        asked.push(`${localDate} ${countryCode}-${regionCode}`);
        return localDate === '2026-01-06' && regionCode === 'BY' ? 'Heilige Drei Könige' : null;
      },
    },
    clock: fixedClock(iso),
    decisions,
    fallbackTimeZone,
  });
  return { validator, decisions, asked };
}

describe('validateSendWindow', () => {
  it('SPEC 3.7: refuses on a public holiday of the recipient region and returns the next allowed instant', async () => {
    const { validator, decisions, asked } = setup('2026-01-06T09:00:00Z', bavaria);
    const request = sendRequest();
    const refusal = await validator(request);
    expect(refusal).toMatchObject({ reasonCode: 'holiday', retryAt: new Date('2026-01-07T07:00:00Z') });
    expect(asked).toContain('2026-01-06 DE-BY');
    expect(decisions.get(request)).toMatchObject({ locale: bavaria, retryAt: new Date('2026-01-07T07:00:00Z') });
  });

  it('SPEC 3.7: refuses outside local business hours with outside_send_window', async () => {
    const { validator } = setup('2026-01-07T18:00:00Z', bavaria);
    expect(await validator(sendRequest())).toMatchObject({
      reasonCode: 'outside_send_window',
      retryAt: new Date('2026-01-08T07:00:00Z'),
    });
  });

  it('SPEC 3.7: passes inside the window and records the zone with its source', async () => {
    const { validator, decisions } = setup('2026-01-07T09:00:00Z', bavaria);
    const request = sendRequest();
    expect(await validator(request)).toBeNull();
    expect(decisions.get(request).locale?.source).toBe('test:fixture');
  });

  it('SPEC 3.7: an unknown location uses the fallback zone, or is refused without one', async () => {
    const withFallback = setup('2026-01-07T09:00:00Z', null, 'Europe/Berlin');
    const request = sendRequest();
    expect(await withFallback.validator(request)).toBeNull();
    expect(withFallback.decisions.get(request).locale?.source).toBe('config:fallbackTimeZone');
    expect((await setup('2026-01-07T09:00:00Z', null).validator(sendRequest()))?.reasonCode).toBe(
      'recipient_zone_unknown',
    );
  });
});
