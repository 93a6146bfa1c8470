import { CaioError } from '../../domain/errors.js';
import type { VideoLinkRequest } from '../../ports/video-link-provider.js';

/** Zoom's maximum topic length (Meetings API "Create a meeting": `topic` max 200 characters). */
const maximumTopicLength = 200;

/** The JSON body of "Create a meeting" for one booking. */
export interface ZoomMeetingBody {
  topic: string;
  /** 2 = scheduled meeting. */
  type: 2;
  /** `yyyy-MM-ddTHH:mm:ssZ` (UTC, no fraction), as Zoom documents for GMT times. */
  start_time: string;
  /** Whole minutes, rounded up, at least 1. */
  duration: number;
  timezone: 'UTC';
}

function instantOf(value: string, field: string): number {
  const at = Date.parse(value);
  if (Number.isNaN(at)) {
    throw new CaioError('input_invalid', `The meeting ${field} "${value}" is not an ISO-8601 instant.`);
  }
  return at;
}

/**
 * Builds the create-meeting body: a scheduled meeting (`type` 2) at the booking's UTC start for its length.
 * @throws CaioError `input_invalid` when `start`/`end` are not instants or `end` is not after `start`
 */
export function zoomMeetingBody(request: VideoLinkRequest): ZoomMeetingBody {
  const start = instantOf(request.start, 'start');
  const end = instantOf(request.end, 'end');
  if (end <= start) {
    throw new CaioError('input_invalid', `The meeting must end after it starts (${request.start} → ${request.end}).`);
  }
  return {
    topic: (request.title.trim() || 'Meeting').slice(0, maximumTopicLength),
    type: 2,
    start_time: new Date(start).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    duration: Math.ceil((end - start) / 60_000),
    timezone: 'UTC',
  };
}
