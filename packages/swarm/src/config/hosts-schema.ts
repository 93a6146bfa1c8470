import { z } from 'zod';
import { hostVideoSchema } from './video-schema.js';

/**
 * `hosts:` — the people meetings are booked with (SPEC §7: `hosts: [{ id, name, email, timezone,
 * workingHours, calendar }]`) and their availability rules (specs/scheduling.md "HostConfig", §6.1). A
 * host entry is structurally a scheduling `HostConfig`, so it can be passed to `findSlots` and
 * `createBookingService` as is. Secrets never live here: each calendar names the environment variable that
 * holds its credential. Meetings are assigned by round-robin among hosts with availability
 * (`scheduling/assign-host.ts`).
 */

const wallTime = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'times are host-local "HH:mm" (24-hour; "24:00" ends at midnight)');

/** One working range `["HH:mm","HH:mm"]`, start before end. */
const workingRange = z
  .tuple([wallTime, wallTime])
  .refine(([start, end]) => start < end, 'a working range must start before it ends, e.g. ["09:00","17:00"]');

/** Weekly hours: missing days are non-working (default Monday–Friday 09:00–18:00, SPEC §7). */
const weeklyHours = z.strictObject({
  mon: z.array(workingRange).optional(),
  tue: z.array(workingRange).optional(),
  wed: z.array(workingRange).optional(),
  thu: z.array(workingRange).optional(),
  fri: z.array(workingRange).optional(),
  sat: z.array(workingRange).optional(),
  sun: z.array(workingRange).optional(),
});

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'name an environment variable, e.g. GOOGLE_CALENDAR_TOKEN');

/** Per-calendar settings shared by every provider. */
const calendarCommon = {
  /** Read timeout for this calendar in ms (default 5 000, specs/scheduling.md §6.10). */
  timeoutMs: z.number().int().min(100).max(60_000).optional(),
  /** Bookings are written to the primary calendar; default the first one listed. */
  primary: z.boolean().optional(),
};

/** `provider: embedded` — our own SQL calendar, published as an ICS feed. */
const embeddedCalendar = z.strictObject({ provider: z.literal('embedded'), ...calendarCommon });

/** `provider: caldav` — any CalDAV server (RFC 4791), e.g. Radicale, Fastmail, iCloud. */
const caldavCalendar = z.strictObject({
  provider: z.literal('caldav'),
  /** The calendar collection URL, e.g. `https://dav.example.com/ada/calendar/`. */
  url: z.url({ protocol: /^https?$/, error: 'caldav url must be the http(s) URL of the calendar collection' }),
  username: z.string().min(1),
  /** Environment variable holding the password or app password (default `CALDAV_PASSWORD`). */
  passwordEnv: envName.default('CALDAV_PASSWORD'),
  ...calendarCommon,
});

/** `provider: google` — Google Calendar API v3 (docs/integrations/google-calendar.md). */
const googleCalendar = z.strictObject({
  provider: z.literal('google'),
  /** Calendar id; default `primary` (the token owner's main calendar). */
  calendarId: z.string().min(1).default('primary'),
  /** Environment variable holding the OAuth access token (default `GOOGLE_CALENDAR_TOKEN`). */
  tokenEnv: envName.default('GOOGLE_CALENDAR_TOKEN'),
  /** API root; default `https://www.googleapis.com/`. Point it at a fake in tests. */
  rootUrl: z.url({ protocol: /^https?$/ }).default('https://www.googleapis.com/'),
  ...calendarCommon,
});

/** `provider: gohighlevel` — a HighLevel calendar (docs/integrations/gohighlevel-calendar.md); token `GHL_API_TOKEN`. */
const goHighLevelCalendar = z.strictObject({
  provider: z.literal('gohighlevel'),
  /** The HighLevel calendar appointments are booked on. */
  calendarId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'calendarId is the HighLevel calendar id'),
  /** The host's HighLevel user id: busy is read across all their calendars and appointments are assigned to them. */
  userId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  /** Sub-account id; default `gohighlevel.locationId`. */
  locationId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  ...calendarCommon,
});

