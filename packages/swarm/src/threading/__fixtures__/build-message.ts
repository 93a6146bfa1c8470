/**
 * Test helper: wraps a body in a minimal RFC 5322 message so fixtures run through the real parser.
 * Addresses use reserved domains only.
 */
export function buildMessage(options: {
  body: string | Buffer;
  subject?: string;
  contentType?: string;
  headers?: Record<string, string>;
  from?: string;
}): Buffer {
  const headerLines = [
    `From: ${options.from ?? 'Pat Prospect <pat@prospect.example.com>'}`,
    'To: Sam Seller <sam@seller.example.net>',
    `Subject: ${options.subject ?? 'Re: Quick question'}`,
    'Date: Tue, 03 Mar 2026 10:00:00 +0000',
    'Message-ID: <reply-1@prospect.example.com>',
    'MIME-Version: 1.0',
    `Content-Type: ${options.contentType ?? 'text/plain; charset=utf-8'}`,
    ...Object.entries(options.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  const head = Buffer.from(`${headerLines.join('\r\n')}\r\n\r\n`, 'utf8');
  const body = typeof options.body === 'string' ? Buffer.from(options.body, 'utf8') : options.body;
  return Buffer.concat([head, body]);
}
