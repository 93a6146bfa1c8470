import type { AuditLog } from '../ports/audit-log.js';
import type { Clock } from '../ports/clock.js';
import type { ComplianceStore } from '../ports/compliance-store.js';

/**
 * What the compliance use cases need (EM-4, GDPR-1/2/4), wired by the composition root
 * (`main/open-system.ts` → `System.compliance`).
 */
export interface ComplianceDependencies {
  compliance: ComplianceStore;
  audit: AuditLog;
  clock: Clock;
  newId: () => string;
  /**
   * Vendors that hold personal data and must be told about an erasure (GDPR-2: Instantly, HeyReach,
   * Clay, CRM, enrichment vendors). Empty = propagation recorded as not applicable.
   */
  vendors: readonly string[];
}
