// `npm run build` (after the models are compiled): bundle the Alexa Lambda.
import { buildLambda, LAMBDA_DIR } from './build-lambda.js';

try {
  const { bytes } = await buildLambda();
  console.log(`lambda bundle: ${LAMBDA_DIR}/index.js (${Math.round(bytes / 1024)} KiB)`);
} catch (err) {
  console.error(`build failed: ${(err as Error).message}`);
  process.exit(1);
}
