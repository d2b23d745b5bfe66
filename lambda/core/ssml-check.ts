// A strict reader for the SSML the skill writes: well-formed XML, only named entities XML defines, no character
// XML forbids, and only the elements a caller allows. It guards carried state ("repeat") and backs the tests.

/** The elements Alexa's SSML reference lists (Google's set is a subset of the ones the skill uses). */
export const ALEXA_SSML_TAGS: ReadonlySet<string> = new Set([
  'speak', 'amazon:domain', 'amazon:effect', 'amazon:emotion', 'audio', 'break', 'emphasis', 'lang', 'p', 'phoneme',
  'prosody', 's', 'say-as', 'sub', 'voice', 'w',
]);

/** The only element the skill itself writes inside <speak>: order and ticket numbers read letter by letter. */
export const SKILL_SSML_TAGS: ReadonlySet<string> = new Set(['say-as']);

// eslint-disable-next-line no-control-regex -- these are exactly the characters to find
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<&]*"|'[^'<&]*'))*)\\s*(/?)>`);
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/;

/** Why `ssml` is not a well-formed fragment made of `allowed` elements, or undefined when it is. */
export function ssmlProblem(ssml: string, allowed: ReadonlySet<string>): string | undefined {
  if (typeof ssml !== 'string') return 'not a string';
  if (FORBIDDEN.test(ssml)) return 'a character XML forbids';
  const open: string[] = [];
  let i = 0;
  while (i < ssml.length) {
    const c = ssml[i];
    if (c === '<') {
      const m = TAG.exec(ssml.slice(i, i + 512));
      if (!m) return `malformed markup at ${i}`;
      const [whole, closing, name, attrs, selfClosing] = m;
      if (!allowed.has(name)) return `element <${name}> is not allowed`;
      if (closing) {
        if (attrs || selfClosing) return `malformed end tag </${name}>`;
        if (open.pop() !== name) return `</${name}> closes nothing`;
      } else if (!selfClosing) {
        open.push(name);
      }
      i += whole.length;
    } else if (c === '&') {
      const m = ENTITY.exec(ssml.slice(i, i + 12));
      if (!m) return `bare & at ${i}`;
      const code = m[0][1] === '#' ? (m[0][2] === 'x' ? parseInt(m[0].slice(3), 16) : Number(m[0].slice(2, -1))) : 0x20;
      if (code > 0x10ffff || FORBIDDEN.test(String.fromCodePoint(code)) || (code >= 0xd800 && code <= 0xdfff)) return `a reference to a forbidden character at ${i}`;
      i += m[0].length;
    } else if (c === '>') {
      return `bare > at ${i}`;
    } else {
      i += 1;
    }
  }
  return open.length ? `<${open[open.length - 1]}> is never closed` : undefined;
}
