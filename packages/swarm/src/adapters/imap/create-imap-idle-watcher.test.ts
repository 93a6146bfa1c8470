import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { unusedPort } from '../smtp/__fixtures__/start-test-smtp-server.js';
import { createImapIdleWatcher, type ImapIdleWatcherSettings } from './create-imap-idle-watcher.js';

const watcher = (overrides: Partial<ImapIdleWatcherSettings>) =>
  createImapIdleWatcher({
    host: '127.0.0.1',
    port: 1,
    secure: false,
    user: 'ada@example.com',
    password: 'imap-test-password',
    timeoutMs: 2_000,
    ...overrides,
  });

const session = (signal = new AbortController().signal) => ({
  onNewMail: () => undefined,
  onReady: () => undefined,
  signal,
});

/** A loopback IMAP server (RFC 9051 subset) whose CAPABILITY has no IDLE: answers LOGIN, LOGOUT and OK. */
async function startServerWithoutIdle(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.write('* OK [CAPABILITY IMAP4rev1] test server ready\r\n');
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      let end: number;
      while ((end = buffered.indexOf('\r\n')) >= 0) {
        const [tag, command = ''] = buffered.slice(0, end).split(' ');
        buffered = buffered.slice(end + 2);
        const verb = command.toUpperCase();
        if (verb === 'CAPABILITY') socket.write(`* CAPABILITY IMAP4rev1\r\n${tag} OK done\r\n`);
        else if (verb === 'LOGOUT') socket.end(`* BYE bye\r\n${tag} OK done\r\n`);
        else socket.write(`${tag} OK [CAPABILITY IMAP4rev1] done\r\n`);
      }
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('IMAP IDLE watcher without Dovecot (issue 6 "Mailboxes"; RFC 2177)', () => {
  it('a server that does not advertise IDLE ends the watch as unsupported (interval polling only)', async () => {
    const server = await startServerWithoutIdle();
    try {
      let ready = false;
      await expect(watcher({ port: server.port }).watch({ ...session(), onReady: () => (ready = true) })).resolves.toBe(
        'unsupported',
      );
      expect(ready).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('RES-1: connection refused rejects as a retryable vendor_error (the caller backs off)', async () => {
    await expect(watcher({ port: await unusedPort() }).watch(session())).rejects.toMatchObject({
      code: 'vendor_error',
      isRetryable: true,
    });
  });

  it('an aborted session ends as stopped without connecting; a blank password is refused at construction', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(watcher({ port: await unusedPort() }).watch(session(controller.signal))).resolves.toBe('stopped');
    expect(() => watcher({ password: '' })).toThrow(/password/);
  });
});
