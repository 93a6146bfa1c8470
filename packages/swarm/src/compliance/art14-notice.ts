import { art14NoticeCountryCodes } from '../domain/gdpr-notice-countries.js';
import { recipientCountryCode } from './recipient-country-code.js';

/**
 * What the GDPR Art. 14 notice states (specs/security.md EM-8; GDPR Art. 14(1)–(2)). Resolved from
 * the `privacyNotice:` config (defaults point at the `sender:` settings) plus the recipient's own
 * one-click opt-out link.
 */
export interface Art14NoticeSettings {
  /** The controller's identity (Art. 14(1)(a)), e.g. the sender's company. */
  controllerName: string;
  /** Where to exercise rights and ask questions (Art. 14(1)(a)–(b)), an email address. */
  contactEmail: string;
  /** The controller's postal address (optional; the CAN-SPAM footer shows it anyway). */
  controllerAddress?: string;
  /** Where the personal data came from (Art. 14(2)(f)), as a phrase: "public professional sources such as …". */
  dataSource: string;
  /** Why we process it (Art. 14(1)(c)), as a phrase: "to contact you about …". */
  purpose: string;
  /** How long it is kept (Art. 14(2)(a)), one or more full sentences. */
  retention: string;
  /** This recipient's one-click right-to-object link (Art. 21(2)–(4)): the `{base}/u/{token}` unsubscribe URL. */
  optOutUrl: string;
}

/**
 * Whether a recipient country gets the notice. Unknown countries get it too — fail-safe: we cannot
 * prove the GDPR does not apply, an unneeded notice costs a few lines, and a missing one where it is
 * owed breaks Art. 14 (and EM-8).
 */
export function needsArt14Notice(recipientCountry: string | null | undefined): boolean {
  const code = recipientCountryCode(recipientCountry);
  return code === null || art14NoticeCountryCodes.has(code);
}

/**
 * The GDPR Art. 14 notice for the FIRST email to a recipient whose data we did not collect from
 * them (EM-8), or null when the recipient's country is known to be outside the EU/EEA/UK (e.g. `US`,
 * `CA`). It states the controller's identity and contact, the categories and source of the data,
 * the purpose and legal basis (legitimate interest, Art. 6(1)(f)), the retention, the one-click right
 * to object, the other rights and how to exercise them, and the right to complain to a supervisory
 * authority. An unknown, empty or unrecognised country gets the notice (fail-safe, see
 * {@link needsArt14Notice}).
 *
 * @param recipientCountry an ISO 3166-1 alpha-2 code (preferred; from the recipient-locale resolver)
 *   or an English country name; null/undefined when unknown.
 * @example art14Notice('DE', settings) // 'Privacy notice (GDPR Art. 14): Northwind Ltd …'
 */
export function art14Notice(recipientCountry: string | null | undefined, settings: Art14NoticeSettings): string | null {
  if (!needsArt14Notice(recipientCountry)) return null;
  const controller = settings.controllerAddress
    ? `${settings.controllerName}, ${settings.controllerAddress}`
    : settings.controllerName;
  return [
    'Privacy notice (GDPR Art. 14)',
    `${controller} (${settings.contactEmail}) is the controller of your business contact details (name, job title, company and business email address). We obtained them from ${settings.dataSource}.`,
    `We use them ${settings.purpose}, on the basis of our legitimate interest in business-to-business outreach (GDPR Art. 6(1)(f)). ${settings.retention}`,
    `You can object at any time, free of charge, with one click: ${settings.optOutUrl} — we will stop contacting you immediately. You may also ask for access, correction or erasure of your data by writing to ${settings.contactEmail}, and you have the right to complain to a data-protection supervisory authority.`,
  ].join('\n');
}
