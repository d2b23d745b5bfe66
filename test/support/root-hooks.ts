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
  },
};
