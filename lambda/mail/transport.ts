// Where composed e-mails go: an SMTP server (nodemailer) or Amazon SES (AWS SDK v3 through nodemailer's SES
// transport, so both build the same MIME message). The SES client loads only when chosen; on Lambda the runtime
// provides it, like the DynamoDB client.
import nodemailer from 'nodemailer';
import type { ComposedMail } from './compose.js';
import type { MailConfig } from './config.js';

export interface MailTransport {
  readonly name: 'smtp' | 'ses';
  readonly from: string;
  /** Resolves once the server accepted the message; rejects when it did not. */
  send(mail: ComposedMail): Promise<void>;
  close(): void;
}

type Nodemailer = ReturnType<typeof nodemailer.createTransport>;

function wrap(name: MailTransport['name'], transporter: Nodemailer, from: string): MailTransport {
  return {
    name, from,
    async send(mail) {
      await transporter.sendMail({
        from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html,
        messageId: mail.messageId, headers: { 'Content-Language': mail.language },
        // Base64 keeps every script intact through any relay.
        textEncoding: 'base64',
      });
    },
    close: () => transporter.close(),
  };
}

export function smtpTransport(url: string, from: string): MailTransport {
  // Short timeouts: a mail server that hangs costs a retry later, never a stuck sender.
  return wrap('smtp', nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }), from);
}

/** @param client an SES v2 client of one's own (tests); by default one for the region with the role's credentials. */
export async function sesTransport(region: string, from: string, client?: import('@aws-sdk/client-sesv2').SESv2Client): Promise<MailTransport> {
  const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
  return wrap('ses', nodemailer.createTransport({ SES: { sesClient: client ?? new SESv2Client({ region }), SendEmailCommand } }), from);
}

export async function transportFor(config: MailConfig): Promise<MailTransport | undefined> {
  if (config.transport === 'smtp') return smtpTransport(config.smtpUrl!, config.from!);
  if (config.transport === 'ses') return sesTransport(config.region, config.from!);
  return undefined;
}
