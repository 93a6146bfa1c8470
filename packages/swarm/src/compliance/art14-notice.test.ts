import { describe, expect, it } from 'vitest';
import { art14Notice, type Art14NoticeSettings } from './art14-notice.js';
import { lintOutboundTemplate } from './lint-outbound-template.js';
import { recipientCountryCode } from './recipient-country-code.js';
import { withArt14Notice } from './with-art14-notice.js';

const settings: Art14NoticeSettings = {
  controllerName: 'Northwind Analytics Ltd',
  contactEmail: 'privacy@northwind.example.com',
  dataSource: 'public professional sources such as your company website and business directories',
  purpose: 'to contact you about services relevant to your role',
  retention: 'We keep them for up to 12 months after our last contact, or until you object.',
  optOutUrl: 'https://caio.example.com/u/AQAAAABzb21lLXRva2Vu',
};

describe('EM-8: GDPR Art. 14 notice keyed on recipient region', () => {
  it('EM-8: EU and UK recipients (DE, FR, IE, GB) get the notice with every required element', () => {
    for (const country of ['DE', 'FR', 'IE', 'GB', 'de', 'Germany', 'United Kingdom', 'NO', 'RE']) {
      const notice = art14Notice(country, settings);
      expect(notice, country).not.toBeNull();
      expect(notice).toContain('Northwind Analytics Ltd (privacy@northwind.example.com) is the controller');
      expect(notice).toContain('from public professional sources such as your company website');
      expect(notice).toContain('legitimate interest');
      expect(notice).toContain('Art. 6(1)(f)');
      expect(notice).toContain('up to 12 months');
      expect(notice).toContain(`with one click: ${settings.optOutUrl}`);
      expect(notice).toContain('supervisory authority');
    }
  });

  it('EM-8: recipients known to be outside the EU/EEA/UK (US, CA) get no notice', () => {
    for (const country of ['US', 'CA', 'us', 'United States', 'Canada', 'JP'])
      expect(art14Notice(country, settings), country).toBeNull();
  });

  it('EM-8: an unknown country gets the notice (fail-safe)', () => {
    for (const country of [null, undefined, '', '  ', 'ZZ', 'XX', 'Atlantis', 'EU']) {
      expect(art14Notice(country, settings), String(country)).not.toBeNull();
    }
    expect(recipientCountryCode('Atlantis')).toBeNull();
  });

  it('EM-8 / EM-1: the notice goes after the footer and the message still passes the EM-1 lint', () => {
    const body = `Hi Grace,\n\nOne idea.\n\n-- \nNorthwind Analytics Ltd, 12 Harbour Road, Bristol BS1 4QA\nIf you would rather not hear from me again, unsubscribe here: ${settings.optOutUrl}\n`;
    const withNotice = withArt14Notice(body, art14Notice('FR', settings));
    expect(withNotice.startsWith(body.trimEnd())).toBe(true);
    expect(withNotice.endsWith(`supervisory authority.\n`)).toBe(true);
    expect(withArt14Notice(body, art14Notice('US', settings))).toBe(body);
    const findings = lintOutboundTemplate({
      subject: 'One idea',
      body: withNotice,
      sequenceStep: 1,
      postalAddress: '12 Harbour Road, Bristol BS1 4QA',
      unsubscribeUrl: settings.optOutUrl,
    });
    expect(findings).toEqual([]);
  });
});
