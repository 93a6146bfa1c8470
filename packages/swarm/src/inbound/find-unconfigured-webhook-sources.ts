import type { InboundVendor } from './inbound-vendor.js';

/** What {@link findUnconfiguredWebhookSources} compares: the routes expected, and the secrets present. */
export interface WebhookSecretInventory {
  /** Vendor routes the deployment uses (`webhooks.vendors` in the config file). */
  expectedVendors: readonly InboundVendor[];
  vendorSecrets: Readonly<Partial<Record<InboundVendor, readonly string[]>>>;
  /** Every configured Standard Webhooks source (`webhooks.sources`) is expected. */
  standardSecrets: Readonly<Record<string, readonly string[]>>;
}

/**
 * The expected webhook sources that have no secret (specs/security.md WH-5 "fail closed": such a
 * route answers 503 and readiness fails). Returns source names (`instantly`, `standard:cal-com`), in
 * a stable order, never secrets; empty when every expected route can verify its deliveries.
 */
export function findUnconfiguredWebhookSources(inventory: WebhookSecretInventory): string[] {
  const vendors = inventory.expectedVendors.filter((vendor) => (inventory.vendorSecrets[vendor] ?? []).length === 0);
  const standard = Object.entries(inventory.standardSecrets)
    .filter(([, secrets]) => secrets.length === 0)
    .map(([source]) => `standard:${source}`);
  return [...new Set<string>(vendors)].sort().concat(standard.sort());
}
