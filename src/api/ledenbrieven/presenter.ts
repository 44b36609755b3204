import type { LetterAttachmentRecord, LetterRecord } from '../../store/repositories/letters.js';
import { API_PREFIX } from '../http/api-version.js';

export const presentAttachment = (a: LetterAttachmentRecord) => ({
  id: a.id,
  positie: a.position,
  titel: a.title,
  document: a.documentId,
});

export function present(l: LetterRecord, attachments: LetterAttachmentRecord[]) {
  const self = `${API_PREFIX}/ledenbrieven/${l.id}`;
  return {
    id: l.id,
    kenmerk: l.reference,
    nummer: l.number,
    datum: l.date,
    onderwerp: l.subject,
    geadresseerden: l.addressees,
    inhoud: l.body,
    bijlagen: attachments.map(presentAttachment),
    gewijzigdOp: l.updatedAt,
    _links: {
      self: { href: self },
      bijlagen: { href: `${self}/bijlagen` },
      audittrail: { href: `${self}/audittrail` },
    },
  };
}

export type LetterFields = {
  kenmerk?: string | null;
  nummer?: string | null;
  datum?: string | null;
  onderwerp?: string;
  geadresseerden?: string | null;
  inhoud?: string | null;
};
export const letterInput = (b: LetterFields) =>
  Object.fromEntries(
    Object.entries({
      reference: b.kenmerk,
      number: b.nummer,
      date: b.datum,
      subject: b.onderwerp,
      addressees: b.geadresseerden,
      body: b.inhoud,
    }).filter(([, v]) => v !== undefined),
  );
