import type { PollRecord } from '../../store/repositories/polls.js';
import type { MessageContent } from '../outbox/compose.js';
import { longDutchDate } from '../registrations/messages.js';

const closes = (p: PollRecord) => (p.closesAt ? longDutchDate(p.closesAt.slice(0, 10)) : null);

export function pollOpenedMessage(
  p: PollRecord,
  memberName: string,
  name: string | null,
  url: string,
): MessageContent {
  return {
    subject: `Ledenpeiling: ${p.title}`,
    greetingName: name,
    paragraphs: [
      `${p.description ?? ''} Wij vragen ${memberName} om deze ledenpeiling in te vullen: één antwoord per gemeente.`.trim(),
      closes(p) ? `De peiling sluit op ${closes(p)}.` : 'Vul de peiling zo snel mogelijk in.',
      'De link hieronder is persoonlijk voor uw gemeente; u hoeft niet in te loggen. Wie van uw gemeente het laatst antwoordt, bepaalt het antwoord.',
    ],
    links: [{ label: 'Peiling invullen', url }],
  };
}

export function pollClosingMessage(
  p: PollRecord,
  memberName: string,
  name: string | null,
  url: string,
): MessageContent {
  return {
    subject: `Herinnering: ledenpeiling ${p.title} sluit binnenkort`,
    greetingName: name,
    paragraphs: [
      `${memberName} heeft de ledenpeiling "${p.title}" nog niet ingevuld. De peiling sluit op ${closes(p)}.`,
      'Uw antwoord telt mee in het standpunt van de vereniging.',
    ],
    links: [{ label: 'Peiling invullen', url }],
  };
}
