import { readFileSync } from 'node:fs';
import { startFakeVendorServer, type FakeVendorServer } from '../../http/__fixtures__/start-fake-vendor-server.js';

const report = readFileSync(new URL('./report-multistatus.xml', import.meta.url), 'utf8').replace(/\r?\n/g, '\r\n');

/** A fake CalDAV server (see README.md): user `host@example.com`, password `fake-caldav-password`. */
export async function startFakeCalDavServer(): Promise<
  FakeVendorServer<'normal' | 'rate_limited' | 'server_error' | 'hang'> & { resources: Map<string, string> }
> {
  const resources = new Map<string, string>();
  const expected = `Basic ${Buffer.from('host@example.com:fake-caldav-password').toString('base64')}`;
  const server = await startFakeVendorServer<'normal' | 'rate_limited' | 'server_error' | 'hang'>(
    (request, reply, state) => {
      if (state.mode === 'hang') return reply.hang();
      if (request.headers.authorization !== expected) {
        return reply.send(401, 'Access to the requested resource forbidden.', {
          'www-authenticate': 'Basic realm="Fake"',
        });
      }
      if (state.mode === 'rate_limited')
        return reply.send(429, 'Too many requests', { 'retry-after': String(state.retryAfterSeconds) });
      if (state.mode === 'server_error') return reply.send(503, 'Service unavailable');
      const path = request.url.pathname;
      if (request.method === 'REPORT')
        return reply.send(207, report, { 'content-type': 'application/xml; charset=utf-8' });
      if (request.method === 'PUT') {
        if (request.headers['if-none-match'] === '*' && resources.has(path))
          return reply.send(412, 'Precondition failed.');
        const created = !resources.has(path);
        resources.set(path, request.rawBody);
        return reply.send(created ? 201 : 204, '', { etag: `"${resources.size}"` });
      }
      if (request.method === 'DELETE') return reply.send(resources.delete(path) ? 204 : 404, '');
      return reply.send(405, 'Method not allowed');
    },
    { contentType: 'text/plain; charset=utf-8' },
  );
  return Object.assign(server, { resources });
}
