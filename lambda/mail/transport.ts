// Where composed e-mails go: an SMTP server (nodemailer) or Amazon SES (AWS SDK v3 through nodemailer's SES
// transport, so both build the same MIME message). The SES client loads only when chosen; on Lambda the runtime
// provides it, like the DynamoDB client. nodemailer itself (a large package) loads on the first send, not at start:
// no turn needs it, and a cold start should not pay for it.
import type { ComposedMail } from './compose.js';
import type { MailConfig } from './config.js';

export interface MailTransport {
  readonly name: 'smtp' | 'ses';
  readonly from: string;
  /** Resolves once the server accepted the message; rejects when it did not. */
  send(mail: ComposedMail): Promise<void>;
  close(): void;
}

type Nodemailer = ReturnType<typeof import('nodemailer').createTransport>;
type Mailer = typeof import('nodemailer');
type CreateTransport = (mailer: Mailer) => Nodemailer;

function wrap(name: MailTransport['name'], create: CreateTransport, from: string): MailTransport {
  let transporter: Promise<Nodemailer> | undefined;
  return {
    name, from,
    async send(mail) {
      transporter ??= import('nodemailer').then((m) => create((m as { default?: Mailer }).default ?? m));
      await (await transporter).sendMail({
        from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html,
        messageId: mail.messageId, headers: { 'Content-Language': mail.language },
        // Base64 keeps every script intact through any relay.
        textEncoding: 'base64',
      });
    },
    close: () => void transporter?.then((t) => t.close(), () => {}),
  };
}

export function smtpTransport(url: string, from: string): MailTransport {
  // Short timeouts: a mail server that hangs costs a retry later, never a stuck sender.
  return wrap('smtp', (nodemailer) => nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }), from);
}

/** @param client an SES v2 client of one's own (tests); by default one for the region with the role's credentials. */
export async function sesTransport(region: string, from: string, client?: import('@aws-sdk/client-sesv2').SESv2Client): Promise<MailTransport> {
  const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
  return wrap('ses', (nodemailer) => nodemailer.createTransport({ SES: { sesClient: client ?? new SESv2Client({ region }), SendEmailCommand } }), from);
}

export async function transportFor(config: MailConfig): Promise<MailTransport | undefined> {
  if (config.transport === 'smtp') return smtpTransport(config.smtpUrl!, config.from!);
  if (config.transport === 'ses') return sesTransport(config.region, config.from!);
  return undefined;
}