/** One calendar of a host, by provider (SPEC §7: embedded, CalDAV, Google Calendar, GoHighLevel calendar). */
export const hostCalendarSchema = z.discriminatedUnion('provider', [
  embeddedCalendar,
  caldavCalendar,
  googleCalendar,
  goHighLevelCalendar,
]);

/** One parsed host calendar. */
export type HostCalendarConfig = z.infer<typeof hostCalendarSchema>;

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One host (SPEC §7 fields plus the availability rules of specs/scheduling.md §6.1). */
export const hostEntrySchema = z.strictObject({
  /** Stable id used for locks, round-robin state and booking records, e.g. `ada`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'host id: lower-case letters, digits, "_" or "-"'),
  /** Display name used in invites, e.g. `Ada Moreau`. */
  name: z.string().trim().min(1),
  /** Organizer address on invites. */
  email: z.email('host email must be an email address such as ada@example.com'),
  /** IANA zone id, e.g. `Europe/Paris`; never an abbreviation like CET. */
  timezone: z.string().refine(isIanaZone, 'timezone must be an IANA zone id such as "America/New_York"'),
  /** Weekly host-local working hours; default Monday–Friday 09:00–18:00 (SPEC §7). */
  workingHours: weeklyHours.optional(),
  /** Minutes kept free before and after every meeting; default 15, ≥ 0 (SPEC §7). */
  bufferMinutes: z.number().int().min(0).max(240).optional(),
  /** Minutes between now and the earliest bookable start; default 0. */
  minimumNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .optional(),
  /** Grid step in minutes from each working-range start; default 30. */
  slotIntervalMinutes: z.number().int().min(5).max(240).optional(),
  /** Host-local dates whose hours replace the weekly hours; `hours: []` = unavailable that day. */
  dateOverrides: z.array(z.strictObject({ date: z.iso.date(), hours: z.array(workingRange) })).optional(),
  /**
   * The host's calendars: one entry or a list. All of them are read for busy time; bookings go to the
   * `primary` one (default the first). Parsed to a list.
   */
  calendar: z
    .union([hostCalendarSchema, z.array(hostCalendarSchema).min(1)])
    .transform((value) => (Array.isArray(value) ? value : [value])),
  /**
   * The meeting-room link put in every invite of this host (a static link, SPEC §7 "send an invite (ICS,
   * with video link)"), e.g. `https://meet.example.com/ada`. Default: a per-meeting Jitsi Meet room
   * (`https://meet.jit.si/caio-<booking id>`).
   */
  videoLink: z.url({ protocol: /^https$/, error: 'videoLink must be an https:// URL' }).optional(),
  /**
   * Where invite video links come from: `static` (one link), `jitsi` (a room per meeting), `zoom` or
   * `google-meet` (a meeting created per booking; config/video-schema.ts, docs/integrations/zoom.md and
   * google-meet.md). Replaces `videoLink`; set one of the two.
   */
  video: hostVideoSchema.optional(),
  /** Leave the host out of round-robin assignment without deleting them. Default true. */
  active: z.boolean().default(true),
});

/** One parsed host. */
export type HostEntry = z.infer<typeof hostEntrySchema>;

/** The `hosts:` list; ids must be unique. Empty: scheduling has no host and escalates every request. */
export const hostsSchema = z
  .array(hostEntrySchema)
  .superRefine((hosts, context) => {
    const seen = new Set<string>();
    hosts.forEach((host, index) => {
      if (seen.has(host.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `host id "${host.id}" is used twice` });
      }
      seen.add(host.id);
      if (host.video && host.videoLink) {
        context.addIssue({
          code: 'custom',
          path: [index, 'video'],
          message: 'set video or videoLink, not both (videoLink is video: { provider: static, url })',
        });
      }
      if (host.calendar.filter((calendar) => calendar.primary === true).length > 1) {
        context.addIssue({ code: 'custom', path: [index, 'calendar'], message: 'mark at most one calendar primary' });
      }
    });
  })
  .prefault([]);

/** The parsed `hosts:` list. */
export type HostsConfig = z.infer<typeof hostsSchema>;
