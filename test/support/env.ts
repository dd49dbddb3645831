// Which real services this machine offers the tests. `npm test` (bin/test.js) probes
// them first and says what it could not run; under CI a missing one is a failure.
import { existsSync } from 'node:fs';

export const PG_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const isCI = process.env.CI === 'true';

export const hasPostgres = () => process.env.HUBLINE_TEST_NO_POSTGRES !== '1';
export const hasChromium = () => existsSync(CHROMIUM);
