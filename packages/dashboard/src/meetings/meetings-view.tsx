import { useState } from 'react';
import { meetingStatuses, type MeetingStatus } from '../api-types.js';
import { FilterSelect } from '../filter-select.js';
import { LoadMoreButton, PagedListNotices } from '../paged-list-notices.js';
import { routeHash } from '../route.js';
import { usePagedList } from '../use-paged-list.js';
import { MeetingDetailPanel } from './meeting-detail.js';
import { exchangesLabel, meetingStartLabel, meetingStatusClass, prospectZoneLabel } from './meeting-labels.js';

/**
 * SCHEDULER's meetings (SPEC §7, issue 7): every scheduling conversation with its status, the meeting
 * start in the host's and the prospect's zone, the lead, the host and the exchange count; a status
 * filter; and a detail panel with the proposals, the history and any escalation reason.
 */
export function MeetingsView() {
  const [status, setStatus] = useState<MeetingStatus | ''>('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const list = usePagedList(
    (api, cursor) => api.listMeetings({ ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }),
    status,
  );

  return (
    <div>
      <div className="toolbar">
        <h1>Meetings</h1>
        <FilterSelect<MeetingStatus>
          label="Status"
          value={status}
          options={meetingStatuses}
          onChange={setStatus}
          allLabel="all"
        />
      </div>
      <PagedListNotices
        list={list}
        what="meetings"
        empty="No scheduling conversations match. They appear once SCHEDULER proposes times (caio schedule, or a scheduling reply)."
      />
      <div className="meetings-layout">
        {list.status === 'ready' && list.items.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Start (host zone)</th>
                <th scope="col">Start (prospect zone)</th>
                <th scope="col">Lead</th>
                <th scope="col">Host</th>
                <th scope="col">Exchanges</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((meeting) => (
                <tr
                  key={meeting.conversationId}
                  data-testid="meeting-row"
                  aria-selected={meeting.conversationId === selectedId}
                >
                  <td>
                    <span className={meetingStatusClass(meeting.status)}>{meeting.status}</span>
                  </td>
                  <td>{meetingStartLabel(meeting, 'host')}</td>
                  <td>
                    {meetingStartLabel(meeting, 'prospect')}
                    <p className="hint">{prospectZoneLabel(meeting)}</p>
                  </td>
                  <td>
                    <a href={routeHash({ view: 'lead', leadId: meeting.leadId })}>{meeting.leadEmail}</a>
                  </td>
                  <td>
                    {meeting.hostId}
                    {meeting.hostTimezone ? <p className="hint">{meeting.hostTimezone}</p> : null}
                  </td>
                  <td className="number">{exchangesLabel(meeting)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Details of the meeting with ${meeting.leadEmail}`}
                      onClick={() => setSelectedId(meeting.conversationId)}
                    >
                      Details
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {selectedId ? <MeetingDetailPanel conversationId={selectedId} onClose={() => setSelectedId(null)} /> : null}
      </div>
      <LoadMoreButton list={list} />
    </div>
  );
}
