// A real SMTP server on loopback for the e-mail tests (the smtp-server package), and a small reader for the
// messages it receives. nodemailer writes every text part in base64 (lambda/mail/transport.ts), so reading a part
// is splitting on the boundary and decoding.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  headers: Map<string, string>;
  subject: string;
  messageId: string;
  text: string;
  html: string;
}

/** A loopback SMTP server that can go down and come back on the same port, or refuse messages for a while. */
export class LoopbackSmtp {
  readonly received: ReceivedMail[] = [];
  /** While above zero, each message is refused with a temporary error (451) and this counts down. */
  refuseNext = 0;
  private server?: SMTPServer;
  private port = 0;

  get url(): string {
    return `smtp://shop:secret@127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = new SMTPServer({
      secure: false, authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'shop' }),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (this.refuseNext > 0) {
            this.refuseNext -= 1;
            const err = new Error('try again later') as Error & { responseCode: number };
            err.responseCode = 451;
            return callback(err);
          }
          this.received.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope));
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Down: the port refuses connections until start() again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) => (enc.toLowerCase() === 'b'
    ? Buffer.from(text, 'base64').toString('utf8')
    : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')));
}

function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n[ \t]+/g, ' ').split(/\r\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function split(raw: string): [string, string] {
  const at = raw.indexOf('\r\n\r\n');
  return [raw.slice(0, at), raw.slice(at + 4)];
}

/** The parts of a (possibly nested) multipart body, by content type. */
function parts(headers: Map<string, string>, body: string, out: Map<string, string>): void {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    for (const piece of body.split(`--${boundary}`).slice(1)) {
      if (piece.startsWith('--')) break;
      const [h, b] = split(piece.replace(/^\r\n/, ''));
      parts(headersOf(h), b, out);
    }
    return;
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  out.set(type.split(';')[0].trim().toLowerCase(), text);
}

export function parseMail(raw: string, envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] }): ReceivedMail {
  const [head, body] = split(raw);
  const headers = headersOf(head);
  const found = new Map<string, string>();
  parts(headers, body, found);
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : '',
    to: envelope.rcptTo.map((r) => r.address),
    raw, headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: found.get('text/plain') ?? '',
    html: found.get('text/html') ?? '',
  };
}
