// `npm run build` (after the models are compiled): bundle the Alexa Lambda, compile the server and the simulator.
import { buildLambda, LAMBDA_DIR, LAMBDA_RUNTIME, LAMBDA_STORE } from './build-lambda.js';
import { buildServer, SERVER_ENTRY } from './build-server.js';
import { buildSim, SIM_ENTRY } from './build-sim.js';

try {
  const { bytes } = await buildLambda();
  console.log(`lambda bundle: ${LAMBDA_DIR}/index.js (${Math.round(bytes / 1024)} KiB) for ${LAMBDA_RUNTIME}; the function runs on ${LAMBDA_STORE === 'dynamodb' ? 'DynamoDB (SKILL_STORE=dynamodb, set by the stack; SQLite is refused on Lambda: /tmp is not durable)' : LAMBDA_STORE}`);
  await buildServer();
  console.log(`server: ${SERVER_ENTRY}`);
  await buildSim();
  console.log(`simulator: ${SIM_ENTRY}`);
} catch (err) {
  console.error(`build failed: ${(err as Error).message}`);
  process.exit(1);
}
