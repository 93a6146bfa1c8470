import { ConfigError } from './config-error.js';
import { splitWebhookSecrets, standardWebhookSecretVariable, vendorWebhookSecretVariables } from './webhooks-schema.js';

/** Resolved inbound webhook secrets; an empty list means the route answers 503 (WH-5). */
export interface WebhookSecrets {
  /** Shared secrets per vendor route, one or two each (WH-6, WH-11). */
  readonly vendors: Readonly<Record<keyof typeof vendorWebhookSecretVariables, readonly string[]>>;
  /** `whsec_` secrets per configured Standard Webhooks source. */
  readonly standard: Readonly<Record<string, readonly string[]>>;
}

/**
 * Reads the inbound webhook secrets from the environment only (never from the file). Each variable
 * may hold two comma-separated values during a rotation (WH-6).
 *
 * @throws ConfigError when a variable holds more than two secrets, or a vendor secret is under
 *   128 bits (WH-11); the message names the variable, never the value.
 */
export function resolveWebhookSecrets(
  sources: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): WebhookSecrets {
  const read = (variable: string, sharedSecret: boolean): string[] => {
    const result = splitWebhookSecrets(variable, env[variable], { sharedSecret });
    if ('error' in result) throw new ConfigError(result.error);
    return result.secrets;
  };
  const vendors = Object.fromEntries(
    Object.entries(vendorWebhookSecretVariables).map(([vendor, variable]) => [vendor, read(variable, true)]),
  ) as Record<keyof typeof vendorWebhookSecretVariables, string[]>;
  const standard = Object.fromEntries(
    sources.map((source) => [source, read(standardWebhookSecretVariable(source), false)]),
  );
  return { vendors, standard };
}
