import { describe, expect, it } from 'vitest';
import type { DraftEmailView } from '../../src/compose/email/draft-email-view.js';
import { renderDraftEmail } from '../../src/render/email/render-draft-email.js';
import { headerLines, mailboxes, parseEml } from './parse-eml.js';

/*
 * The workbook reader refuses line breaks and control characters in names and addresses
 * (tests/validate/text.test.ts). This checks the layer below: even if such text reached the
 * e-mail, it could not start a header of its own.
 */
const HOSTILE: DraftEmailView = {
  authorId: 'X',
  file: 'drafts/x.eml',
  to: { name: 'Head of Care\r\nBcc: victim@example.org', address: 'head.of.care@example.org' },
  from: 'performance.team@example.org',
  subject: 'Draft pack\r\nBcc: victim@example.org\r\n\r\n<b>body</b>',
  text: 'Hello\n',
  html: '<p>Hello</p>\n',
  month: '2026-01',
  date: '2026-02-05',
};

describe('header injection', () => {
  it('CR/LF in a name or subject is encoded into its header, never a header of its own', async () => {
    for (const bytes of [(await renderDraftEmail(HOSTILE, [])).eml, await (await renderDraftEmail(HOSTILE, [])).forSending(new Date(Date.UTC(2026, 0, 20, 10)), 'sender@example.org')]) {
      const lines = headerLines(bytes);
      expect(lines.filter((line) => /^bcc:/i.test(line))).toEqual([]);
      const mail = await parseEml(bytes);
      expect(mail.bcc).toBeUndefined();
      expect(mail.headers.has('bcc')).toBe(false);
      expect(mailboxes(mail.to)).toHaveLength(1);
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined).toBe('head.of.care@example.org');
      expect(mail.text).toBe('Hello\n');
    }
  });

  it('an address with a line break cannot add a recipient', async () => {
    const view: DraftEmailView = { ...HOSTILE, to: { name: 'Head of Care', address: 'head.of.care@example.org\r\nBcc: victim@example.org' } };
    const lines = headerLines((await renderDraftEmail(view, [])).eml);
    expect(lines.filter((line) => /^bcc:/i.test(line))).toEqual([]);
  });
});
