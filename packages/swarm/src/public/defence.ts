/**
 * Public entry `caio-swarm/defence` (ARCHITECTURE.md "Public programmatic API"; specs/security.md
 * PII-1..PII-4, INJ-1..INJ-3). Side-effect free: importing it starts nothing and reads nothing.
 */
export { detectPii, redactPii, screenUntrustedText } from '../defence/index.js';
export type {
  PiiType,
  PiiMatch,
  ScreeningResult,
  ScreeningLabel,
  ScreeningVerdict,
  UntrustedTextSource,
} from '../defence/index.js';
