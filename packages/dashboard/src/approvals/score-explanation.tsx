import type { Evidence, ScoreComponents, ScoreExplanation } from '../api-types.js';
import { formatAge } from '../format-age.js';

const componentLabels: Readonly<Record<keyof ScoreComponents, string>> = {
  title: 'Title',
  industry: 'Industry',
  companySize: 'Company size',
  location: 'Location',
  completeness: 'Completeness',
  intent: 'Intent',
};

/** "Why this score" (SPEC §14): points per factor, multipliers, the reasons and any disqualification. */
export function ScoreBreakdown({ score }: { score: ScoreExplanation | null }) {
  if (!score) return <p className="notice notice-empty">This lead has not been scored.</p>;
  const multipliers = Object.entries(score.multipliers);
  return (
    <section aria-label="Why this score" className="score">
      <h3>
        Why this score: {score.score} <span className="badge">{score.tier ?? 'disqualified'}</span>
      </h3>
      <table className="compact">
        <caption className="visually-hidden">Score components in points</caption>
        <tbody>
          {(Object.keys(componentLabels) as (keyof ScoreComponents)[]).map((key) => (
            <tr key={key}>
              <th scope="row">{componentLabels[key]}</th>
              <td className="number">{score.components[key]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Intent score (0–100)</th>
            <td className="number">{score.intentScore}</td>
          </tr>
          {multipliers.map(([name, factor]) => (
            <tr key={name}>
              <th scope="row">× {name}</th>
              <td className="number">{factor}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {score.reasons.length ? (
        <ul className="reasons">
          {score.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      {score.disqualification ? (
        <p className="notice notice-error">
          Disqualified by <code>{score.disqualification.rule}</code>: {score.disqualification.detail}
        </p>
      ) : null}
    </section>
  );
}

/** The facts a draft rests on, each with its source and age. */
export function EvidenceList({ evidence, nowMs }: { evidence: readonly Evidence[]; nowMs: number }) {
  if (evidence.length === 0) return <p className="notice notice-empty">No evidence recorded for this draft.</p>;
  return (
    <section aria-label="Evidence" className="evidence">
      <h3>Evidence</h3>
      <ul>
        {evidence.map((fact, index) => (
          <li key={`${fact.kind}-${index}`}>
            <code>{fact.kind}</code> {fact.value}{' '}
            <span className="hint">
              — {fact.source}, <time dateTime={fact.observedAt}>{formatAge(fact.observedAt, nowMs)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
