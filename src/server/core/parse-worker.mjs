// Starts parse-worker.ts from the sources: plain JS so that it runs the same under
// `node --import tsx`, vitest and the CLI, loading tsx itself. The compiled build does not use it.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
