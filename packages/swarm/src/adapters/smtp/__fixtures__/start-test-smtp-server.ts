import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the test server received: the SMTP envelope and the parsed RFC 5322 message. */
export interface ReceivedEmail {
  envelopeFrom: string;
  envelopeTo: string[];
  parsed: ParsedMail;
  /** The message exactly as it arrived after DATA (dot-unstuffed), e.g. for DKIM verification. */
  raw: Buffer;
}

/**
 * How the server answers: `normal`; `busy` (451 4.3.2 to every RCPT TO, a transient refusal);
 * `reject-message` (554 5.7.1 after the message data, a permanent refusal); `drop-after-data` (reads
 * the whole message, then closes every connection without a reply); `hang-after-data` (reads the
 * whole message and never replies).
 */
export type TestSmtpMode = 'normal' | 'busy' | 'reject-message' | 'drop-after-data' | 'hang-after-data';

/** A real SMTP protocol server (nodemailer's `smtp-server`) on 127.0.0.1, for adapter tests. */
export interface TestSmtpServer {
  host: string;
  port: number;
  received: ReceivedEmail[];
  setMode(mode: TestSmtpMode): void;
  close(): Promise<void>;
}

function smtpReply(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * Starts `smtp-server` on an ephemeral port with AUTH PLAIN only, checking `user`/`password`
 * (a mismatch answers 535). STARTTLS is disabled and plain-text AUTH allowed because the socket
 * never leaves loopback. Received messages are parsed with mailparser's `simpleParser`.
 */
export async function startTestSmtpServer(credentials: { user: string; password: string }): Promise<TestSmtpServer> {
  let mode: TestSmtpMode = 'normal';
  const received: ReceivedEmail[] = [];
  const sockets = new Set<Socket>();
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authMethods: ['PLAIN'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.password) {
        callback(null, { user: auth.username });
        return;
      }
      callback(smtpReply('5.7.8 Authentication credentials invalid', 535));
    },
    onRcptTo(_address, _session, callback) {
      if (mode === 'busy') {
        callback(smtpReply('4.3.2 System busy, try again later', 451));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (mode === 'drop-after-data') {
          for (const socket of sockets) socket.destroy();
          return;
        }
        if (mode === 'hang-after-data') return;
        if (mode === 'reject-message') {
          callback(smtpReply('5.7.1 Message rejected as spam', 554));
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
              parsed,
              raw,
            });
            callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port: address.port,
    received,
    setMode(next) {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that accepts connections and never sends the SMTP greeting (RES-2 timeout tests). */
export async function startSilentTcpServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (bound, then released), for connection-refused tests. */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
