import { CaioError } from '../domain/errors.js';
import { lintOutboundTemplate, type OutboundTemplateLintInput } from './lint-outbound-template.js';

/**
 * The send-time gate of EM-1 ("Missing any of these → send blocked"): lints the final message and
 * throws when anything is wrong, so the send worker records a policy refusal and does not retry.
 *
 * @throws CaioError `policy_refused` with `details.findings` (the full list) and a message naming each rule.
 */
export function assertOutboundTemplateCompliant(input: OutboundTemplateLintInput): void {
  const findings = lintOutboundTemplate(input);
  if (findings.length === 0) return;
  throw new CaioError(
    'policy_refused',
    `EM-1 blocks this send: ${findings.map((finding) => `${finding.rule} — ${finding.message}`).join(' ')}`,
    { retryable: false, details: { reasonCode: 'em1_template_lint', findings } },
  );
}
