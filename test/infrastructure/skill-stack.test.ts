// The CloudFormation template `ask deploy` runs (@ask-cli/cfn-deployer): valid YAML with the resources the skill
// needs, a table like the one the store creates, a role that allows exactly what the store does, and a trigger
// only this skill can pull.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { parse, type Tags } from 'yaml';
import { DynamoStore } from '../../lambda/store/dynamodb.js';
import { TABLE_SCHEMA, TTL_ATTRIBUTE } from '../../lambda/store/dynamodb/table.js';
import { localDynamoClient, recordOperations } from '../support/local-dynamodb.js';
import { exerciseEveryMethod, workloadSeed } from '../support/store-workload.js';
import { freshDynamoTable } from '../support/stores.js';

const ROOT = process.cwd();
const resources = JSON.parse(readFileSync(join(ROOT, 'ask-resources.json'), 'utf8'));
const infrastructure = resources.profiles.default.skillInfrastructure;
const TEMPLATE_FILE = join(ROOT, infrastructure.userConfig.templatePath);

/** CloudFormation's short-form intrinsic functions, read as their long form ({ Ref: … }, { 'Fn::GetAtt': … }). */
const intrinsic = (tag: string, name: string, split?: (s: string) => unknown): Tags => [
  { tag: `!${tag}`, resolve: (value: string) => ({ [name]: split ? split(value) : value }) },
  { tag: `!${tag}`, collection: 'seq', resolve: (seq: { toJSON(): unknown }) => ({ [name]: seq.toJSON() }) },
] as unknown as Tags;
const CFN_TAGS: Tags = [
  ...intrinsic('Ref', 'Ref'),
  ...intrinsic('GetAtt', 'Fn::GetAtt', (s) => s.split('.')),
  ...intrinsic('Sub', 'Fn::Sub'),
  ...intrinsic('Join', 'Fn::Join'),
  ...intrinsic('If', 'Fn::If'),
  ...intrinsic('Equals', 'Fn::Equals'),
  ...intrinsic('And', 'Fn::And'),
  ...intrinsic('Not', 'Fn::Not'),
  ...intrinsic('Select', 'Fn::Select'),
  ...intrinsic('Split', 'Fn::Split'),
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;
const template: Node = parse(readFileSync(TEMPLATE_FILE, 'utf8'), { customTags: CFN_TAGS });

function resourceOfType(type: string): [string, Node] {
  const found = Object.entries(template.Resources as Record<string, Node>).filter(([, r]) => r.Type === type);
  expect(found, `one ${type}`).to.have.length(1);
  return found[0];
}

const [tableName, table] = resourceOfType('AWS::DynamoDB::Table');
const [roleName, role] = resourceOfType('AWS::IAM::Role');
const [functionName, fn] = resourceOfType('AWS::Lambda::Function');
const permissions = Object.values(template.Resources as Record<string, Node>).filter((r) => r.Type === 'AWS::Lambda::Permission');
const permission = permissions.find((p) => p.Properties.Principal === 'alexa-appkit.amazon.com');

/** The role's statements; a conditional one (Fn::If) counts with its condition true. */
const allStatements = (role.Properties.Policies as Node[]).flatMap((p) => p.PolicyDocument.Statement as Node[])
  .map((s) => (s['Fn::If'] ? s['Fn::If'][1] : s));
/** Reading the table's stream is the Lambda trigger's business, not the store's (see 'order e-mail' below). */
const STREAM_SIDS = ['OutboxStream', 'OutboxStreamList'];
const statements = allStatements.filter((s) => !STREAM_SIDS.includes(s.Sid));
const actionsOf = (s: Node): string[] => [s.Action].flat();
const dynamoActions = new Set(statements.flatMap(actionsOf).filter((a) => a.startsWith('dynamodb:')));

describe('AWS stack (infrastructure/cfn-deployer/skill-stack.yaml)', () => {
  describe('deployed by ask deploy', () => {
    it('is the template ask-resources.json gives the CloudFormation deployer, in the folder it uses', () => {
      expect(infrastructure.type).to.equal('@ask-cli/cfn-deployer');
      expect(infrastructure.userConfig.templatePath).to.equal('./infrastructure/cfn-deployer/skill-stack.yaml');
      expect(existsSync(TEMPLATE_FILE)).to.equal(true);
      expect(infrastructure.userConfig).to.include({ runtime: 'nodejs22.x', handler: 'index.handler' });
    });

    it('declares every parameter the deployer passes, and outputs the endpoint it reads', () => {
      expect(template.Parameters).to.include.keys('SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion');
      expect(template.Outputs.SkillEndpoint.Value).to.deep.equal({ 'Fn::GetAtt': [functionName, 'Arn'] });
    });

    it('gives every parameter without a default one the deployer passes', () => {
      const passed = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
      const required = Object.entries(template.Parameters as Record<string, Node>).filter(([, p]) => p.Default === undefined).map(([name]) => name);
      expect(passed).to.include.members(required);
    });
  });

  describe('the table', () => {
    it('is on-demand, with TTL on the store\'s expiry attribute and point-in-time recovery', () => {
      expect(table.Properties.BillingMode).to.equal('PAY_PER_REQUEST');
      expect(table.Properties.TimeToLiveSpecification).to.deep.equal({ AttributeName: TTL_ATTRIBUTE, Enabled: true });
      expect(table.Properties.PointInTimeRecoverySpecification).to.deep.equal({ PointInTimeRecoveryEnabled: true });
    });

    it('has the keys and index the store creates for itself (lambda/store/dynamodb/table.ts)', () => {
      const { AttributeDefinitions, KeySchema, GlobalSecondaryIndexes, BillingMode } = table.Properties;
      expect({ AttributeDefinitions, KeySchema, GlobalSecondaryIndexes, BillingMode }).to.deep.equal(TABLE_SCHEMA);
    });

    it('outlives the stack: deleting or replacing it keeps the data', () => {
      expect(table).to.include({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    });

    it('gets the demo shoppers only when asked (DemoSeed is off unless a deployment sets it on)', () => {
      expect(template.Parameters.DemoSeed.Default).to.equal('off');
      expect(fn.Properties.Environment.Variables.SKILL_DEMO_SEED).to.deep.equal({ Ref: 'DemoSeed' });
    });
  });

  describe('the log group', () => {
    it('keeps events a limited time and says what happens to it when the stack goes', () => {
      const [, logGroup] = resourceOfType('AWS::Logs::LogGroup');
      expect(logGroup.Properties.RetentionInDays).to.be.a('number').within(1, 365);
      expect(logGroup).to.include.keys('DeletionPolicy', 'UpdateReplacePolicy');
    });
  });

  describe('the function and its role', () => {
    it('runs the bundle from the deployer\'s upload on Node 22 with the DynamoDB store on this table', () => {
      const p = fn.Properties;
      expect(p.Code).to.deep.equal({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' }, S3ObjectVersion: { Ref: 'CodeVersion' } });
      expect(p.Runtime).to.deep.equal({ Ref: 'LambdaRuntime' });
      expect(template.Parameters.LambdaRuntime.Default).to.equal('nodejs22.x');
      expect(p.Handler).to.deep.equal({ Ref: 'LambdaHandler' });
      expect(p.Role).to.deep.equal({ 'Fn::GetAtt': [roleName, 'Arn'] });
      expect(p.Environment.Variables).to.deep.include({
        SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: { Ref: tableName }, ALEXA_SKILL_ID: { Ref: 'SkillId' },
      });
    });

    it('gives the function the order e-mail\'s sender that npm run build passes from merchant.json', () => {
      expect(fn.Properties.Environment.Variables.SKILL_MAIL_FROM).to.deep.equal({ Ref: 'MailFrom' });
      expect(infrastructure.userConfig.cfn.parameters.MailFrom).to.be.a('string').and.not.equal('');
    });

    it('can run against the merchant\'s Vendure: every variable the connector needs, the password from Secrets Manager', () => {
      const vars = fn.Properties.Environment.Variables;
      expect(vars.SKILL_COMMERCE).to.deep.equal({ Ref: 'Commerce' });
      expect(template.Parameters.Commerce.Default).to.equal('embedded');
      // vendureConfigFromEnv refuses to start without these; the stack sets each one when Commerce=vendure.
      const required = ['VENDURE_ADMIN_API_URL', 'VENDURE_SHOP_API_URL', 'VENDURE_ADMIN_USER', 'VENDURE_ADMIN_PASSWORD', 'VENDURE_PAYMENT_METHOD'];
      for (const name of required) {
        expect(vars[name]?.['Fn::If']?.[0], name).to.equal('UsesVendure');
        expect(vars[name]['Fn::If'][2], name).to.deep.equal({ Ref: 'AWS::NoValue' });
      }
      // The password is resolved at deploy time: never a parameter value, never in ask-resources.json.
      expect(vars.VENDURE_ADMIN_PASSWORD['Fn::If'][1]['Fn::Sub']).to.equal('{{resolve:secretsmanager:${VendureAdminPasswordSecret}:SecretString}}');
      expect(Object.keys(template.Parameters).filter((p) => /password/i.test(p))).to.deep.equal(['VendureAdminPasswordSecret']);
      // A vendure stack without its shop is refused before anything is created.
      const asserted = JSON.stringify(template.Rules.VendureNeedsItsShop.Assertions);
      for (const parameter of ['VendureAdminApiUrl', 'VendureShopApiUrl', 'VendureAdminUser', 'VendureAdminPasswordSecret', 'VendurePaymentMethod']) {
        expect(asserted, parameter).to.include(`"Ref":"${parameter}"`);
      }
    });

    it('checks account-linking tokens with the public keys only, when an issuer is given', () => {
      const vars = fn.Properties.Environment.Variables;
      expect(vars.SKILL_LINKING_ISSUER).to.deep.equal({ 'Fn::If': ['LinksAccounts', { Ref: 'LinkingIssuer' }, { Ref: 'AWS::NoValue' }] });
      expect(vars.SKILL_LINKING_PUBLIC_JWKS).to.deep.equal({ 'Fn::If': ['LinksAccounts', { Ref: 'LinkingPublicJwks' }, { Ref: 'AWS::NoValue' }] });
      expect(vars).to.not.have.property('SKILL_LINKING_JWKS'); // the private keys stay with the OAuth server
    });

    it('starts without source maps (a cold start cost), with the memory flags npm start uses', () => {
      const vars = fn.Properties.Environment.Variables;
      expect(vars.NODE_OPTIONS).to.not.contain('--enable-source-maps');
      expect(vars.NODE_OPTIONS).to.contain('--max-semi-space-size=4');
      expect(vars.MALLOC_ARENA_MAX).to.equal('2');
    });

    it('sets only variables the runtime reads', () => {
      const source = readdirSync(join(ROOT, 'lambda'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(ROOT, 'lambda', f), 'utf8')).join('\n');
      const unread = Object.keys(fn.Properties.Environment.Variables).filter((name) => !['NODE_OPTIONS', 'MALLOC_ARENA_MAX'].includes(name) && !source.includes(name));
      expect(unread).to.deep.equal([]);
    });

    it('can be assumed by Lambda only', () => {
      const trust = role.Properties.AssumeRolePolicyDocument.Statement;
      expect(trust).to.deep.equal([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    });

    it('allows no wildcard action, no Scan and no table management', () => {
      const actions = statements.flatMap(actionsOf);
      expect(actions.filter((a) => a.includes('*'))).to.deep.equal([]);
      expect(actions).to.not.include.members(['dynamodb:Scan', 'dynamodb:CreateTable', 'dynamodb:DeleteTable', 'dynamodb:UpdateTable']);
      expect(role.Properties.ManagedPolicyArns ?? []).to.deep.equal([]);
    });

    it('allows the table actions on this table and its identity index only', () => {
      for (const s of statements.filter((st) => actionsOf(st).some((a) => a.startsWith('dynamodb:')))) {
        for (const resource of [s.Resource].flat()) {
          const onTable = JSON.stringify(resource) === JSON.stringify({ 'Fn::GetAtt': [tableName, 'Arn'] });
          const onIndex = JSON.stringify(resource) === JSON.stringify({ 'Fn::Sub': `\${${tableName}.Arn}/index/byIdentity` });
          expect(onTable || onIndex, JSON.stringify(resource)).to.equal(true);
          if (onIndex) expect(actionsOf(s)).to.deep.equal(['dynamodb:Query']);
        }
      }
    });

    it('writes logs only to its own log group', () => {
      const logs = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('logs:')));
      expect(logs.flatMap(actionsOf).sort()).to.deep.equal(['logs:CreateLogStream', 'logs:PutLogEvents']);
      const [logGroupName] = resourceOfType('AWS::Logs::LogGroup');
      expect(logs.map((s) => s.Resource)).to.deep.equal([{ 'Fn::GetAtt': [logGroupName, 'Arn'] }]);
      expect(fn.Properties.LoggingConfig.LogGroup).to.deep.equal({ Ref: logGroupName });
    });

    it('allows exactly the item operations the store sends, from seeding to handoff', async () => {
      const { table: name } = await freshDynamoTable();
      const client = await localDynamoClient();
      const operations = recordOperations(client);
      await exerciseEveryMethod(new DynamoStore(client, name), workloadSeed());
      const used = new Set(operations.map((op) => `dynamodb:${op.replace(/Command$/, '')}`));
      expect([...dynamoActions].sort()).to.deep.equal([...used].sort());
    });
  });

  describe('order e-mail', () => {
    const resources = template.Resources as Record<string, Node>;
    const streamStatements = allStatements.filter((s) => STREAM_SIDS.includes(s.Sid));

    it('sends through SES as the configured identity only, and only when a sender is configured', () => {
      const [ses] = (role.Properties.Policies as Node[]).flatMap((p) => p.PolicyDocument.Statement as Node[]).filter((s) => s['Fn::If']);
      expect(ses['Fn::If'][0]).to.equal('SendsMail');
      expect(ses['Fn::If'][2]).to.deep.equal({ Ref: 'AWS::NoValue' });
      expect(ses['Fn::If'][1]).to.deep.include({ Effect: 'Allow', Action: ['ses:SendEmail'] });
      // MailIdentity when given, else the domain of MailFrom: one SES identity either way.
      const [condition, given, derived] = ses['Fn::If'][1].Resource['Fn::If'];
      expect(condition).to.equal('HasMailIdentity');
      expect(given).to.deep.equal({ 'Fn::Sub': 'arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${MailIdentity}' });
      expect(derived['Fn::Sub'][0]).to.equal('arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${Domain}');
      const domainOf = (from: string) => `${from}@`.split('@')[1].split('>')[0];
      expect(domainOf('Northwind Market <orders@northwind.example>')).to.equal('northwind.example');
      expect(domainOf('orders@northwind.example')).to.equal('northwind.example');
      expect(derived['Fn::Sub'][1].Domain).to.deep.equal({
        'Fn::Select': [0, { 'Fn::Split': ['>', { 'Fn::Select': [1, { 'Fn::Split': ['@', { 'Fn::Sub': '${MailFrom}@' }] }] }] }],
      });
      expect(allStatements.flatMap(actionsOf).filter((a) => a.startsWith('ses:'))).to.deep.equal(['ses:SendEmail']);
      expect(fn.Properties.Environment.Variables).to.deep.include({
        SKILL_MAIL_TRANSPORT: { 'Fn::If': ['SendsMail', 'ses', 'off'] }, SKILL_MAIL_FROM: { Ref: 'MailFrom' },
      });
    });

    it('wakes the function for new outbox items through the table\'s stream, reading only that stream', () => {
      expect(table.Properties.StreamSpecification).to.deep.equal({ StreamViewType: 'NEW_IMAGE' });
      const [mapping] = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::EventSourceMapping');
      expect(mapping.Properties).to.deep.include({
        EventSourceArn: { 'Fn::GetAtt': [tableName, 'StreamArn'] }, FunctionName: { 'Fn::GetAtt': [functionName, 'Arn'] },
      });
      const pattern = JSON.parse(mapping.Properties.FilterCriteria.Filters[0].Pattern);
      expect(pattern).to.deep.equal({ dynamodb: { Keys: { pk: { S: ['OUTBOX'] } }, NewImage: { status: { S: ['pending'] }, attempts: { N: ['0'] } } } });
      expect(streamStatements.flatMap(actionsOf).sort()).to.deep.equal([
        'dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams',
      ]);
      expect(streamStatements.map((s) => s.Resource)).to.deep.equal([
        { 'Fn::GetAtt': [tableName, 'StreamArn'] }, { 'Fn::Sub': `\${${tableName}.Arn}/stream/*` },
      ]);
    });

    it('retries on a schedule that only EventBridge, from that rule, may use to invoke the function', () => {
      const [ruleName, rule] = Object.entries(resources).find(([, r]) => r.Type === 'AWS::Events::Rule')!;
      expect(rule.Properties.ScheduleExpression).to.match(/^rate\(/);
      expect(rule.Properties.Targets.map((t: Node) => t.Arn)).to.deep.equal([{ 'Fn::GetAtt': [functionName, 'Arn'] }]);
      expect(permissions.map((p) => p.Properties.Principal).sort()).to.deep.equal(['alexa-appkit.amazon.com', 'events.amazonaws.com']);
      const events = permissions.find((p) => p.Properties.Principal === 'events.amazonaws.com');
      expect(events.Properties.SourceArn).to.deep.equal({ 'Fn::GetAtt': [ruleName, 'Arn'] });
    });
  });

  describe('the Alexa trigger', () => {
    it('lets only the Alexa service invoke the function, and only for this skill', () => {
      expect(permission.Properties).to.deep.equal({
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [functionName, 'Arn'] },
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: { Ref: 'SkillId' },
      });
    });
  });
});
