import { buildMessage } from './build-message.js';

/**
 * Test helper: a minimal Postfix-style bounce (null Return-Path, `MAILER-DAEMON` sender, `550 5.1.1 User
 * unknown` for `pat@prospect.example.com`) that the detectors read as a hard bounce (threading spec §5).
 */
export function buildBounceMessage(): Buffer {
  return buildMessage({
    from: 'MAILER-DAEMON@mx.prospect.example.com',
    subject: 'Undelivered Mail Returned to Sender',
    headers: { 'Return-Path': '<>' },
    body: '<pat@prospect.example.com>: 550 5.1.1 User unknown\r\n',
  });
}
