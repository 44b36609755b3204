import type { WriteContext } from '../../store/audit.js';
import type { Executor } from '../../store/database.js';
import { findMessageByUnsubscribeHash, hasOptedOut, recordOptOut } from '../../store/repositories/outbox.js';
import { hashToken } from './queue-message.js';

/** What the reader stops receiving, in the words of the unsubscribe page. */
export function describeCategory(category: string): string {
  const group = category.split(':')[0];
  return (
    {
      registration: 'berichten over uw aanmeldingen voor bijeenkomsten',
      poll: 'berichten over ledenpeilingen',
      deadline: 'herinneringen aan uiterste data van afspraken',
      assembly: 'berichten over termijnen voor moties en amendementen',
      follow: 'berichten over deze motie',
      'follow-request': 'verzoeken om een motie te volgen',
      all: 'alle berichten',
    }[group] ?? 'deze berichten'
  );
}

export type UnsubscribeLink = {
  organisationId: string;
  category: string;
  description: string;
  /** The address, partly hidden: "a…s@gemeente.nl". */
  maskedEmail: string;
  done: boolean;
};

const mask = (email: string) => {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}…${local.length > 1 ? local.slice(-1) : ''}@${domain}`;
};

/** The unsubscribe link of a message (from its token), or undefined when unknown or erased. */
export async function readUnsubscribeLink(
  db: Executor,
  token: string,
): Promise<(UnsubscribeLink & { email: string }) | undefined> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined;
  const message = await findMessageByUnsubscribeHash(db, hashToken(token));
  if (!message?.recipientEmail) return undefined;
  return {
    organisationId: message.organisationId,
    category: message.category,
    description: describeCategory(message.category),
    maskedEmail: mask(message.recipientEmail),
    email: message.recipientEmail,
    done: await hasOptedOut(db, message.organisationId, message.recipientEmail, [message.category]),
  };
}

/** Uses the link: no more messages of that category to that address (also none still waiting). No login needed. */
export async function unsubscribe(options: {
  db: Executor;
  writer: WriteContext;
  token: string;
  at: string;
}): Promise<UnsubscribeLink | undefined> {
  const link = await readUnsubscribeLink(options.db, options.token);
  if (!link || link.organisationId !== options.writer.organisationId) return undefined;
  await recordOptOut(options.db, options.writer, {
    email: link.email,
    category: link.category,
    at: options.at,
  });
  const { email: _email, ...rest } = link;
  return { ...rest, done: true };
}
