/** What a message says, before it becomes plain text and HTML. */
export type MessageContent = {
  subject: string;
  /** "Beste Anna de Vries," — without a name: "Beste lezer,". */
  greetingName?: string | null;
  paragraphs: string[];
  /** Label–value lines, e.g. Datum, Tijd, Plaats. */
  facts?: [string, string][];
  /** Links, each on its own line: the first is the main action. */
  links?: { label: string; url: string }[];
};

export type ComposedMessage = { subject: string; text: string; html: string };

export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * The message in Dutch as plain text and as simple, accessible HTML (lang="nl", one column, real links), with
 * the organisation's name and, at the bottom, why the reader gets it and the link to stop it (no login needed).
 */
export function composeMessage(
  content: MessageContent,
  options: { organisationName: string; reason: string; unsubscribeUrl: string },
): ComposedMessage {
  const greeting = content.greetingName ? `Beste ${content.greetingName},` : 'Beste lezer,';
  const facts = content.facts ?? [];
  const links = content.links ?? [];
  const footer = `${options.reason} Wilt u deze berichten niet meer ontvangen? Meld u af: ${options.unsubscribeUrl}`;
  const text = [
    greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(facts.length ? [...facts.map(([label, value]) => `${label}: ${value}`), ''] : []),
    ...links.flatMap((l) => [`${l.label}: ${l.url}`]),
    ...(links.length ? [''] : []),
    'Met vriendelijke groet,',
    options.organisationName,
    '',
    '--',
    footer,
    '',
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    facts.length
      ? `<table role="presentation" style="border-collapse: collapse;">${facts
          .map(
            ([label, value]) =>
              `<tr><th scope="row" style="text-align: left; padding: 0.2em 1em 0.2em 0; font-weight: bold;">${escapeHtml(label)}</th><td style="padding: 0.2em 0;">${escapeHtml(value)}</td></tr>`,
          )
          .join('')}</table>`
      : '',
    ...links.map(
      (l) => `<p><a href="${escapeHtml(l.url)}" style="color: #005a78;">${escapeHtml(l.label)}</a></p>`,
    ),
    `<p>Met vriendelijke groet,<br>${escapeHtml(options.organisationName)}</p>`,
    `<hr><p style="font-size: 14px; color: #4a4a4a;">${escapeHtml(options.reason)} <a href="${escapeHtml(options.unsubscribeUrl)}" style="color: #005a78;">Afmelden voor deze berichten</a></p>`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
  return { subject: content.subject, text, html };
}
