// What `ask deploy` does to build/lambda, then what AWS Lambda does with the result. ask-cli (nodejs-npm build
// flow) copies the folder, runs `npm install` in the copy and zips it; the nodejs22.x runtime then require()s
// index.js from /var/task with only its own AWS SDK v3 on NODE_PATH and calls handler(event, context). The copy here
// gets exactly that: npm install --omit=dev, a NODE_PATH holding nothing but @aws-sdk, the environment the stack
// gives the function (read from the template), and a local DynamoDB (dynalite) in place of AWS.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { parse } from 'yaml';
import { buildLambda, LAMBDA_DIR } from '../../scripts/build-lambda.js';
import { envelope } from '../alexa/envelopes.js';
import { invokeHandler, type HandlerRun } from '../support/invoke-handler.js';
import { localDynamoEndpoint } from '../support/local-dynamodb.js';

const ROOT = process.cwd();
const SKILL_ID = 'amzn1.ask.skill.1c6e9d1b-7f0a-4c3e-9b1e-2f1a0c9d8e7f';

/** The function's environment as the stack writes it, with the references resolved the way CloudFormation would. */
function stackEnvironment(refs: Record<string, string>): Record<string, string> {
  const template = readFileSync(join(ROOT, 'infrastructure/cfn-deployer/skill-stack.yaml'), 'utf8');
  const seq = (name: string) => ({ tag: `!${name}`, collection: 'seq' as const, resolve: (v: { toJSON(): unknown }) => ({ [`Fn::${name}`]: v.toJSON() }) });
  const doc = parse(template, { customTags: [
    { tag: '!Ref', resolve: (v: string) => ({ Ref: v }) }, { tag: '!GetAtt', resolve: (v: string) => v }, { tag: '!Sub', resolve: (v: string) => v },
    seq('If'), seq('Not'), seq('Equals'), seq('And'), seq('Select'), seq('Split'), seq('Join'), { tag: '!Sub', collection: 'seq', resolve: (v: { toJSON(): unknown }) => v.toJSON() },
  ] as never });
  const fn = Object.values(doc.Resources as Record<string, { Type: string; Properties: { Environment: { Variables: Record<string, unknown> } } }>)
    .find((r) => r.Type === 'AWS::Lambda::Function')!;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const value = (v: any, name: string): string | undefined => {
    if (typeof v === 'string') return v;
    if (v['Fn::If']) return value(truth(doc.Conditions[v['Fn::If'][0]]) ? v['Fn::If'][1] : v['Fn::If'][2], name);
    const ref = (v as { Ref: string }).Ref;
    if (ref === 'AWS::NoValue') return undefined; // the variable is left out
    const defaulted = (doc.Parameters?.[ref] as { Default?: string } | undefined)?.Default;
    const resolved = refs[ref] ?? defaulted;
    if (resolved === undefined) throw new Error(`no value for ${name} (Ref ${ref})`);
    return String(resolved);
  };
  // Conditions as the stack writes them: Not, Equals and And over parameters.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const truth = (c: any): boolean => (c['Fn::Not'] ? !truth(c['Fn::Not'][0])
    : c['Fn::And'] ? (c['Fn::And'] as unknown[]).every(truth)
      : value(c['Fn::Equals'][0], 'condition') === value(c['Fn::Equals'][1], 'condition'));
  return Object.fromEntries(Object.entries(fn.Properties.Environment.Variables)
    .map(([name, v]) => [name, value(v, name)]).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Starts a node like the Lambda runtime: cwd /var/task (the copy), NODE_PATH with the runtime's SDK only. */
function invokeAsLambda(taskRoot: string, runtimePath: string, event: unknown, env: Record<string, string>): Promise<HandlerRun> {
  return invokeHandler({
    module: join(taskRoot, 'index'), event, cwd: taskRoot, packages: ['better-sqlite3', '@aws-sdk/client-dynamodb', 'actions-on-google'],
    env: {
      NODE_PATH: runtimePath,
      LAMBDA_TASK_ROOT: taskRoot,
      AWS_LAMBDA_FUNCTION_NAME: 'voice-commerce-SkillFunction',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      SKILL_LOG: 'off',
      ...env,
    },
  });
}

describe('build/lambda after ask deploy\'s npm install, invoked as AWS Lambda invokes it', function () {
  this.timeout(240_000);

  let work: string;
  let taskRoot: string;
  let runtimePath: string;
  let install: ReturnType<typeof spawnSync>;

  before(async () => {
    await buildLambda();
    work = mkdtempSync(join(tmpdir(), 'ask-deploy-'));
    taskRoot = join(work, 'task');
    cpSync(LAMBDA_DIR, taskRoot, { recursive: true });
    install = spawnSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], { cwd: taskRoot, encoding: 'utf8', timeout: 180_000 });
    // The runtime's own modules: the AWS SDK v3 and nothing else (no better-sqlite3, no project node_modules).
    runtimePath = join(work, 'runtime', 'node_modules');
    mkdirSync(runtimePath, { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', '@aws-sdk'), join(runtimePath, '@aws-sdk'), 'dir');
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs cleanly and keeps the bundle whole: nothing to fetch, nothing pruned', () => {
    expect(install.status, String(install.stderr)).to.equal(0);
    expect(existsSync(join(taskRoot, 'index.js'))).to.equal(true);
    const manifest = JSON.parse(readFileSync(join(taskRoot, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).to.deep.equal({});
    const modules = existsSync(join(taskRoot, 'node_modules')) ? readdirSync(join(taskRoot, 'node_modules')).filter((f) => !f.startsWith('.')) : [];
    expect(modules).to.deep.equal([]);
  });

  it('answers a demo shopper from DynamoDB with the stack\'s environment, creating and seeding the table', async () => {
    const env = stackEnvironment({ SkillTable: `ask-deploy-${process.pid}`, SkillId: SKILL_ID, DemoSeed: 'on' });
    expect(env).to.include({ SKILL_STORE: 'dynamodb', ALEXA_SKILL_ID: SKILL_ID, SKILL_MAIL_TRANSPORT: 'off' });
    expect(stackEnvironment({ SkillTable: 't', SkillId: SKILL_ID, MailFrom: 'Shop <orders@shop.example>' })).to.include({ SKILL_MAIL_TRANSPORT: 'ses', SKILL_MAIL_FROM: 'Shop <orders@shop.example>' });
    const run = await invokeAsLambda(taskRoot, runtimePath, envelope('launch', { token: 'token-us-1', applicationId: SKILL_ID }), {
      ...env, SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint(),
    });
    expect(run.status, run.error).to.equal(0);
    expect(((run.result as ResponseEnvelope).response.outputSpeech as { ssml: string }).ssml).to.include('Emily');
    expect(run.loaded).to.deep.equal(['@aws-sdk/client-dynamodb']);
  });

  it('refuses SKILL_STORE=sqlite on Lambda with a message that says why and what to use', async () => {
    const run = await invokeAsLambda(taskRoot, runtimePath, envelope('launch', { token: 'token-us-1' }), { SKILL_STORE: 'sqlite' });
    expect(run.status).to.equal(3);
    expect(run.error).to.match(/SKILL_STORE=sqlite is not supported on AWS Lambda.*SKILL_STORE=dynamodb/);
  });
});
