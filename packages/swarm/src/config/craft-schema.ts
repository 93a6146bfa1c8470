import { z } from 'zod';

/**
 * Placeholder values shipped as defaults. They are deliberately obvious so nobody mistakes them for
 * real data; {@link findPlaceholderValues} lists the keys still holding them, and assisted/full modes
 * refuse to run while any remain (EM-1: valid postal address, honest From).
 */
export const craftPlaceholders = {
  senderName: 'Your Name',
  senderTitle: 'Your Title',
  senderCompany: 'Your Company',
  senderEmail: 'you@example.com',
  postalAddress: '123 Placeholder Street, Nowhere, ZZ 00000 — set sender.postalAddress',
  bookingLink: 'https://example.com/set-your-booking-link',
} as const;

const singleLine = (field: string) =>
  z
    .string()
    .trim()
    .min(1, `${field} must not be empty`)
    .refine((value) => !/[\r\n]/.test(value), `${field} must be one line (it ends up in an email header)`);

/** The sending identity printed in From, the signature and the CAN-SPAM footer (SPEC §3.4, §15). */
export const senderSchema = z
  .object({
    name: singleLine('sender.name').default(craftPlaceholders.senderName),
    title: singleLine('sender.title').default(craftPlaceholders.senderTitle),
    company: singleLine('sender.company').default(craftPlaceholders.senderCompany),
    email: z.email('sender.email must be an email address').default(craftPlaceholders.senderEmail),
    replyTo: z.email('sender.replyTo must be an email address').optional(),
    /** Physical postal address required by CAN-SPAM; one line, commas between parts. */
    postalAddress: singleLine('sender.postalAddress')
      .refine((value) => value.length >= 10, 'sender.postalAddress must be a full postal address')
      .default(craftPlaceholders.postalAddress),
  })
  .strict();

/** Quality-guard settings (SPEC §3.5). Defaults: hard mode, 3 rejections, 30 days, 40% share, 2 facts. */
export const guardSchema = z
  .object({
    mode: z.enum(['soft', 'hard']).default('hard'),
    maxRejections: z.number().int().min(0).default(3),
    rejectionMemoryDays: z.number().int().min(1).default(30),
    /** Replaces the default banned-opener list when given (GUARD-004); plain phrases, case-insensitive. */
    bannedOpeners: z.array(z.string().trim().min(3)).optional(),
    /** Replaces the default generic-phrase list when given (GUARD-005). */
    genericPhrases: z.array(z.string().trim().min(3)).optional(),
    genericPhraseShare: z.number().min(0).max(1).default(0.4),
    /** Evidence items beyond name/title a draft needs (GUARD-003). */
    minEvidence: z.number().int().min(0).default(2),
  })
  .strict();

/** Config keys for crafting, the guard and unsubscribe links. */
export const craftConfigSchema = z.object({
  sender: senderSchema.default(() => senderSchema.parse({})),
  bookingLink: z
    .url({ protocol: /^https?$/, error: 'bookingLink must be an http(s) URL' })
    .default(craftPlaceholders.bookingLink),
  /** Replaces the default sign-off (`Best,\n{name}\n{title}, {company}`); may span lines. */
  signature: z.string().trim().min(1).optional(),
  unsubscribe: z
    .object({
      /** Public base URL serving `/u/{token}` (ARCHITECTURE.md "Unsubscribe links"). */
      baseUrl: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
      /** Optional opt-out mailbox for the `mailto:` entry of List-Unsubscribe (EM-2). */
      mailto: z.email().optional(),
    })
    .strict()
    .default({ baseUrl: 'http://127.0.0.1:8080' }),
  craft: z
    .object({
      /** Directory with `angles.yaml` and `templates/`; defaults to the package's `resources/`. */
      resourcesDir: z.string().min(1).optional(),
    })
    .strict()
    .default({}),
  guard: guardSchema.default(() => guardSchema.parse({})),
});

export type CraftConfig = z.infer<typeof craftConfigSchema>;
export type GuardSettings = z.infer<typeof guardSchema>;
export type SenderSettings = z.infer<typeof senderSchema>;

const loopbackHost = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;

/**
 * Keys whose value is still a shipped placeholder, e.g. `['sender.name', 'sender.postalAddress']`.
 * Also lists `unsubscribe.baseUrl` while it points at a loopback host, because such a link cannot work
 * for a recipient (EM-1 "working opt-out link"). Assisted and full modes must refuse to run while the
 * list is non-empty; shadow mode may run with it.
 */
export function findPlaceholderValues(config: CraftConfig): string[] {
  const found: string[] = [];
  const { sender } = config;
  if (sender.name === craftPlaceholders.senderName) found.push('sender.name');
  if (sender.title === craftPlaceholders.senderTitle) found.push('sender.title');
  if (sender.company === craftPlaceholders.senderCompany) found.push('sender.company');
  if (sender.email === craftPlaceholders.senderEmail) found.push('sender.email');
  if (sender.postalAddress === craftPlaceholders.postalAddress || /placeholder/i.test(sender.postalAddress)) {
    found.push('sender.postalAddress');
  }
  if (config.bookingLink === craftPlaceholders.bookingLink) found.push('bookingLink');
  if (loopbackHost.test(new URL(config.unsubscribe.baseUrl).hostname)) found.push('unsubscribe.baseUrl');
  return found;
}
