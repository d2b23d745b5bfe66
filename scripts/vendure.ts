// Starts the test Vendure (tools/vendure-server) seeded like the tests see it, and prints the environment that points
// the skill at it, for trying the connector by hand:  npx tsx scripts/vendure.ts   (Ctrl-C stops it)
import { liveVendure, stopVendure, vendureEnv } from '../test/support/vendure.js';

const live = await liveVendure();
console.log(`Vendure is up (install ${live.timings.installSeconds.toFixed(0)} s, start ${live.timings.startSeconds.toFixed(0)} s, seed ${live.timings.seedSeconds.toFixed(0)} s).`);
console.log('Environment for the skill:');
for (const [name, value] of Object.entries(await vendureEnv())) console.log(`  export ${name}='${value}'`);
console.log('Shoppers (e-mail / password / Vendure id):');
for (const s of Object.values(live.shoppers)) console.log(`  ${s.email} / ${s.password} / ${s.id} (${s.locale})`);
const stop = () => void stopVendure().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
