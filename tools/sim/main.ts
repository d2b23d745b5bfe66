// `npm run dialog -- [options]`: the offline simulator's entry. Any error ends as one "error: …" line and exit
// status 2, never a stack trace (SIM_DEBUG=1 adds it for an unexpected error).
import { main } from './cli.js';

// The transcript is the output: no per-turn log lines in it.
process.env.SKILL_LOG = 'off';

// A reader that stops early (`| head`) is not an error of the run.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
