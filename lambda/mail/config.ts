// Order e-mail settings from the environment (README "Order e-mail"). Without a transport, e-mails are logged as
// skipped and no answer promises one.
import { ConfigError } from '../store/open.js';

export interface MailConfig {
  transport: 'smtp' | 'ses' | 'off';
  /** smtp://user:pass@host:587 or smtps://...:465 */
  smtpUrl?: string;
  /** The sender, e.g. `Northwind Market <orders@northwind.example>`; on SES a verified identity. */
  from?: string;
  /** SES region. */
  region: string;
  /** Attempts per e-mail before it is given up and logged as failed. */
  maxAttempts: number;
}

export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SKILL_SMTP_URL || undefined;
  const from = env.SKILL_MAIL_FROM || undefined;
  const transport = env.SKILL_MAIL_TRANSPORT || (smtpUrl ? 'smtp' : 'off');
  if (transport !== 'smtp' && transport !== 'ses' && transport !== 'off') {
    throw new ConfigError(`SKILL_MAIL_TRANSPORT=${transport} is not a mail transport; use smtp, ses or off`);
  }
  if (transport === 'smtp' && !smtpUrl) throw new ConfigError('SKILL_MAIL_TRANSPORT=smtp needs SKILL_SMTP_URL (smtp://user:pass@host:587)');
  if (transport !== 'off' && !from) throw new ConfigError(`order e-mail over ${transport} needs SKILL_MAIL_FROM (Shop <orders@shop.example>)`);
  const maxAttempts = Number(env.SKILL_MAIL_MAX_ATTEMPTS || 8);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new ConfigError('SKILL_MAIL_MAX_ATTEMPTS must be a whole number of at least 1');
  return { transport, smtpUrl, from, region: env.AWS_REGION || 'us-east-1', maxAttempts };
}
