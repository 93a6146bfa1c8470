import { z } from 'zod';

const dnsLabels =
  /^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*$/;

/**
 * `dkim:` — DKIM signing of outbound SMTP email (EM-2, EM-5; RFC 6376). Unset `domain`: messages
 * leave unsigned (only sensible when the relay signs them). The private key is a PEM RSA key of at
 * least 2048 bits (EM-5), read from `privateKeyFile` or, when that is unset, from the environment
 * variable `CAIO_DKIM_PRIVATE_KEY` (the PEM text itself); `resolveDkimSigning` turns this section plus
 * the environment into the SMTP transport's `dkim` setting. Secrets never live in the file itself.
 *
 * @example
 * dkim:
 *   domain: mail.example.com      # d=, aligned with the From domain (DMARC)
 *   selector: caio2026            # s=, public key at caio2026._domainkey.mail.example.com TXT
 *   privateKeyFile: ./secrets/dkim-caio2026.pem   # relative to the config file's folder
 */
export const dkimConfigSchema = z
  .strictObject({
    /** Signing domain `d=`, e.g. `mail.example.com`; should equal or be a parent of the From domain. */
    domain: z.string().trim().toLowerCase().regex(dnsLabels, 'dkim.domain must be a domain name').optional(),
    /** Selector `s=`: the DNS label under `_domainkey` holding the public key, e.g. `caio2026`. */
    selector: z.string().trim().regex(dnsLabels, 'dkim.selector must be one or more DNS labels').optional(),
    /** Path of the PEM private key; relative paths resolve against the config file's folder. Unset: `CAIO_DKIM_PRIVATE_KEY`. */
    privateKeyFile: z.string().trim().min(1, 'dkim.privateKeyFile must not be empty').optional(),
  })
  .refine((dkim) => (dkim.domain === undefined) === (dkim.selector === undefined), {
    message: 'dkim.domain and dkim.selector must be set together',
  })
  .prefault({});

/** The validated `dkim:` section. */
export type DkimConfig = z.output<typeof dkimConfigSchema>;
