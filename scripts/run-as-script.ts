// Runs a script module's main() when the file is executed directly (tsx scripts/x.ts), not when imported.
import { pathToFileURL } from 'node:url';

export function runAsScript(moduleUrl: string, main: (argv: string[]) => Promise<number>, failureCode = 1): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = failureCode;
    },
  );
}
