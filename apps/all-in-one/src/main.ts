import { AppConfig, isWildcardIp, lanAddress, runMain } from '@livefair/core';
import { startAllInOne } from './start-all-in-one';

runMain(async (config) => {
  const { url, demo } = await startAllInOne(config);
  const lines = [
    '',
    '  LiveFair is running',
    `  Open:      ${url}`,
    ...phoneUrl(config, url),
    `  API docs:  ${url}/api/docs`,
    `  Health:    ${url}/health`,
    `  Storage:   ${config.database.type === 'sqljs' ? `embedded (${config.database.file})` : config.database.type}, queue: ${config.redis ? 'Redis' : 'in-process'}`,
  ];
  if (demo) {
    lines.push(`  Demo expo: ${demo.halls} halls, ${demo.booths} booths${demo.created ? ' (just loaded)' : ''}`);
    for (const a of demo.accounts) lines.push(`  ${a.role.padEnd(10)} ${a.email} / ${a.password}`);
  }
  lines.push('  Stop with Ctrl+C', '');
  process.stdout.write(lines.join('\n') + '\n');
});

/** Where a phone on the same Wi-Fi opens it (media is announced on the same address, see lanAddress). */
function phoneUrl(config: AppConfig, url: string): string[] {
  const lan = lanAddress();
  if (config.http.publicUrl || !isWildcardIp(config.http.host) || !lan) return [];
  return [`  Phone:     http://${lan}:${new URL(url).port} (on the same network)`];
}
