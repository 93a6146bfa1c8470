import type { AuditEvent } from '../api-types.js';
import { formatUtc } from '../format-utc.js';

/** Audit events as a table (SPEC §13): when, who, what, on which target, the outcome and summary. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <table className="audit">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Agent</th>
          <th scope="col">Action</th>
          <th scope="col">Actor</th>
          <th scope="col">Outcome</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.at}>{formatUtc(event.at)}</time>
            </td>
            <td>{event.agent}</td>
            <td>
              <code>{event.action}</code>
            </td>
            <td>{event.actor}</td>
            <td>
              {event.outcome}
              {event.reasonCode ? ` (${event.reasonCode})` : ''}
            </td>
            <td>{event.outputSummary ?? event.inputSummary ?? event.approvalStatus ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
