/** Where the real services live for tests. Defaults match this machine; CI overrides by env. */
export const TEST_MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** mysql2 wants mysql:// whatever the server is. */
export const adminUri = (url: string) => url.replace(/^mariadb:/, 'mysql:');
