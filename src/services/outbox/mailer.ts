import type { Transporter } from 'nodemailer';

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  unsubscribeUrl?: string | null;
};

/** Sends one e-mail; throws a MailError on failure (permanent: the server refused it for good, 5xx). */
export type Mailer = { send: (mail: OutgoingMail) => Promise<void>; close: () => void };

export class MailError extends Error {
  override name = 'MailError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** A nodemailer SMTP transport for SMTP_URL (smtp://user:pass@host:587, smtps://… for implicit TLS). */
export function smtpMailer(url: string): Mailer {
  const target = URL.canParse(url) ? new URL(url) : null;
  // Named without the value: it may hold the mail server's password.
  if (!target || (target.protocol !== 'smtp:' && target.protocol !== 'smtps:'))
    throw new Error(
      'SMTP_URL is geen geldig adres van een mailserver (voorbeeld: smtp://gebruiker:wachtwoord@mail.example.nl:587 of smtps://…)',
    );
  for (const [key, value] of Object.entries({
    connectionTimeout: '15000',
    greetingTimeout: '15000',
    socketTimeout: '30000',
  }))
    if (!target.searchParams.has(key)) target.searchParams.set(key, value);
  // nodemailer is loaded with the first message, not when the server starts.
  let transport: Promise<Transporter> | undefined;
  const connect = () => {
    transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(target.toString()),
    );
    return transport;
  };
  return {
    send: async (mail) => {
      try {
        await (await connect()).sendMail({
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.unsubscribeUrl
            ? {
                'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : {},
        });
      } catch (error) {
        const e = error as { responseCode?: number; message?: string };
        const code = e.responseCode ?? 0;
        throw new MailError(e.message ?? String(error), code >= 500 && code < 600);
      }
    },
    close: () => {
      void transport?.then((t) => t.close());
    },
  };
}

/** The configured SMTP mailer, or null when SMTP_URL is not set (messages then wait in the outbox). */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  return url ? smtpMailer(url) : null;
}

/** Sender: MAIL_FROM, else the organisation's name at a no-reply address. */
export function senderAddress(organisationName: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.MAIL_FROM?.trim();
  if (configured) return configured;
  return `"${organisationName.replace(/["\\]/g, '')}" <no-reply@motiemonitor.invalid>`;
}
