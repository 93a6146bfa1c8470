/**
 * A configuration problem: the message names the key path and the fix. The CLI exits with code 2.
 * (Config may import only zod, so this is a plain error with a stable `code`, recognised by
 * `isCaioError`-style duck typing: `isCaioError` checks the `isCaioError` flag.)
 */
export class ConfigError extends Error {
  readonly code = 'config_invalid';
  readonly isCaioError = true;
  readonly isRetryable = false;
  readonly details = {};
  readonly retryAfterMs = undefined;

  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
