import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** One message the test server accepted (answered 250 to). */
export type ReceivedMail = {
  envelopeFrom: string;
  envelopeTo: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  /** The header lines as sent, e.g. 'List-Unsubscribe: <…>'. */
  headerLines: string[];
};

export type SmtpAnswer =
  /** Accept the message (250). */
  | { kind: 'accept' }
  /** Refuse it with this code (e.g. 451 temporary, 550 permanent). */
  | { kind: 'refuse'; code: number; message: string }
  /** Read the whole message but never answer: the client waits until it is killed. */
  | { kind: 'hold' };

export type TestSmtpServer = {
  url: string;
  /** Messages accepted, in order. */
  received: ReceivedMail[];
  /** Messages whose data arrived, accepted or not (a held message counts here only). */
  arrivals: number;
  /** Decides the answer to the n-th message that arrives (0-based); default: accept. */
  answer: (n: number, mail: ReceivedMail) => SmtpAnswer;
  /** Resolves when `count` messages have been accepted or held. */
  waitFor: (count: number, timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
};

/**
 * A real SMTP server in the test process (the smtp-server package) on 127.0.0.1 and a free port, without TLS or
 * authentication. It parses what it receives (mailparser) and answers as the test says.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const waiters: { count: number; resolve: () => void }[] = [];
  const state: TestSmtpServer = {
    url: '',
    received: [],
    arrivals: 0,
    answer: () => ({ kind: 'accept' }),
    waitFor: (count, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`SMTP: ${count} berichten verwacht, ${state.arrivals} aangekomen`)),
          timeoutMs,
        );
        const entry = {
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        waiters.push(entry);
        check();
      }),
    close: async () => undefined,
  };
  const check = () => {
    for (const w of [...waiters])
      if (state.arrivals >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            messageId: parsed.messageId ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: parsed.headers,
            headerLines: parsed.headerLines.map((h) =>
              h.line.replace(/\r?\n[ \t]+/g, ' ').replace(/:\s+/, ': '),
            ),
          };
          const n = state.arrivals;
          const answer = state.answer(n, mail);
          state.arrivals += 1;
          if (answer.kind === 'accept') {
            state.received.push(mail);
            callback();
          } else if (answer.kind === 'refuse') {
            callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
          }
          check();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
