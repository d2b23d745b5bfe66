// Compiles one of our Node programs (the server, the simulator) to ES modules under build/: our code bundled,
// packages left as imports from node_modules (or bundled too, but for a few: bundlePackagesExcept), and what is imported on demand a chunk of its own, loaded as under
// tsx (the Dialogflow fulfillment, and actions-on-google with it, only on the first Google request).
import { build, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';

export interface NodeAppOptions {
  plugins?: Plugin[];
  /** Packages bundled too, but for these (a native addon, or a large one only a lazy chunk imports): a start then
   * skips Node's resolution and CommonJS-to-ESM translation of each package file (the simulator: ~12% of its CPU). */
  bundlePackagesExcept?: string[];
}

/** Bundled CommonJS packages call require(): an ES module has none of its own. */
const REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export async function buildNodeApp(entry: string, outdir: string, options: NodeAppOptions = {}): Promise<void> {
  const { plugins = [], bundlePackagesExcept } = options;
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
    ...(bundlePackagesExcept ? { external: bundlePackagesExcept, banner: { js: REQUIRE_BANNER } } : { packages: 'external' as const }),
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    plugins,
  });
}
