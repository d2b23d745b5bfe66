// SSML helpers: everything a shopper said or a product is called passes through escapeSsml.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 forbids in a document (C0 controls but tab/newline/return, lone surrogates, U+FFFE/U+FFFF):
 * one of them in a <speak> makes the whole answer unreadable to Alexa and the Assistant. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to find
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every character XML forbids replaced by a space (so words on either side stay apart). */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN, ' ');
}

export function escapeSsml(text: string): string {
  return xmlSafeText(String(text)).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Plain text of an SSML fragment: tags removed, entities decoded, spaces tidied (line breaks kept on request). */
export function ssmlToText(ssml: string, { keepLines = false } = {}): string {
  const text = ssml
    .replace(/<break[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => DECODE[name])
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
  if (!keepLines) return text.replace(/\s+/g, ' ').trim();
  return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}
