import { createHash } from 'node:crypto';
import type { apiTokenRoles } from '../config/caio-config-schema.js';

/** A token role (SPEC §14): `viewer` reads, `approver` also decides, `admin` does everything. */
export type ApiTokenRole = (typeof apiTokenRoles)[number];

/** A configured API token: its name (audit actor), role, and the SHA-256 hex of the secret. */
export interface ApiToken {
  name: string;
  role: ApiTokenRole;
  sha256: string;
}

/** SHA-256 hex of a UTF-8 string. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * The server's token list (SPEC §14): `auth.tokens` from the config plus, when `CAIO_API_TOKEN` is
 * set, one admin token named `env`. Only hashes are kept in memory.
 */
export function buildApiTokens(configured: readonly ApiToken[], environmentToken: string | undefined): ApiToken[] {
  const tokens = configured.map((token) => ({ ...token, sha256: token.sha256.toLowerCase() }));
  if (environmentToken) tokens.push({ name: 'env', role: 'admin', sha256: sha256Hex(environmentToken) });
  return tokens;
}
