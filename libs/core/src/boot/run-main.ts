import { AppConfig } from '../config/app-config';
import { ConfigError, loadConfig } from '../config/load-config';

/**
 * Entry-point wrapper: validate config first (one clear line and exit 1 on a bad
 * variable), then boot; any boot failure also exits non-zero.
 */
export function runMain(boot: (config: AppConfig) => Promise<void>): void {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  boot(config).catch((err: unknown) => {
    process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
