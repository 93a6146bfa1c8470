import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CaioError } from '../domain/errors.js';

const secretsFileSchema = z.object({ unsubscribeSecret: z.string().min(32) }).passthrough();

/**
 * The unsubscribe-link secret: `CAIO_UNSUBSCRIBE_SECRET` when set; in embedded mode otherwise a random
 * 256-bit secret generated once into `$CAIO_HOME/secrets.json` (mode 0600), never into the database.
 * Shared PostgreSQL deployments must set the variable so every machine signs the same links.
 *
 * @throws CaioError `config_invalid` naming CAIO_UNSUBSCRIBE_SECRET when it is needed and missing.
 */
export function resolveUnsubscribeSecret(options: {
  fromEnvironment: string | undefined;
  home: string;
  shared: boolean;
}): string {
  if (options.fromEnvironment) {
    if (options.fromEnvironment.length < 32) {
      throw new CaioError('config_invalid', 'CAIO_UNSUBSCRIBE_SECRET must be at least 32 characters of random text.');
    }
    return options.fromEnvironment;
  }
  if (options.shared) {
    throw new CaioError(
      'config_invalid',
      'With DATABASE_URL set, every process must sign unsubscribe links with the same key: set CAIO_UNSUBSCRIBE_SECRET (32+ random characters).',
    );
  }
  const file = join(options.home, 'secrets.json');
  if (existsSync(file)) {
    const parsed = secretsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data.unsubscribeSecret;
    throw new CaioError(
      'config_invalid',
      `${file} is damaged; restore it from a backup (deleting it invalidates every unsubscribe link sent).`,
    );
  }
  mkdirSync(options.home, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, JSON.stringify({ unsubscribeSecret: secret }, null, 2), { mode: 0o600 });
  return secret;
}
