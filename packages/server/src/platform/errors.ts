/** An error the client caused or may see: stable code, Chinese message, HTTP status. */
export class AppError extends Error {
  constructor(
    public readonly statusCode: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/**
 * A refusal that must stay on the audit record although the request's transaction rolls back
 * (三权分立 attempts): the registry writes the audit row in a transaction of its own.
 */
export class AuditedRefusal extends AppError {
  constructor(
    error: AppError,
    public readonly audit: {
      eventType: string;
      objectType?: string;
      objectId?: string;
      details?: Record<string, unknown>;
    },
  ) {
    super(error.statusCode, error.code, error.message, error.details);
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const unauthorized = (message = '请先登录', code = 'UNAUTHENTICATED') => new AppError(401, code, message);
export const forbidden = (message = '无权执行此操作', code = 'FORBIDDEN') => new AppError(403, code, message);
export const notFound = (message = '记录不存在或无权查看', code = 'NOT_FOUND') => new AppError(404, code, message);
export const conflict = (code: string, message: string, details?: unknown) => new AppError(409, code, message, details);
export const unprocessable = (code: string, message: string, details?: unknown) =>
  new AppError(422, code, message, details);

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}
