import { describe, expect, it } from 'vitest';
import { privacyNoticeConfigSchema, resolvePrivacyNotice } from './privacy-notice-schema.js';

const sender = { company: 'Northwind Analytics Ltd', email: 'dana@mail.example.com' };

describe('privacyNotice config (EM-8)', () => {
  it('defaults the controller identity to the sender settings', () => {
    const resolved = resolvePrivacyNotice(privacyNoticeConfigSchema.parse(undefined), sender);
    expect(resolved).toMatchObject({
      controllerName: 'Northwind Analytics Ltd',
      contactEmail: 'dana@mail.example.com',
    });
    expect(resolved.dataSource).toMatch(/public professional sources/);
    expect(
      resolvePrivacyNotice(privacyNoticeConfigSchema.parse({}), { ...sender, replyTo: 'hello@mail.example.com' })
        .contactEmail,
    ).toBe('hello@mail.example.com');
  });

  it('uses configured values and rejects bad ones with the key in the message', () => {
    const config = privacyNoticeConfigSchema.parse({
      controllerName: 'Northwind GmbH',
      contactEmail: 'privacy@example.com',
    });
    expect(resolvePrivacyNotice(config, sender)).toMatchObject({
      controllerName: 'Northwind GmbH',
      contactEmail: 'privacy@example.com',
    });
    expect(privacyNoticeConfigSchema.safeParse({ contactEmail: 'nope' }).error?.issues[0]?.message).toMatch(
      /privacyNotice\.contactEmail/,
    );
    expect(privacyNoticeConfigSchema.safeParse({ dataSource: 'a\nb' }).success).toBe(false);
    expect(privacyNoticeConfigSchema.safeParse({ enabled: false }).success).toBe(false);
  });
});
