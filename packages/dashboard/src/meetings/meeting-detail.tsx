import { formatUtc } from '../format-utc.js';
import { ErrorNotice, Loading } from '../status-notices.js';
import { useResource } from '../use-resource.js';
import { exchangesLabel, meetingStartLabel, meetingStatusClass, prospectZoneLabel } from './meeting-labels.js';

/**
 * One scheduling conversation (`GET /api/meetings/{conversationId}`): status, escalation reason, the
 * booked start in both zones, every proposal in UTC and both zones, and the exchange history.
 */
export function MeetingDetailPanel({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const detail = useResource((api) => api.getMeeting(conversationId), conversationId);
  return (
    <aside className="panel meeting-detail" aria-label="Meeting details" data-testid="meeting-detail">
      <div className="toolbar">
        <h2>Meeting details</h2>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </div>
      {detail.status === 'loading' ? <Loading what="the meeting" /> : null}
      {detail.status === 'error' ? <ErrorNotice error={detail.error} onRetry={detail.reload} /> : null}
      {detail.status === 'ready' ? (
        <>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              <span className={meetingStatusClass(detail.data.status)}>{detail.data.status}</span>
            </dd>
            {detail.data.escalationReason ? (
              <>
                <dt>Escalated because</dt>
                <dd data-testid="escalation-reason">{detail.data.escalationReason}</dd>
              </>
            ) : null}
            <dt>Lead</dt>
            <dd>{detail.data.leadEmail}</dd>
            <dt>Host</dt>
            <dd>
              {detail.data.hostId} {detail.data.hostTimezone ? `(${detail.data.hostTimezone})` : '(zone unknown)'}
            </dd>
            <dt>Prospect zone</dt>
            <dd>{prospectZoneLabel(detail.data)}</dd>
            <dt>Start, host zone</dt>
            <dd>{meetingStartLabel(detail.data, 'host')}</dd>
            <dt>Start, prospect zone</dt>
            <dd>{meetingStartLabel(detail.data, 'prospect')}</dd>
            <dt>Start, UTC</dt>
            <dd>{formatUtc(detail.data.meetingStart)}</dd>
            <dt>Duration</dt>
            <dd>{detail.data.durationMinutes} min</dd>
            <dt>Exchanges</dt>
            <dd>{exchangesLabel(detail.data)}</dd>
            <dt>Booking</dt>
            <dd className="mono">{detail.data.bookingId ?? '—'}</dd>
          </dl>
          <h3>Proposals</h3>
          {detail.data.proposalTimes.length === 0 ? (
            <p className="hint">No times proposed.</p>
          ) : (
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">UTC</th>
                  <th scope="col">Host zone</th>
                  <th scope="col">Prospect zone</th>
                </tr>
              </thead>
              <tbody>
                {detail.data.proposalTimes.map((proposal) => (
                  <tr key={proposal.start} data-testid="meeting-proposal">
                    <td>
                      <time dateTime={proposal.start}>{formatUtc(proposal.start)}</time>
                    </td>
                    <td>{proposal.host ?? '—'}</td>
                    <td>{proposal.prospect ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>History</h3>
          <ol className="meeting-history">
            {detail.data.history.map((record, index) => (
              <li key={`${record.at}-${index}`}>
                <span className="hint">{formatUtc(record.at)}</span> {record.direction}: {record.note}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </aside>
  );
}
