import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/store/audit.js';
import { createAgreement, listAgreements, updateAgreement } from '../../src/store/repositories/agreements.js';
import {
  createConsultation,
  getConsultation,
  listConsultations,
} from '../../src/store/repositories/consultations.js';
import {
  addProvenance,
  createDocument,
  findDocumentByContentHash,
  listDocuments,
  listProvenanceForDocument,
  listProvenanceForEntity,
  updateDocument,
} from '../../src/store/repositories/documents.js';
import {
  addLetterAttachment,
  createLetter,
  findLetterByReference,
  getLetter,
  listLetters,
  updateLetter,
} from '../../src/store/repositories/letters.js';
import { ENGINES } from '../support/engines.js';
import { auditActions, openStoreFixture, type StoreFixture } from './store-fixture.js';

describe.each(ENGINES)('agreements, consultations, letters and documents on %s', (engine) => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await openStoreFixture(engine);
  });
  afterAll(async () => f?.cleanup());

  it('tracks agreements from a consultation; overdue is derived from the due date', async () => {
    const c = await createConsultation(f.db, f.ctx, {
      title: 'Overhedenoverleg voorjaar 2025',
      date: '2025-03-20',
      parties: ['Rijk', 'VNG', 'IPO', 'UvW'],
      outcomes: ['Afspraken over het Gemeentefonds'],
    });
    expect((await getConsultation(f.db, f.ctx.organisationId, c.id))?.parties).toEqual([
      'Rijk',
      'VNG',
      'IPO',
      'UvW',
    ]);
    expect((await listConsultations(f.db, f.ctx.organisationId, { year: 2025 })).total).toBe(1);
    const base = { party: 'kabinet', sourceKind: 'consultation', consultationId: c.id };
    const a1 = await createAgreement(f.db, f.ctx, {
      ...base,
      text: 'Uiterlijk 14 april een voorstel',
      dueDate: '2025-04-14',
    });
    await createAgreement(f.db, f.ctx, { ...base, text: 'Evaluatie in het najaar', dueDate: '2025-11-01' });
    await createAgreement(f.db, f.ctx, { ...base, text: 'Zonder termijn' });
    const overdue = await listAgreements(f.db, f.ctx.organisationId, { overdueOn: '2025-06-01' });
    expect(overdue.items.map((a) => a.id)).toEqual([a1.id]);
    const byDue = await listAgreements(
      f.db,
      f.ctx.organisationId,
      { consultationId: c.id },
      { limit: 10, offset: 0 },
      'due',
    );
    expect(byDue.items.map((a) => a.dueDate)).toEqual(['2025-04-14', '2025-11-01', null]);
    await updateAgreement(f.db, f.ctx, a1.id, { status: 'fulfilled' });
    expect((await listAgreements(f.db, f.ctx.organisationId, { overdueOn: '2025-06-01' })).total).toBe(0);
    expect((await listAgreements(f.db, f.ctx.organisationId, { q: 'EVALUATIE' })).total).toBe(1);
    expect(await auditActions(f, a1.id)).toEqual(['agreement.created', 'agreement.status-changed']);
  });

  it('stores letters with kenmerk, Lbr-number and ordered attachments', async () => {
    const doc = await createDocument(f.db, f.ctx, {
      filename: 'bijlage-1.pdf',
      mediaType: 'application/pdf',
      contentHash: 'a'.repeat(64),
      size: 1234,
    });
    const l = await createLetter(f.db, f.ctx, {
      reference: 'U202500147',
      number: 'Lbr. 25/015',
      date: '2025-03-04',
      subject: 'Uitkomsten Overhedenoverleg',
      addressees: 'Aan de leden',
      attachments: [{ title: 'Verslag', documentId: doc.id }],
    });
    await addLetterAttachment(f.db, f.ctx, l.id, { title: 'Tijdpad' });
    await updateLetter(f.db, f.ctx, l.id, { body: 'Geacht college en gemeenteraad,' });
    const read = await getLetter(f.db, f.ctx.organisationId, l.id);
    expect(read?.attachments.map((a) => [a.position, a.title])).toEqual([
      [1, 'Verslag'],
      [2, 'Tijdpad'],
    ]);
    expect((await findLetterByReference(f.db, f.ctx.organisationId, 'U202500147'))?.id).toBe(l.id);
    expect((await listLetters(f.db, f.ctx.organisationId, { q: 'lbr. 25/015' })).total).toBe(1);
    expect((await listLetters(f.db, f.ctx.organisationId, { year: 2024 })).total).toBe(0);
  });

  it('finds documents by content hash and keeps provenance per entity', async () => {
    const d = await createDocument(f.db, f.ctx, {
      filename: 'verantwoording.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentHash: 'b'.repeat(64),
      size: 58000,
      kind: 'accountability-report',
      text: 'Verantwoording over uitvoering moties',
      warnings: ['tabel op pagina 3 niet herkend'],
    });
    await expect(
      createDocument(f.db, f.ctx, {
        filename: 'dubbel.docx',
        mediaType: 'x',
        contentHash: 'b'.repeat(64),
        size: 1,
      }),
    ).rejects.toThrow();
    const found = await findDocumentByContentHash(f.db, f.ctx.organisationId, 'b'.repeat(64));
    expect(found?.warnings).toEqual(['tabel op pagina 3 niet herkend']);
    await updateDocument(f.db, f.ctx, d.id, { status: 'imported', importedAt: '2025-01-01T00:00:00.000Z' });
    await addProvenance(f.db, f.ctx, d.id, [
      { entityKind: 'motion', entityId: 'm-1', fromLine: 10, toLine: 24 },
      { entityKind: 'motion', entityId: 'm-1', fromLine: 3, toLine: 4, page: 1 },
      { entityKind: 'accountability-entry', entityId: 'e-1', fromLine: 25, toLine: 40 },
    ]);
    const spans = await listProvenanceForEntity(f.db, f.ctx.organisationId, 'motion', 'm-1');
    expect(spans.map((s) => s.fromLine)).toEqual([3, 10]);
    expect(spans[0].document.filename).toBe('verantwoording.docx');
    expect(await listProvenanceForDocument(f.db, f.ctx.organisationId, d.id)).toHaveLength(3);
    expect((await listDocuments(f.db, f.ctx.organisationId, { status: ['imported'] })).total).toBe(1);
    expect(await verifyAuditChain(f.db)).toMatchObject({ ok: true });
  });
});
