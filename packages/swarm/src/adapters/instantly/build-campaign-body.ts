import { CaioError } from '../../domain/errors.js';

/** When a campaign may send: one Instantly schedule (`campaign_schedule.schedules[0]`). */
export interface InstantlySchedule {
  /** Label shown in Instantly. Default `CAIO business hours`. */
  name?: string;
  /** Window start, `HH:MM` 24 h, local to `timezone`. */
  from: string;
  /** Window end, `HH:MM` 24 h, local to `timezone`. */
  to: string;
  /** Sending weekdays as Instantly's day keys `0`–`6`, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
  /** A time zone from Instantly's documented list, e.g. `America/Chicago` or `Etc/GMT+12`. */
  timezone: string;
  /** First sending day, `YYYY-MM-DD` in the campaign's time zone. Default: Instantly's (today). */
  startDate?: string;
}

/** What {@link buildCampaignBody} needs: a campaign that sends our text through custom variables. */
export interface InstantlyCampaignInput {
  name: string;
  /**
   * The sending mailboxes, passed explicitly as `email_list` (SPEC §3.7: "sending-account list
   * passed explicitly"); never left to Instantly's defaults. Must be accounts connected to the workspace.
   */
  sendingAccounts: readonly string[];
  /** Subject template, e.g. `{{caio_subject}}` (see `instantlyCaioTemplate`). */
  subject: string;
  /** Body template, e.g. `{{caio_body}}`. */
  body: string;
  schedule: InstantlySchedule;
  /** Emails per day for the campaign (`daily_limit`); unset: Instantly's default. */
  dailyLimit?: number;
}

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;
const mailbox = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Maps our campaign input to the `POST /api/v2/campaigns` body (developer.instantly.ai/api-reference/campaign/create-campaign):
 * `name`, `campaign_schedule.schedules[{ name, timing{from,to}, days{"0".."6"}, timezone }]`, one
 * sequence with one email step, `email_list`, and safe defaults — `stop_on_reply`, the
 * `List-Unsubscribe` header (`insert_unsubscribe_header`, SPEC §15 / EM-2), no open or link tracking.
 * The body carries no status: Instantly creates campaigns as drafts (status 0).
 *
 * @throws CaioError `input_invalid` for an empty or malformed sending-account list, bad `HH:MM`
 *   times, weekdays outside 0–6, or an empty name/subject/body.
 */
export function buildCampaignBody(input: InstantlyCampaignInput): Record<string, unknown> {
  const problems: string[] = [];
  if (input.name.trim() === '') problems.push('name is empty');
  if (input.sendingAccounts.length === 0) problems.push('sendingAccounts is empty (instantly.sendingAccounts)');
  const badAccounts = input.sendingAccounts.filter((account) => !mailbox.test(account));
  if (badAccounts.length > 0) problems.push(`sendingAccounts are not addresses: ${badAccounts.join(', ')}`);
  if (input.subject.trim() === '' || input.body.trim() === '') problems.push('subject and body templates are required');
  if (!clockTime.test(input.schedule.from) || !clockTime.test(input.schedule.to)) {
    problems.push('schedule.from and schedule.to are HH:MM (24 h)');
  }
  const days = new Set(input.schedule.days);
  if (days.size === 0 || [...days].some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    problems.push('schedule.days are weekdays 0 (Sunday) to 6 (Saturday)');
  }
  if (problems.length > 0) {
    throw new CaioError('input_invalid', `Cannot create the Instantly campaign: ${problems.join('; ')}.`, {
      details: { problems },
    });
  }
  const dayKeys = Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((day) => [String(day), days.has(day)]));
  return {
    name: input.name,
    campaign_schedule: {
      schedules: [
        {
          name: input.schedule.name ?? 'CAIO business hours',
          timing: { from: input.schedule.from, to: input.schedule.to },
          days: dayKeys,
          timezone: input.schedule.timezone,
        },
      ],
      ...(input.schedule.startDate === undefined ? {} : { start_date: input.schedule.startDate }),
    },
    sequences: [{ steps: [{ type: 'email', delay: 0, variants: [{ subject: input.subject, body: input.body }] }] }],
    email_list: [...input.sendingAccounts],
    ...(input.dailyLimit === undefined ? {} : { daily_limit: input.dailyLimit }),
    stop_on_reply: true,
    insert_unsubscribe_header: true,
    open_tracking: false,
    link_tracking: false,
  };
}
