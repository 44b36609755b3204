import type { AgendaDocumentPurpose } from '../../domain/types.js';
import { addAgendaItem, createMeeting } from '../../store/repositories/meetings.js';
import { DEMO_MEETINGS, UPCOMING_MEETING_KEY } from './calendar.js';
import type { DemoContext, DemoMeeting } from './demo-context.js';

/** Creates the assemblies of 2022–2026 with a standard agenda. */
export async function seedDemoMeetings(d: DemoContext): Promise<DemoMeeting[]> {
  const out: DemoMeeting[] = [];
  for (const plan of DEMO_MEETINGS) {
    const held = plan.key !== UPCOMING_MEETING_KEY;
    const record = await createMeeting(d.trx, d.ctx, {
      kind: plan.kind,
      title: plan.title,
      date: plan.date,
      startTime: plan.startTime,
      endTime: plan.endTime,
      place: plan.place,
      status: held ? 'held' : 'planned',
    });
    const items: [string, AgendaDocumentPurpose][] = [
      ['Opening en mededelingen', 'information'],
      ['Notulen van de vorige vergadering', 'decision'],
    ];
    if (plan.accountability) items.push(['Verantwoording over de uitvoering van moties', 'decision']);
    items.push(['Moties en resoluties', 'decision']);
    if (plan.kind === 'alv') items.push(['Jaarverslag en jaarrekening', 'decision']);
    if (plan.kind === 'najaars-alv') items.push(['Begroting en contributie', 'decision']);
    items.push(['Rondvraag en sluiting', 'information']);
    const created = [];
    for (const [i, [title, purpose]] of items.entries()) {
      created.push(
        await addAgendaItem(d.trx, d.ctx, { meetingId: record.id, number: String(i + 1), title, purpose }),
      );
    }
    out.push({
      plan,
      record,
      held,
      agenda: {
        motions: created.find((a) => a.title === 'Moties en resoluties')!,
        accountability: created.find((a) => a.title.startsWith('Verantwoording')) ?? null,
      },
    });
  }
  return out;
}
