// Mocha root hooks (.mocharc.cjs "require"): shared test resources that outlive a single file.
//
// In a serial run the root afterAll runs once, after every file. In a parallel run (`npm run test:quick` uses
// `--parallel`) it runs after each file in the worker process that ran it; the worker is reused for further
// files, so the shared servers stay up (they end with the worker) and the voice lint takes only the answers
// heard since its last pass.

// The AWS SDK warns once per process that releases after January 2027 need Node 22; the project runs on Node 20
// with a pinned SDK, and the warning would only clutter test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Set by mocha in the worker processes of a parallel run. */
const IN_WORKER = process.env.MOCHA_WORKER_ID !== undefined;
/** How many of the answers heard in this process the voice lint has already checked. */
let linted = 0;

export const mochaHooks = {
  async afterAll(): Promise<void> {
    if (!IN_WORKER) {
      // Imported here, not above, so a run that never touches DynamoDB does not load the AWS SDK.
      const { stopLocalDynamo } = await import('./local-dynamodb.js');
      await stopLocalDynamo();
      const { stopVendure } = await import('./vendure.js');
      await stopVendure();
    }
    // The voice lint over every answer the conversation tests heard (test/support/voice-lint.ts).
    const { allHeard, lint, AWAITING_SPEECH } = await import('./voice-lint.js');
    const heard = allHeard().slice(linted);
    linted += heard.length;
    const found = [...new Set(heard.flatMap(lint))];
    const waiting = found.filter((p) => AWAITING_SPEECH.some((rule) => p.includes(`: ${rule}: `)));
    if (waiting.length) console.warn(`voice lint: ${waiting.length} answers await the speech work (${AWAITING_SPEECH.join(', ')})`);
    const problems = found.filter((p) => !waiting.includes(p));
    if (process.env.VOICE_LINT_OUT) (await import('node:fs')).writeFileSync(process.env.VOICE_LINT_OUT, `${heard.length} answers\n${problems.join('\n')}`);
    if (problems.length) {
      throw new Error(`voice lint: ${problems.length} answers break the rules:\n${problems.slice(0, 40).join('\n')}`);
    }
  },
};
