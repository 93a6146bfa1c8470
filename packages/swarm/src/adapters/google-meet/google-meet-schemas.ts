import { z } from 'zod';

/** Who may join a space without knocking (Meet REST API v2 `SpaceConfig.accessType`). */
export const googleMeetAccessTypes = ['OPEN', 'TRUSTED', 'RESTRICTED'] as const;

/** A Google Meet access type. */
export type GoogleMeetAccessType = (typeof googleMeetAccessTypes)[number];

/**
 * The `Space` resource `spaces.create` answers (developers.google.com/workspace/meet/api/reference/rest/v2/spaces):
 * `name` `spaces/{space}`, `meetingUri` `https://meet.google.com/{meetingCode}`, `meetingCode`, `config`.
 */
export const googleMeetSpaceSchema = z.object({
  name: z.string().regex(/^spaces\/[^/]+$/),
  meetingUri: z.url({ protocol: /^https$/ }),
  meetingCode: z.string().optional(),
  config: z.object({ accessType: z.string().optional(), entryPointAccess: z.string().optional() }).optional(),
});
