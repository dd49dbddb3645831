import { scrypt, randomBytes, timingSafeEqual, createHash } from 'node:crypto';

// scrypt with N=2^15: about 50 ms here, slow enough against guessing, fast enough for login.
const N = 1 << 15;
const r = 8;
const p = 1;
const KEYLEN = 32;

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEYLEN, { N, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  const key = await derive(password, salt);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export interface PolicyProblem {
  zh: string;
  en: string;
}

/** Password policy: 10+ characters, three of four character classes, not the username. */
export function checkPasswordPolicy(password: string, username?: string): PolicyProblem | null {
  if (password.length < 10) return { zh: '密码至少10位', en: 'Password must be at least 10 characters' };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3)
    return {
      zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
      en: 'Password must mix at least three of: upper case, lower case, digits, symbols',
    };
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return { zh: '密码不能包含用户名', en: 'Password must not contain the username' };
  return null;
}

export function generatePassword(): string {
  // Guaranteed to pass the policy: mixed classes plus random base64url.
  return `Hl-${randomBytes(12).toString('base64url')}9a`;
}

export const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
