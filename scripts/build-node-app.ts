// Compiles one of our Node programs (the server, the simulator) to ES modules under build/: our code bundled,
// packages left as imports from node_modules, and what is imported on demand a chunk of its own, loaded as under
// tsx (the Dialogflow fulfillment, and actions-on-google with it, only on the first Google request).
import { build, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';

export async function buildNodeApp(entry: string, outdir: string, plugins: Plugin[] = []): Promise<void> {
  // Chunks are named by their content: old ones would pile up.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main: entry },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    plugins,
  });
}
