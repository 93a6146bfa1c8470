import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import type { DkimConfig } from './dkim-schema.js';

/** The SMTP transport's `dkim` setting (`SmtpDkimSigning` in adapters/smtp), declared here structurally. */
export interface DkimSigning {
  domainName: string;
  keySelector: string;
  /** PEM private key text. */
  privateKey: string;
}

/** Where {@link resolveDkimSigning} reads the key from besides the file. */
export interface DkimKeySources {
  /** `CAIO_DKIM_PRIVATE_KEY` from the environment (PEM text; `\n` escapes are accepted). */
  privateKeyFromEnv?: string | undefined;
  /** Folder relative `dkim.privateKeyFile` paths resolve against: the config file's folder. */
  configFolder: string;
  /** Reads a file as UTF-8; default `fs.readFileSync`. */
  readFile?: (path: string) => string;
}

/**
 * Turns the `dkim:` section and the environment into the SMTP transport's `dkim` setting, or
 * `undefined` when `dkim.domain` is unset (no signing). The key comes from `dkim.privateKeyFile`
 * when set, else from `CAIO_DKIM_PRIVATE_KEY`. Key strength (RSA ≥ 2048, EM-5) is checked by the
 * transport at start-up.
 *
 * @throws ConfigError (`config_invalid`) when a domain is set but no key is available, the key file
 *   cannot be read, or a key is given without `dkim.domain`.
 */
export function resolveDkimSigning(dkim: DkimConfig, sources: DkimKeySources): DkimSigning | undefined {
  const fromEnv = sources.privateKeyFromEnv?.trim() ? sources.privateKeyFromEnv.replace(/\\n/g, '\n') : undefined;
  if (dkim.domain === undefined || dkim.selector === undefined) {
    if (dkim.privateKeyFile !== undefined) {
      throw new ConfigError(
        'dkim.privateKeyFile is set but dkim.domain and dkim.selector are not; set them or remove the key.',
      );
    }
    return undefined;
  }
  let privateKey = fromEnv;
  if (dkim.privateKeyFile !== undefined) {
    const path = resolve(sources.configFolder, dkim.privateKeyFile);
    try {
      privateKey = (sources.readFile ?? ((file) => readFileSync(file, 'utf8')))(path);
    } catch (error) {
      throw new ConfigError(
        `dkim.privateKeyFile ${path} cannot be read (${(error as Error).message}); fix the path or permissions.`,
      );
    }
  }
  if (!privateKey?.trim()) {
    throw new ConfigError(
      'dkim.domain is set but there is no private key: set dkim.privateKeyFile or the CAIO_DKIM_PRIVATE_KEY environment variable.',
    );
  }
  return { domainName: dkim.domain, keySelector: dkim.selector, privateKey };
}
