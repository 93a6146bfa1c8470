import { z } from 'zod';

/** Default data-source phrase for the notice (GDPR Art. 14(2)(f)); replace it with where your lead lists really come from. */
export const defaultPrivacyNoticeDataSource =
  'public professional sources such as your company website, professional networks and business directories';
/** Default purpose phrase (Art. 14(1)(c)). */
export const defaultPrivacyNoticePurpose = 'to contact you about our services where they are relevant to your role';
/**
 * Default retention sentence (Art. 14(2)(a)). The hashed entry after an objection is what GDPR-2 and
 * EM-4 keep so the person is never contacted again.
 */
export const defaultPrivacyNoticeRetention =
  'We keep them for up to 12 months after our last contact; if you object, we keep only a hashed entry so that we never contact you again.';

const oneLine = (key: string) =>
  z
    .string()
    .trim()
    .min(1, `${key} must not be empty`)
    .refine((value) => !/[\r\n]/.test(value), `${key} must be one line`);

/**
 * `privacyNotice:` — the GDPR Art. 14 notice added to the first email to EU/EEA/UK recipients and to
 * recipients whose country is unknown (specs/security.md EM-8). Every key has a default; the
 * controller identity defaults to the `sender:` settings (see {@link resolvePrivacyNotice}).
 *
 * @example privacyNotice: { controllerName: 'Northwind Analytics Ltd', contactEmail: 'privacy@northwind.example.com' }
 */
export const privacyNoticeConfigSchema = z
  .strictObject({
    /** The data controller's legal name; default `sender.company`. */
    controllerName: oneLine('privacyNotice.controllerName').optional(),
    /** Where recipients exercise their rights; default `sender.replyTo`, else `sender.email`. */
    contactEmail: z.email('privacyNotice.contactEmail must be an email address').optional(),
    /** The controller's postal address in the notice; default none (the CAN-SPAM footer already shows `sender.postalAddress`). */
    controllerAddress: oneLine('privacyNotice.controllerAddress').optional(),
    /** Where the data came from, as a phrase after "We obtained them from …". */
    dataSource: oneLine('privacyNotice.dataSource').default(defaultPrivacyNoticeDataSource),
    /** Why it is used, as a phrase after "We use them …". */
    purpose: oneLine('privacyNotice.purpose').default(defaultPrivacyNoticePurpose),
    /** How long it is kept: one or more full sentences. */
    retention: oneLine('privacyNotice.retention').default(defaultPrivacyNoticeRetention),
  })
  .prefault({});

/** The validated `privacyNotice:` settings. */
export type PrivacyNoticeConfig = z.output<typeof privacyNoticeConfigSchema>;

/** The notice settings with defaults taken from the sender; add the recipient's `optOutUrl` to get `Art14NoticeSettings`. */
export interface ResolvedPrivacyNotice {
  controllerName: string;
  contactEmail: string;
  controllerAddress?: string;
  dataSource: string;
  purpose: string;
  retention: string;
}

/**
 * Fills the controller identity from the sender settings: name ← `sender.company`, contact ←
 * `sender.replyTo` ?? `sender.email`.
 */
export function resolvePrivacyNotice(
  notice: PrivacyNoticeConfig,
  sender: { company: string; email: string; replyTo?: string | undefined },
): ResolvedPrivacyNotice {
  return {
    controllerName: notice.controllerName ?? sender.company,
    contactEmail: notice.contactEmail ?? sender.replyTo ?? sender.email,
    ...(notice.controllerAddress === undefined ? {} : { controllerAddress: notice.controllerAddress }),
    dataSource: notice.dataSource,
    purpose: notice.purpose,
    retention: notice.retention,
  };
}
