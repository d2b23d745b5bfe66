// SSML helpers: everything a shopper said or a product is called passes through escapeSsml.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
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
