// Mocha root hooks (.mocharc.json "require"): shared test resources that outlive a single file.

// The AWS SDK warns once per process that releases after January 2027 need Node 22; the project runs on Node 20
// with a pinned SDK, and the warning would only clutter test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    // Imported here, not above, so a run that never touches DynamoDB does not load the AWS SDK.
    const { stopLocalDynamo } = await import('./local-dynamodb.js');
    await stopLocalDynamo();
    const { stopVendure } = await import('./vendure.js');
    await stopVendure();
    // The voice lint over every answer the conversation tests heard (test/support/voice-lint.ts).
    const { allHeard, lint, AWAITING_SPEECH } = await import('./voice-lint.js');
    const found = [...new Set(allHeard().flatMap(lint))];
    const waiting = found.filter((p) => AWAITING_SPEECH.some((rule) => p.includes(`: ${rule}: `)));
    if (waiting.length) console.warn(`voice lint: ${waiting.length} answers await the speech work (${AWAITING_SPEECH.join(', ')})`);
    const problems = found.filter((p) => !waiting.includes(p));
    if (process.env.VOICE_LINT_OUT) (await import('node:fs')).writeFileSync(process.env.VOICE_LINT_OUT, `${allHeard().length} answers\n${problems.join('\n')}`);
    if (problems.length) {
      throw new Error(`voice lint: ${problems.length} answers break the rules:\n${problems.slice(0, 40).join('\n')}`);
    }
  },
};
