// The SES transport hands SES v2 the same MIME message SMTP would carry: raw content from the configured sender to
// the shopper, with the order's Message-ID. The SDK client is real; only its network step is replaced.
import { SESv2Client, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { expect } from 'chai';
import { composeMail } from '../../lambda/mail/compose.js';
import { sesTransport } from '../../lambda/mail/transport.js';
import { newOutboxMessage } from '../../lambda/store/outbox.js';
import { parseMail } from '../support/smtp.js';
import { aDraft } from '../store/outbox-contract.js';

describe('order e-mail through Amazon SES', () => {
  it('sends the composed message as raw content, from the sender to the shopper', async () => {
    const client = new SESv2Client({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const sent: SendEmailCommandInput[] = [];
    client.middlewareStack.add((_next, context) => async (args) => {
      expect(context.commandName).to.equal('SendEmailCommand');
      sent.push(args.input as SendEmailCommandInput);
      return { output: { MessageId: 'ses-1', $metadata: {} }, response: {} };
    }, { step: 'initialize', name: 'captureSes' });
    const from = 'Harbor Goods <orders@harbor.example>';
    const transport = await sesTransport('eu-west-1', from, client);
    await transport.send(composeMail(newOutboxMessage('HG123456', aDraft('placed', { locale: 'it-IT', currency: 'EUR' }), new Date()), from));
    expect(sent).to.have.length(1);
    expect(sent[0].FromEmailAddress).to.include('orders@harbor.example');
    expect(sent[0].Destination?.ToAddresses).to.deep.equal(['robin@example.com']);
    const raw = Buffer.from(sent[0].Content!.Raw!.Data!).toString('utf8');
    const mail = parseMail(raw, { mailFrom: { address: 'orders@harbor.example' }, rcptTo: [{ address: 'robin@example.com' }] });
    expect(mail.subject).to.equal('Il tuo ordine HG123456 da Harbor Goods');
    expect(mail.messageId).to.equal('<HG123456.placed@harbor.example>');
    expect(mail.text).to.include('Totale').and.include('HG123456');
    expect(mail.html).to.include('<html lang="it-IT">');
    transport.close();
  });
});
