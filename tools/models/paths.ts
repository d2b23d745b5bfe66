// Where the repository keeps what the model tools read and write: one home for these paths.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (with a trailing separator, as fileURLToPath gives it). */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The platform-neutral language-model sources, one `<locale>.json` each. */
export const MODELS_DIR = join(ROOT_DIR, 'models');
/** The Alexa interaction models compiled from them, inside the skill package. */
export const ALEXA_MODELS_DIR = join(ROOT_DIR, 'skill', 'interactionModels', 'custom');
/** Build outputs: the Dialogflow agent folder and zip, the lambda bundle. */
export const BUILD_DIR = join(ROOT_DIR, 'build');
