/** The closed list of error codes below the API; the API and the CLI map each one. */
export const ERROR_CODES = [
  'INVALID_ARTICLE',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFIG',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Ends an exhaustive switch: the compiler proves it unreachable. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${String(value)}`);
  }
}
