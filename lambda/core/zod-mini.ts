// zod/mini, with zod's English messages: import it as `import * as z from '.../zod-mini.js'`. The full `zod` build
// evaluates ~0.75 MB of classes at require time (about a third of a cold start's CPU); mini is tree-shakable and
// checks the same way, but sets no locale, so English is set here: issues read as before ("Too big: expected ...").
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
