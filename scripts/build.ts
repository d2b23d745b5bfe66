// `npm run build` (after the models are compiled): bundle the Alexa Lambda and compile the server.
import { buildLambda, LAMBDA_DIR } from './build-lambda.js';
import { buildServer, SERVER_ENTRY } from './build-server.js';

try {
  const { bytes } = await buildLambda();
  console.log(`lambda bundle: ${LAMBDA_DIR}/index.js (${Math.round(bytes / 1024)} KiB)`);
  await buildServer();
  console.log(`server: ${SERVER_ENTRY}`);
} catch (err) {
  console.error(`build failed: ${(err as Error).message}`);
  process.exit(1);
}
