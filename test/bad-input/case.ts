// One hostile request of the corpus (test/bad-input/<endpoint>.json): written by generate.ts, replayed by corpus.test.ts.
export type Path = (string | number)[];

export interface Case {
  id: string;
  endpoint: '/alexa' | '/google' | string;
  method?: string;
  base?: string;
  set?: [Path, unknown][];
  unset?: Path[];
  /** The body as sent, instead of a base: a string, or base64 for bytes that are not UTF-8, or pieces repeated. */
  raw?: string;
  rawParts?: [string, number][];
  rawBase64?: string;
  headers?: Record<string, string>;
  /** Which app: the default one (Alexa checks off, basic auth on /google) or "verified" (Alexa checks on). */
  app?: 'verified';
  expect: { status: number; code?: string };
}
