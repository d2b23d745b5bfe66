// cfn-lint (the AWS CloudFormation linter) on the stack `ask deploy` creates: no error, no warning, and none of the
// informational findings either (runtime deprecation, stateful resources without a deletion policy). It runs when
// cfn-lint is on the PATH; without it the test is skipped with a message saying so, never passed silently.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';

const ROOT = process.cwd();
const resources = JSON.parse(readFileSync(join(ROOT, 'ask-resources.json'), 'utf8'));
const TEMPLATE = join(ROOT, resources.profiles.default.skillInfrastructure.userConfig.templatePath);
/** Alexa's three endpoints are usually served from these regions. */
const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'];

function cfnLintVersion(): string | undefined {
  const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

describe('AWS stack under cfn-lint', function () {
  this.timeout(120_000);

  it('reports nothing for the template, in every region Alexa is served from', function () {
    const version = cfnLintVersion();
    if (!version) {
      console.warn('\n  SKIPPED: cfn-lint is not on the PATH, so the CloudFormation template was not linted (pip install cfn-lint)\n');
      this.skip();
    }
    const run = spawnSync('cfn-lint', ['--include-checks', 'I', '--regions', ...REGIONS, '--', TEMPLATE], { encoding: 'utf8' });
    expect(run.error, String(run.error)).to.equal(undefined);
    expect(`${run.stdout}${run.stderr}`.trim(), `${version} findings`).to.equal('');
    expect(run.status).to.equal(0);
  });
});
