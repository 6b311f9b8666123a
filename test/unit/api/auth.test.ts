import { describe, expect, it } from 'vitest';
import { createAuthenticator, keyFromHeaders, requireWrite, sha256Hex } from '../../../src/api/auth.js';
import { AppError } from '../../../src/errors.js';

const keys = [
  { name: 'dashboard', role: 'read' as const, hash: sha256Hex('r-secret') },
  { name: 'curator', role: 'write' as const, hash: sha256Hex('w-secret') },
];

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'OTHER';
  }
  return undefined;
}

describe('API keys', () => {
  it('resolves keys to named roles by their hash', () => {
    const auth = createAuthenticator({ keys, anonymousRead: false });
    expect(auth('r-secret')).toEqual({ name: 'dashboard', role: 'read', anonymous: false });
    expect(auth('w-secret')).toEqual({ name: 'curator', role: 'write', anonymous: false });
    expect(codeOf(() => auth('w-secreT'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => auth(null))).toBe('UNAUTHENTICATED');
  });

  it('lets anonymous callers read only when switched on, but never accepts a wrong key', () => {
    const auth = createAuthenticator({ keys, anonymousRead: true });
    expect(auth(null)).toEqual({ name: 'anonymous', role: 'read', anonymous: true });
    expect(codeOf(() => auth('guess'))).toBe('UNAUTHENTICATED');
  });

  it('reads Bearer tokens and x-api-key headers', () => {
    const headers = (h: Record<string, string>) => (name: string) => h[name];
    expect(keyFromHeaders(headers({ authorization: 'Bearer  abc ' }))).toBe('abc');
    expect(keyFromHeaders(headers({ authorization: 'bearer abc' }))).toBe('abc');
    expect(keyFromHeaders(headers({ 'x-api-key': 'xyz' }))).toBe('xyz');
    expect(keyFromHeaders(headers({ authorization: 'Basic Zm9v' }))).toBeNull();
    expect(keyFromHeaders(headers({}))).toBeNull();
  });

  it('requires the write role for changes', () => {
    expect(codeOf(() => requireWrite({ name: 'anonymous', role: 'read', anonymous: true }))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => requireWrite({ name: 'dashboard', role: 'read', anonymous: false }))).toBe('FORBIDDEN');
    expect(codeOf(() => requireWrite({ name: 'curator', role: 'write', anonymous: false }))).toBeUndefined();
  });
});
