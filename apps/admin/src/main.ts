import { NestFactory } from '@nestjs/core';
import { AccountsAdminService } from '@livefair/accounts';
import { RollupRunner } from '@livefair/analytics';
import { AppConfig, ConfigError, DomainError, loadConfig, ROLES, Role } from '@livefair/core';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AdminModule } from './admin.module';

const USAGE = `Usage:
  npm run admin -- create-organizer --email <email> --name <display name> [--password-stdin]
  npm run admin -- set-role --email <email> --role <${ROLES.join('|')}> [--enterprise-name <name>]
  npm run admin -- analytics-rebuild

create-organizer prints a generated password once (or reads one line from stdin with --password-stdin).
set-role revokes the user's tokens; an exhibitor gets a new enterprise named by --enterprise-name.
analytics-rebuild recomputes every analytics roll-up from the raw events (dashboards show partial figures meanwhile).
Uses the same configuration as the server (LIVEFAIR_MODE, DATABASE_URL, REDIS_URL, DATA_DIR, ...).
With the embedded database, stop the server first: both would write the same file.`;

class UsageError extends Error {}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d: string) => (text += d));
    process.stdin.on('end', () => resolve(text.replace(/\r?\n$/, '')));
    process.stdin.on('error', reject);
  });
}

async function run(config: AppConfig, argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'enterprise-name': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const [command] = positionals;
  if (command === 'analytics-rebuild') return rebuildAnalytics(config);
  if (command !== 'create-organizer' && command !== 'set-role') throw new UsageError(USAGE);
  if (!values.email) throw new UsageError(`--email is required\n\n${USAGE}`);
  const { email } = values;
  if (command === 'create-organizer' && !values.name) throw new UsageError(`--name is required\n\n${USAGE}`);
  if (command === 'set-role' && !ROLES.includes(values.role as Role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}\n\n${USAGE}`);
  const password =
    command === 'create-organizer' ? (values['password-stdin'] ? await readStdin() : randomBytes(15).toString('base64url')) : '';

  // A quiet process: the operator reads one result, not Nest's start-up log.
  const app = await NestFactory.createApplicationContext(AdminModule.forRoot({ ...config, logLevel: 'error' }), {
    logger: ['error', 'warn'],
  });
  try {
    const admin = app.get(AccountsAdminService);
    if (command === 'create-organizer') {
      const user = await admin.createOrganizer({ email, displayName: values.name ?? '', password });
      const shown = values['password-stdin'] ? '(the one given on stdin)' : `${password}   <- shown once; store it now`;
      return `Organizer created: ${user.email} (id ${user.id})\nPassword: ${shown}`;
    }
    const user = await admin.setRole({ email, role: values.role as Role, enterpriseName: values['enterprise-name'] });
    return `${user.email} is now ${user.role}${user.enterpriseId ? ` of enterprise ${user.enterpriseId}` : ''}; their tokens are revoked`;
  } finally {
    await app.close();
  }
}

/** Recomputes the analytics roll-ups from the raw events, in this process (the same fold the jobs run). */
async function rebuildAnalytics(config: AppConfig): Promise<string> {
  const app = await NestFactory.createApplicationContext(AdminModule.forRoot({ ...config, logLevel: 'error' }), {
    logger: ['error', 'warn'],
  });
  try {
    const started = Date.now();
    const events = await app.get(RollupRunner).rebuild();
    return `Analytics rebuilt from ${events} raw events in ${((Date.now() - started) / 1000).toFixed(2)} s`;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message);
    throw err;
  }
  try {
    process.stdout.write(`${await run(config, process.argv.slice(2))}\n`);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message, 2);
    if (err instanceof DomainError) return fail(`${err.code}: ${err.message}`);
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
      return fail(`${err.message}\n\n${USAGE}`, 2);
    return fail(`Failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

function fail(message: string, code = 1): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

// Exit once the result is out, even if a driver keeps a socket open a moment longer.
void main().then(() => setTimeout(() => process.exit(), 200).unref());
