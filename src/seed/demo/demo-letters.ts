import { createHash } from 'node:crypto';
import { createDocument } from '../../store/repositories/documents.js';
import { createLetter, type LetterWithAttachments } from '../../store/repositories/letters.js';
import type { DemoContext } from './demo-context.js';

/**
 * Kenmerk (U2025xxxxx) and Lbr-number (Lbr. 25/0xx) grow with the date within a year, as in a real register;
 * the running counter keeps two letters of one day apart.
 */
function nextNumbers(d: DemoContext, date: string): { reference: string; number: string } {
  const year = Number(date.slice(0, 4));
  const n = (d.letterCounters.get(year) ?? 0) + 1;
  d.letterCounters.set(year, n);
  const day = Math.floor(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000,
  );
  const yy = String(year % 100).padStart(2, '0');
  const serial = 100 + day * 4 + (n % 4);
  const lbr = 1 + Math.floor(day / 5);
  return {
    reference: `U${year}${String(serial).padStart(5, '0')}`,
    number: `Lbr. ${yy}/${String(lbr).padStart(3, '0')}`,
  };
}

export type DemoAttachment = { title: string; filename: string; kind: string; text: string };

/** A member letter with its attachments, each stored as a source document (text only in the demo). */
export async function createDemoLetter(
  d: DemoContext,
  input: { date: string; subject: string; body: string; attachments: DemoAttachment[] },
): Promise<LetterWithAttachments> {
  const numbers = nextNumbers(d, input.date);
  const attachments = [];
  for (const a of input.attachments) {
    const text = `${a.title}\n\nBijlage bij ledenbrief ${numbers.number} (kenmerk ${numbers.reference}).\n\n${a.text}`;
    const doc = await createDocument(d.trx, d.ctx, {
      filename: a.filename,
      mediaType: 'text/plain',
      contentHash: createHash('sha256').update(text).digest('hex'),
      size: Buffer.byteLength(text),
      kind: a.kind,
      title: a.title,
      text,
      status: 'stored',
      importedAt: `${input.date}T08:00:00.000Z`,
    });
    attachments.push({ title: a.title, documentId: doc.id });
  }
  return createLetter(d.trx, d.ctx, {
    ...numbers,
    date: input.date,
    subject: input.subject,
    addressees: 'Aan de leden',
    body: input.body,
    attachments,
  });
}
