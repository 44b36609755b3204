import type { AgreementStatus } from '../../domain/types.js';
import { type AgreementRecord, createAgreement } from '../../store/repositories/agreements.js';
import { createConsultation } from '../../store/repositories/consultations.js';
import type { DemoContext } from './demo-context.js';
import { createDemoLetter } from './demo-letters.js';
import { addDays } from './prng.js';

type AgreementPlan = {
  key: string;
  text: string;
  party: string;
  due: string | null;
  status: AgreementStatus;
};
type ConsultationPlan = { title: string; date: string; outcomes: string[]; agreements: AgreementPlan[] };

const PARTIES = ['Rijk', 'VNG', 'IPO', 'Unie van Waterschappen'];

/** Overhedenoverleg rounds and what the cabinet promised there; statuses chosen so some are overdue. */
const CONSULTATIONS: ConsultationPlan[] = [
  {
    title: 'Overhedenoverleg voorjaar 2025',
    date: '2025-02-27',
    outcomes: ['Afspraken over de groeiruimte van het Gemeentefonds', 'Werkagenda financiële verhoudingen'],
    agreements: [
      {
        key: 'omgevingswet',
        text: 'Het Rijk compenseert de meerkosten van de invoering van de Omgevingswet uiterlijk 14 april 2025.',
        party: 'kabinet',
        due: '2025-04-14',
        status: 'fulfilled',
      },
      {
        key: 'normering',
        text: 'Het kabinet legt uiterlijk 1 januari 2026 een voorstel voor een herijkte normeringssystematiek voor.',
        party: 'kabinet',
        due: '2026-01-01',
        status: 'open',
      },
      {
        key: 'jeugd',
        text: 'Het Rijk neemt het advies van de Deskundigencommissie Hervormingsagenda Jeugd over in de Voorjaarsnota.',
        party: 'Ministerie van VWS',
        due: '2025-06-01',
        status: 'partly-fulfilled',
      },
    ],
  },
  {
    title: 'Overhedenoverleg najaar 2025',
    date: '2025-10-09',
    outcomes: ['Gezamenlijke agenda voor de uitvoering', 'Afspraken over nieuwe taken'],
    agreements: [
      {
        key: 'nieuwe-taken',
        text: 'Nieuwe taken voor gemeenten gaan alleen in met een vooraf afgesproken financiering (artikel 2 Fvw).',
        party: 'kabinet',
        due: null,
        status: 'open',
      },
      {
        key: 'spreiding',
        text: 'Het Rijk levert uiterlijk 1 maart 2026 een uitvoeringstoets van de Spreidingswet op.',
        party: 'Ministerie van Asiel en Migratie',
        due: '2026-03-01',
        status: 'broken',
      },
      {
        key: 'opschaling',
        text: 'Het kabinet evalueert de opschalingskorting uiterlijk 1 september 2026.',
        party: 'Ministerie van BZK',
        due: '2026-09-01',
        status: 'open',
      },
    ],
  },
  {
    title: 'Overhedenoverleg voorjaar 2026',
    date: '2026-04-02',
    outcomes: ['Meerjarige afspraken over het Gemeentefonds 2027–2030'],
    agreements: [
      {
        key: 'accres',
        text: 'Het accres van het Gemeentefonds wordt voor 2027 vastgezet op het niveau van de Voorjaarsnota 2026.',
        party: 'kabinet',
        due: '2026-06-01',
        status: 'fulfilled',
      },
      {
        key: 'wmo',
        text: 'Het kabinet legt vóór 1 juli 2026 een wetsvoorstel voor een inkomensafhankelijke eigen bijdrage Wmo voor.',
        party: 'Ministerie van VWS',
        due: '2026-07-01',
        status: 'open',
      },
      {
        key: 'netcongestie',
        text: 'Rijk en netbeheerders betrekken gemeenten uiterlijk 1 januari 2027 bij de prioritering van netuitbreiding.',
        party: 'Ministerie van KGG',
        due: '2027-01-01',
        status: 'open',
      },
    ],
  },
];

/** Consultations with their agreements and the member letter that reported each outcome; agreements by key. */
export async function seedDemoAgreements(d: DemoContext): Promise<Map<string, AgreementRecord>> {
  const byKey = new Map<string, AgreementRecord>();
  for (const plan of CONSULTATIONS) {
    const consultation = await createConsultation(d.trx, d.ctx, {
      title: plan.title,
      date: plan.date,
      parties: PARTIES,
      outcomes: plan.outcomes,
    });
    const letter = await createDemoLetter(d, {
      date: addDays(plan.date, 6),
      subject: `Uitkomsten ${plan.title}`,
      body: `Geacht college en gemeenteraad,\n\nOp ${plan.date} vond het ${plan.title} plaats tussen Rijk, provincies, waterschappen en gemeenten. In deze brief informeren wij u over de uitkomsten en de afspraken die zijn gemaakt.`,
      attachments: [
        {
          title: `Afsprakenlijst ${plan.title}`,
          filename: `afsprakenlijst-${plan.date}.txt`,
          kind: 'other',
          text: plan.agreements.map((a, i) => `${i + 1}. ${a.text}`).join('\n'),
        },
      ],
    });
    for (const a of plan.agreements) {
      const record = await createAgreement(d.trx, d.ctx, {
        text: a.text,
        party: a.party,
        dueDate: a.due,
        status: a.status,
        sourceKind: 'consultation',
        consultationId: consultation.id,
        letterId: letter.id,
      });
      byKey.set(a.key, record);
    }
  }
  return byKey;
}
