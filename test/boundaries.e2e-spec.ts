import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The seams between contexts, read from the source: a context reaches another only
 * through its barrel (services, view types, its declarations), never its entities or
 * repositories; core knows no context. The demo loader is a fixture, not a context.
 */
const LIBS = join(__dirname, '..', 'libs');
/** Every lib but core and the two that are not contexts (protocol: shared types; demo: a fixture). */
const CONTEXTS = readdirSync(LIBS).filter((name) => !['core', 'protocol', 'demo'].includes(name));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '(@livefair\/[^']+)'/g)].map((m) => m[1]);

describe('context boundaries', () => {
  it('no context imports another lib by a path inside it, and core imports no context', () => {
    const problems: string[] = [];
    for (const lib of [...CONTEXTS, 'core']) {
      for (const file of sources(join(LIBS, lib, 'src'))) {
        for (const spec of importsOf(file)) {
          const [, target, deep] = /^@livefair\/([^/]+)(\/.*)?$/.exec(spec)!;
          if (target !== lib && deep) problems.push(`${relative(LIBS, file)} imports ${spec}`);
          if (lib === 'core' && CONTEXTS.includes(target)) problems.push(`${relative(LIBS, file)} (core) imports ${spec}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("no barrel exports a context's entities or its schema, and no module re-exports its repositories", () => {
    const problems: string[] = [];
    for (const lib of CONTEXTS) {
      const barrel = readFileSync(join(LIBS, lib, 'src', 'index.ts'), 'utf8');
      for (const m of barrel.matchAll(/from '(\.\/[^']+)'/g)) {
        if (/entities\/|-schema$|migrations\//.test(m[1])) problems.push(`libs/${lib}/src/index.ts exports ${m[1]}`);
      }
      for (const file of sources(join(LIBS, lib, 'src')).filter((f) => f.endsWith('.module.ts'))) {
        if (/exports:\s*\[[^\]]*TypeOrmModule/.test(readFileSync(file, 'utf8')))
          problems.push(`${relative(LIBS, file)} exports TypeOrmModule`);
      }
    }
    expect(problems).toEqual([]);
  });
});
