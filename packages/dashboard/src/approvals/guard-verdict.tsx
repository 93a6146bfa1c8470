import type { GuardVerdict } from '../api-types.js';

/** The quality guard's verdict on a draft (SPEC §3.5): passed, or each violated rule and why. */
export function GuardVerdictView({ guards }: { guards: GuardVerdict }) {
  return (
    <section aria-label="Quality guard" className="guards">
      <h3>
        Quality guard:{' '}
        <span className={guards.passed ? 'badge ok' : 'badge bad'}>{guards.passed ? 'passed' : 'failed'}</span>
      </h3>
      {guards.violations.length ? (
        <ul>
          {guards.violations.map((violation) => (
            <li key={violation.rule}>
              <code>{violation.rule}</code>: {violation.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
