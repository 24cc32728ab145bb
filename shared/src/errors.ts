import { z } from 'zod';

/** The small set of error codes every transport speaks; see `httpStatusOf`. */
export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

const STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const httpStatusOf = (code: ErrorCode): number => STATUS[code];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorBody['issues'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }

  static fromBody(body: ErrorBody): AppError {
    return new AppError(body.code, body.message, body.issues);
  }

  static fromZod(error: z.ZodError, what = 'request'): AppError {
    const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return new AppError('INVALID_INPUT', `Invalid ${what}: ${summary}`, issues);
  }
}

/** Every socket acknowledgement has this shape, so a client can always tell success from a coded failure. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export type AckFn<T> = (result: Ack<T>) => void;

/** Parse `input` with `schema`, throwing an INVALID_INPUT AppError that names each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.fromZod(result.error, what);
  return result.data;
}
