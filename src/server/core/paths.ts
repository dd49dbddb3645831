// Files the server reads at run time (SQL migrations, seed documents) are found from the
// package root, so the same code works from src/ (tsx) and bundled into dist/ (esbuild),
// where a module's own URL says nothing about where its source file was.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

function findRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'hubline') return dir;
    if (dirname(dir) === dir) throw new Error(`Hubline's package.json not found above ${from}`);
  }
}

export const appRoot = findRoot(here);
/** True when running the compiled build (dist/), which carries its own copy of the migrations. */
export const compiled = here.startsWith(join(appRoot, 'dist') + sep);
export const migrationsFolder = compiled ? join(appRoot, 'dist', 'migrations') : join(appRoot, 'src', 'server', 'db', 'migrations');
export const seedsFolder = join(appRoot, 'seeds');
