import { createSocket } from 'node:dgram';

/** What the fake answers for a name: TXT records (each a list of character-strings) or a DNS error code. */
export type FakeDnsAnswer = readonly (readonly string[])[] | 'NXDOMAIN' | 'SERVFAIL';

/**
 * A minimal UDP DNS server on 127.0.0.1 for adapter tests (RFC 1035 §4.1 message format): answers TXT
 * questions from `zone` (names lower-case), NXDOMAIN for unknown names. Only what `resolveTxt` needs.
 */
export async function startFakeDnsServer(
  zone: Record<string, FakeDnsAnswer>,
): Promise<{ address: string; close(): Promise<void> }> {
  const socket = createSocket('udp4');
  socket.on('message', (query, peer) => {
    const response = answer(query, zone);
    if (response) socket.send(response, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function answer(query: Buffer, zone: Record<string, FakeDnsAnswer>): Buffer | null {
  if (query.length < 12) return null;
  const labels: string[] = [];
  let offset = 12;
  while (offset < query.length && query[offset] !== 0) {
    const length = query[offset] as number;
    labels.push(query.subarray(offset + 1, offset + 1 + length).toString('latin1'));
    offset += length + 1;
  }
  const questionEnd = offset + 5; // zero label + QTYPE + QCLASS
  const question = query.subarray(12, questionEnd);
  const found = zone[labels.join('.').toLowerCase()] ?? 'NXDOMAIN';
  const records = typeof found === 'string' ? [] : found;
  const rcode = found === 'NXDOMAIN' ? 3 : found === 'SERVFAIL' ? 2 : 0;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // id
  header.writeUInt16BE(0x8180 | rcode, 2); // QR, RD, RA + rcode
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(records.length, 6);
  const answers = records.map((strings) => {
    const rdata = Buffer.concat(
      strings.map((text) => Buffer.concat([Buffer.from([text.length]), Buffer.from(text, 'latin1')])),
    );
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0); // pointer to the question name
    fixed.writeUInt16BE(16, 2); // TXT
    fixed.writeUInt16BE(1, 4); // IN
    fixed.writeUInt32BE(60, 6);
    fixed.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([fixed, rdata]);
  });
  return Buffer.concat([header, question, ...answers]);
}
