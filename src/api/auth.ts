import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKey, Role } from '../config.js';
import { AppError } from '../errors.js';

/** Who is calling: a named key with its role, or the anonymous reader. */
export interface Principal {
  readonly name: string;
  readonly role: Role;
  readonly anonymous: boolean;
}

export interface AuthOptions {
  readonly keys: readonly ApiKey[];
  readonly anonymousRead: boolean;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The key from `Authorization: Bearer <key>` or `x-api-key`, if any. */
export function keyFromHeaders(get: (name: string) => string | undefined): string | null {
  const auth = get('authorization');
  if (auth !== undefined) {
    const match = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (match?.[1]) return match[1].trim();
  }
  const key = get('x-api-key');
  return key !== undefined && key.trim() !== '' ? key.trim() : null;
}

/**
 * Resolves a presented key to a principal. Keys are stored as sha256 hashes and compared with
 * `timingSafeEqual` over every configured key (no early exit), so timing tells nothing about
 * which hash prefix matched. A wrong key is an error even when anonymous reading is on: a client
 * that sends a key expects it to count.
 */
export function createAuthenticator(options: AuthOptions): (presented: string | null) => Principal {
  const hashes = options.keys.map((k) => ({ key: k, hash: Buffer.from(k.hash, 'hex') }));
  return (presented) => {
    if (presented === null) {
      if (options.anonymousRead) return { name: 'anonymous', role: 'read', anonymous: true };
      throw new AppError('UNAUTHENTICATED', 'An API key is required (Authorization: Bearer <key> or x-api-key).');
    }
    const digest = Buffer.from(sha256Hex(presented), 'hex');
    let found: ApiKey | null = null;
    for (const { key, hash } of hashes) {
      if (hash.length === digest.length && timingSafeEqual(hash, digest) && found === null) found = key;
    }
    if (found === null) throw new AppError('UNAUTHENTICATED', 'The API key is not valid.');
    return { name: found.name, role: found.role, anonymous: false };
  };
}

/** Mutations need a write key: none at all is UNAUTHENTICATED, a read key FORBIDDEN. */
export function requireWrite(principal: Principal): void {
  if (principal.role === 'write') return;
  if (principal.anonymous) throw new AppError('UNAUTHENTICATED', 'This operation needs an API key with the write role.');
  throw new AppError('FORBIDDEN', `The key "${principal.name}" may only read.`);
}
