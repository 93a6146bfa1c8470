import { describe, expect, it } from 'vitest';
import { resolveHostVideoSecrets } from './resolve-host-video-secrets.js';
import { hostVideoSchema } from './video-schema.js';

describe('hosts[].video (SPEC §7 invites with video link, issue 7)', () => {
  it('fills Zoom defaults: env names, user "me", API roots with a trailing slash', () => {
    expect(hostVideoSchema.parse({ provider: 'zoom', accountId: 'acct-1' })).toEqual({
      provider: 'zoom',
      accountId: 'acct-1',
      clientIdEnv: 'ZOOM_CLIENT_ID',
      clientSecretEnv: 'ZOOM_CLIENT_SECRET',
      userId: 'me',
      apiUrl: 'https://api.zoom.us/',
      oauthUrl: 'https://zoom.us/',
    });
    expect(hostVideoSchema.parse({ provider: 'zoom', accountId: 'a', apiUrl: 'http://127.0.0.1:9' })).toMatchObject({
      apiUrl: 'http://127.0.0.1:9/',
    });
  });

  it('fills Google Meet and Jitsi defaults and accepts a static https link', () => {
    expect(hostVideoSchema.parse({ provider: 'google-meet', accessType: 'OPEN' })).toEqual({
      provider: 'google-meet',
      tokenEnv: 'GOOGLE_MEET_TOKEN',
      apiUrl: 'https://meet.googleapis.com/',
      accessType: 'OPEN',
    });
    expect(hostVideoSchema.parse({ provider: 'jitsi' })).toEqual({
      provider: 'jitsi',
      baseUrl: 'https://meet.jit.si/',
    });
    expect(hostVideoSchema.parse({ provider: 'static', url: 'https://meet.example.com/ada' })).toMatchObject({
      url: 'https://meet.example.com/ada',
    });
  });

  it('rejects secrets in the file, a zoom setting without accountId, http static links and lower-case env names', () => {
    expect(hostVideoSchema.safeParse({ provider: 'zoom', accountId: 'a', clientSecret: 's' }).success).toBe(false);
    expect(hostVideoSchema.safeParse({ provider: 'zoom' }).success).toBe(false);
    expect(hostVideoSchema.safeParse({ provider: 'static', url: 'http://meet.example.com/ada' }).success).toBe(false);
    expect(hostVideoSchema.safeParse({ provider: 'google-meet', tokenEnv: 'token' }).success).toBe(false);
    expect(hostVideoSchema.safeParse({ provider: 'teams' }).success).toBe(false);
  });

  it('reads only the variables the hosts name, and names every missing one with its host', () => {
    const hosts = [
      { id: 'ada', video: hostVideoSchema.parse({ provider: 'zoom', accountId: 'a' }) },
      { id: 'bo', video: hostVideoSchema.parse({ provider: 'google-meet', tokenEnv: 'BO_MEET_TOKEN' }) },
      { id: 'cy' },
    ];
    expect(
      resolveHostVideoSecrets(hosts, {
        ZOOM_CLIENT_ID: ' id ',
        ZOOM_CLIENT_SECRET: 'secret',
        BO_MEET_TOKEN: 'token',
        UNRELATED: 'x',
      }),
    ).toEqual({ ZOOM_CLIENT_ID: 'id', ZOOM_CLIENT_SECRET: 'secret', BO_MEET_TOKEN: 'token' });
    expect(() => resolveHostVideoSecrets(hosts, { ZOOM_CLIENT_ID: 'id', ZOOM_CLIENT_SECRET: ' ' })).toThrow(
      /ZOOM_CLIENT_SECRET \(hosts\[ada\] Zoom client secret\), BO_MEET_TOKEN \(hosts\[bo\] Google Meet token\)/,
    );
  });
});
