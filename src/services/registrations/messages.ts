import type { MeetingRecord } from '../../store/repositories/meetings.js';
import type { MessageContent } from '../outbox/compose.js';

const LONG_DATE = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '2025-03-21' → 'vrijdag 21 maart 2025'. */
export const longDutchDate = (date: string): string => LONG_DATE.format(new Date(`${date}T12:00:00Z`));

/** Datum, Tijd and Plaats of a meeting, as lines of a message. */
export function meetingFacts(m: MeetingRecord): [string, string][] {
  const facts: [string, string][] = [['Datum', longDutchDate(m.date)]];
  if (m.startTime) facts.push(['Tijd', `${m.startTime}${m.endTime ? `–${m.endTime}` : ''} uur`]);
  if (m.place) facts.push(['Plaats', m.place]);
  return facts;
}

type Links = { meetingUrl: string; cancelUrl: string | null; calendarUrl: string };

const linksOf = (l: Links) => [
  ...(l.cancelUrl ? [{ label: 'Aanmelding annuleren', url: l.cancelUrl }] : []),
  { label: 'Zet de bijeenkomst in uw agenda (ICS)', url: l.calendarUrl },
  { label: 'Meer over de bijeenkomst', url: l.meetingUrl },
];

export function confirmationMessage(m: MeetingRecord, name: string, links: Links): MessageContent {
  return {
    subject: `Bevestiging van uw aanmelding: ${m.title}`,
    greetingName: name,
    paragraphs: [
      `U bent aangemeld voor ${m.title}. Wij zien u graag op ${longDutchDate(m.date)}.`,
      'Kunt u toch niet komen? Annuleer dan uw aanmelding met de link hieronder, zodat iemand van de wachtlijst uw plaats kan krijgen.',
    ],
    facts: meetingFacts(m),
    links: linksOf(links),
  };
}

export function waitingListMessage(
  m: MeetingRecord,
  name: string,
  position: number,
  links: Links,
): MessageContent {
  return {
    subject: `U staat op de wachtlijst: ${m.title}`,
    greetingName: name,
    paragraphs: [
      `${m.title} is vol. U staat op de wachtlijst (plaats ${position}).`,
      'Komt er een plaats vrij, dan schuift u automatisch door en krijgt u daarover bericht.',
    ],
    facts: meetingFacts(m),
    links: linksOf(links),
  };
}

export function movedUpMessage(m: MeetingRecord, name: string, links: Links): MessageContent {
  return {
    subject: `Er is een plaats vrij: u bent aangemeld voor ${m.title}`,
    greetingName: name,
    paragraphs: [
      `Er is een plaats vrijgekomen. U stond op de wachtlijst en bent nu aangemeld voor ${m.title}.`,
      'Kunt u niet meer komen? Annuleer dan uw aanmelding met de link hieronder.',
    ],
    facts: meetingFacts(m),
    links: linksOf(links),
  };
}

export function cancelledMessage(m: MeetingRecord, name: string, links: Links): MessageContent {
  return {
    subject: `Uw aanmelding is geannuleerd: ${m.title}`,
    greetingName: name,
    paragraphs: [`Uw aanmelding voor ${m.title} is geannuleerd. U hoeft verder niets te doen.`],
    facts: meetingFacts(m),
    links: [{ label: 'Meer over de bijeenkomst', url: links.meetingUrl }],
  };
}
