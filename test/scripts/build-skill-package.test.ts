// merchant.json is the one file a merchant edits: a mistake is named by its field, and the build writes the skill
// manifest, the account-linking request (outside the uploaded package, without the secret) and the stack's
// e-mail sender from it.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { merchant, MerchantConfigError, parseMerchant, type Merchant } from '../../lambda/merchant.js';
import {
  accountLinkingRequest, askResources, compileSkillManifest, skillPackageFiles, testingInstructions,
} from '../../scripts/build-skill-package.js';
import { deployedSkillId, main as applyAccountLinking, readClientSecret, requestWithSecret } from '../../scripts/apply-account-linking.js';
import { ROOT_DIR } from '../../tools/models/paths.js';

const shipped = (): Merchant => structuredClone(merchant());
const rawMerchant = () => JSON.parse(readFileSync(join(ROOT_DIR, 'merchant.json'), 'utf8'));

describe('merchant.json and what the build writes from it', () => {
  describe('the schema', () => {
    it('accepts the shipped demo configuration', () => {
      expect(merchant().locales['de-DE'].sellerName).to.equal('Northwind Market');
    });

    it('names each offending field', () => {
      const broken = rawMerchant();
      broken.locales['de-DE'].alexa.privacyPolicyUrl = 'http://shop.de/datenschutz';
      delete broken.email.from;
      expect(() => parseMerchant(broken)).to.throw(MerchantConfigError)
        .with.property('message').that.includes('locales.de-DE.alexa.privacyPolicyUrl: expected an https:// URL').and.includes('email.from');
    });

    it('refuses a client secret written into the file: only where it comes from', () => {
      const broken = rawMerchant();
      broken.accountLinking.clientSecret = 's3cr3t';
      expect(() => parseMerchant(broken)).to.throw(/accountLinking\.clientSecret: .*the secret itself never goes in merchant\.json/);
      broken.accountLinking.clientSecret = { ssmParameter: '/northwind/alexa/client-secret' };
      expect(parseMerchant(broken).accountLinking.clientSecret).to.deep.equal({ ssmParameter: '/northwind/alexa/client-secret' });
    });
  });

  describe('skill/skill.json', () => {
    it('is what merchant.json gives (npm run build writes it)', async () => {
      const { files } = await skillPackageFiles(merchant());
      for (const [path, content] of files) expect(readFileSync(path, 'utf8'), path).to.equal(content);
    });

    it('lists each Alexa locale with its seller name, phrases, icons and privacy links', () => {
      const { manifest } = compileSkillManifest(shipped(), ['ja-JP']) as { manifest: { manifest: Record<string, any> } }; // eslint-disable-line @typescript-eslint/no-explicit-any
      const m = manifest.manifest;
      expect(m.publishingInformation.locales['ja-JP'].name).to.equal('ノースウィンドマーケット');
      expect(m.publishingInformation.locales['ja-JP'].examplePhrases[0]).to.equal('アレクサ、ノースウィンドマーケットを開いて');
      expect(m.privacyAndCompliance.locales['ja-JP']).to.have.keys('privacyPolicyUrl', 'termsOfUseUrl');
      expect(m.privacyAndCompliance.allowsPurchases).to.equal(true);
    });

    it('keeps the endpoint ask deploy wrote into it', () => {
      const endpoint = { uri: 'arn:aws:lambda:us-east-1:123456789012:function:skill' };
      const { manifest } = compileSkillManifest(shipped(), ['en-US'], endpoint) as { manifest: { manifest: { apis: { custom: unknown } } } };
      expect(manifest.manifest.apis.custom).to.deep.equal({ endpoint, interfaces: [] });
    });

    it('names the missing listing of a locale Alexa serves', () => {
      const config = shipped();
      delete config.locales['it-IT'].alexa;
      expect(() => compileSkillManifest(config, ['it-IT'])).to.throw('locales.it-IT.alexa is missing');
    });

    it('turns an icon file into a skill-package asset', () => {
      const config = shipped();
      config.locales['en-US'].alexa!.smallIcon = 'assets/icon-108.png';
      const { manifest, copies } = compileSkillManifest(config, ['en-US']) as { manifest: { manifest: { publishingInformation: { locales: Record<string, { smallIconUri: string }> } } }; copies: { to: string }[] };
      expect(manifest.manifest.publishingInformation.locales['en-US'].smallIconUri).to.equal('file://assets/images/en-US_smallIconUri.png');
      expect(copies.map((c) => c.to)).to.deep.equal([join(ROOT_DIR, 'skill', 'assets', 'images', 'en-US_smallIconUri.png')]);
    });

    it('gives testers test accounts to sign in with, not access tokens', () => {
      const text = testingInstructions(merchant());
      expect(text).to.include('emily@example.com').and.include('password');
      expect(text).to.not.match(/token-[a-z]{2}-\d/);
    });
  });

  describe('account linking', () => {
    it('lives outside the uploaded skill package and holds no secret', () => {
      expect(existsSync(join(ROOT_DIR, 'skill', 'accountLinking.json'))).to.equal(false);
      const request = JSON.parse(readFileSync(join(ROOT_DIR, 'skill-package-extras', 'account-linking.json'), 'utf8'));
      expect(request).to.deep.equal(accountLinkingRequest(merchant()));
      expect(request.accountLinkingRequest).to.include({ type: 'AUTH_CODE', clientId: merchant().accountLinking.clientId });
      expect(request.accountLinkingRequest).to.not.have.property('clientSecret');
    });

    it('reads the secret from the environment variable merchant.json names, and says which one is missing', () => {
      expect(readClientSecret({ env: 'LINK_SECRET' }, { LINK_SECRET: 'from-env' })).to.equal('from-env');
      expect(() => readClientSecret({ env: 'LINK_SECRET' }, {})).to.throw('$LINK_SECRET, which is not set');
    });

    it('reads the secret from SSM through the AWS CLI, decrypted', () => {
      const calls: string[][] = [];
      const secret = readClientSecret({ ssmParameter: '/shop/secret' }, {}, (command, args) => {
        calls.push([command, ...args]);
        return { status: 0, stdout: 'from-ssm\n', stderr: '' };
      });
      expect(secret).to.equal('from-ssm');
      expect(calls[0]).to.include.members(['aws', 'ssm', 'get-parameter', '--with-decryption', '/shop/secret']);
    });

    it('sends the request with the secret through ask smapi, from a file that is gone afterwards', async () => {
      let sent: { args: string[]; body: unknown; existedAfter?: boolean } | undefined;
      const code = await applyAccountLinking(['--skill-id', 'amzn1.ask.skill.test'], { ALEXA_LINKING_CLIENT_SECRET: 'shh' }, (command, args) => {
        const file = args[args.length - 1].replace(/^file:/, '');
        sent = { args: [command, ...args], body: JSON.parse(readFileSync(file, 'utf8')) };
        return { status: 0, stdout: '', stderr: '' };
      });
      expect(code).to.equal(0);
      expect(sent!.args.slice(0, 7)).to.deep.equal(['ask', 'smapi', 'update-account-linking-info', '-s', 'amzn1.ask.skill.test', '-g', 'development']);
      expect(sent!.body).to.deep.equal(requestWithSecret(merchant(), 'shh'));
      expect(existsSync(sent!.args[sent!.args.length - 1].replace(/^file:/, ''))).to.equal(false);
    });

    it('takes the skill id ask deploy recorded', () => {
      expect(deployedSkillId('/nonexistent')).to.equal(undefined);
    });
  });

  describe('ask-resources.json', () => {
    it('passes merchant.json\'s e-mail sender to the stack and keeps everything else', () => {
      const current = JSON.parse(readFileSync(join(ROOT_DIR, 'ask-resources.json'), 'utf8'));
      const config = shipped();
      config.email.from = 'Shop <orders@shop.test>';
      const next = askResources(current, config) as typeof current;
      expect(next.profiles.default.skillInfrastructure.userConfig.cfn.parameters.MailFrom).to.equal('Shop <orders@shop.test>');
      expect(next.profiles.default.skillInfrastructure.userConfig.runtime).to.equal('nodejs22.x');
    });
  });
});
