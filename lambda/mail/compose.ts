// An order e-mail from its outbox record: subject, plain text and HTML, in the shopper's language. Every word comes
// from locales/<lang>/mail.json; every value from the shop or the shopper is escaped in the HTML.
import type { OrderMail, OutboxMessage } from '../store/types.js';
import { mailTexts, type MailTexts } from './texts.js';

export interface ComposedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per order and kind: a message sent twice carries the same Message-ID, so it can be told apart. */
  messageId: string;
  language: string;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the few values placed in the HTML without going through a text key (those escape their own values). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

const money = new Map<string, Intl.NumberFormat>();
const days = new Map<string, Intl.DateTimeFormat>();

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = money.get(key);
  if (!f) money.set(key, (f = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return f;
}

/** A calendar day (YYYY-MM-DD, already the shopper's local date) written out in full. */
function dayFormat(locale: string): Intl.DateTimeFormat {
  let f = days.get(locale);
  if (!f) days.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })));
  return f;
}

const round = (n: number) => Math.round(n * 100) / 100;

interface Row { label: string; value: string }

/** The same facts for both parts; `t` decides whether values are escaped. */
function facts(mail: OrderMail, t: MailTexts['text'], esc: (s: string) => string) {
  const cur = moneyFormat(mail.locale, mail.currency);
  const vars = { seller: mail.seller, number: mail.orderId, name: mail.name };
  const lines = mail.lines.map((l) => ({
    name: esc(l.name), quantity: String(l.quantity), amount: cur.format(round(l.quantity * l.unitPrice)),
    line: t('line', { quantity: l.quantity, name: l.name, amount: cur.format(round(l.quantity * l.unitPrice)) }),
  }));
  const totals: Row[] = [{ label: t('label.shipping'), value: cur.format(mail.shippingFee) }];
  if (mail.tax > 0) totals.push({ label: t('label.tax'), value: cur.format(mail.tax) });
  totals.push({ label: t('label.total'), value: cur.format(mail.total) });
  const details: Row[] = [
    { label: t('label.order'), value: esc(mail.orderId) },
    { label: t('label.address'), value: t('address', { label: mail.addressLabel, line1: mail.line1, city: mail.city }) },
  ];
  if (mail.kind === 'placed' && mail.deliveryDay) {
    details.push({ label: t('label.day'), value: dayFormat(mail.locale).format(new Date(`${mail.deliveryDay}T00:00:00Z`)) });
  }
  const help = mail.kind === 'placed' ? [t('help.cancel', vars), t('help.contact', vars)] : [t('help.contact', vars)];
  return {
    greeting: t('greeting', vars), intro: t(`intro.${mail.kind}`, vars), lines, totals, details, help,
    taxNote: mail.taxIncluded ? t('taxIncluded') : undefined, footer: t('footer', vars),
  };
}

function plainText(mail: OrderMail, texts: MailTexts): string {
  const f = facts(mail, texts.text, (s) => s);
  return [
    f.greeting, f.intro, '',
    ...f.details.map((d) => texts.text('field', { ...d })), '',
    ...f.lines.map((l) => l.line),
    ...f.totals.map((r) => texts.text('field', { ...r })),
    ...(f.taxNote ? [f.taxNote] : []), '',
    ...f.help, '',
    f.footer, '',
  ].join('\n');
}

function html(mail: OrderMail, texts: MailTexts, subject: string): string {
  const f = facts(mail, texts.html, escapeHtml);
  const cell = 'style="padding:4px 8px;border-bottom:1px solid #ddd"';
  const right = 'style="padding:4px 8px;border-bottom:1px solid #ddd;text-align:right"';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(mail.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:sans-serif;color:#222;max-width:600px">
<p>${f.greeting}</p>
<p>${f.intro}</p>
<table role="presentation">
${f.details.map((d) => `<tr><th align="left" ${cell}>${d.label}</th><td ${cell}>${d.value}</td></tr>`).join('\n')}
</table>
<table style="border-collapse:collapse;margin-top:12px">
<thead><tr><th align="left" ${cell}>${texts.html('label.item')}</th><th ${right}>${texts.html('label.quantity')}</th><th ${right}>${texts.html('label.amount')}</th></tr></thead>
<tbody>
${f.lines.map((l) => `<tr><td ${cell}>${l.name}</td><td ${right}>${l.quantity}</td><td ${right}>${escapeHtml(l.amount)}</td></tr>`).join('\n')}
${f.totals.map((r) => `<tr><th align="left" colspan="2" ${cell}>${r.label}</th><td ${right}>${escapeHtml(r.value)}</td></tr>`).join('\n')}
</tbody>
</table>
${f.taxNote ? `<p style="font-size:small">${f.taxNote}</p>` : ''}
${f.help.map((h) => `<p>${h}</p>`).join('\n')}
<p style="font-size:small;color:#666">${f.footer}</p>
</body></html>
`;
}

/** The domain of the Message-ID: the sender's own, so that ids are unique to this shop. */
export function messageIdDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match ? match[1] : 'voice-commerce.invalid';
}

export function composeMail(message: OutboxMessage, from: string): ComposedMail {
  const { mail } = message;
  const texts = mailTexts(mail.locale);
  const subject = texts.text(`subject.${mail.kind}`, { seller: mail.seller, number: mail.orderId });
  return {
    to: mail.to, subject, text: plainText(mail, texts), html: html(mail, texts, subject),
    messageId: `<${message.id}@${messageIdDomain(from)}>`, language: mail.locale,
  };
}
