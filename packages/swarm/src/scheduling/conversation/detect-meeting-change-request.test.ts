import { describe, expect, it } from 'vitest';
import { detectMeetingChangeRequest, type MeetingChangeRequest } from './detect-meeting-change-request.js';

/** Replies in the thread of a booked meeting, written for this repository, with what each asks for. */
const fixtures: readonly [string, MeetingChangeRequest | null][] = [
  ['Can we move it?', 'reschedule'],
  ['Something came up, can we do Thursday instead?', 'reschedule'],
  ['Could we reschedule to next week?', 'reschedule'],
  ['Sorry, I can’t make it on Tuesday.', 'reschedule'],
  ['Would a different day work for you?', 'reschedule'],
  ['I have to cancel Tuesday — can we do Friday instead?', 'reschedule'],
  ['Können wir den Termin verschieben?', 'reschedule'],
  ['Pouvons-nous décaler notre rendez-vous ?', 'reschedule'],
  ['¿Podemos reprogramar la reunión?', 'reschedule'],
  ['Mejor el jueves, si te parece.', 'reschedule'],
  ['I need to cancel.', 'cancel'],
  ['Please cancel the meeting, we went with another vendor.', 'cancel'],
  ['Ich muss den Termin leider absagen.', 'cancel'],
  ['Je dois annuler notre réunion.', 'cancel'],
  ['Tengo que cancelar la reunión.', 'cancel'],
  ['Looking forward to it!', null],
  ['Can we move forward with the pilot?', null],
  ['No need to cancel, see you then.', null],
  ['Thanks, Tuesday works great.', null],
  ['Sorry for the delay in replying — who else should join?', null],
  ['Wir freuen uns auf das Gespräch.', null],
  ['Merci, à mardi !', null],
];

describe('detectMeetingChangeRequest (issue 7; specs/scheduling.md §6.8)', () => {
  it.each(fixtures)('§6.8: "%s" asks for %s', (text, expected) => {
    expect(detectMeetingChangeRequest(text)).toBe(expected);
  });
});
