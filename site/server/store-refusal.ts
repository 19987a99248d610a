import type { ApiError } from '../auth/http-errors.ts';
import { StoreError } from '../records/store.ts';

/** The API's answer to a store's refusal: a taken id or name 409, an unknown record 404, a bad field 400; anything else is not a refusal and is thrown on. */
export function storeRefusal(error: unknown): ApiError {
  if (!(error instanceof StoreError)) throw error;
  const field = error.field === undefined ? {} : { field: error.field };
  switch (error.code) {
    case 'conflict':
      return { code: 'conflict', message: error.message, ...field };
    case 'not-found':
      return { code: 'not-found', message: error.message, ...field };
    case 'invalid':
      return { code: 'request.invalid', message: error.message, ...field };
    default:
      throw error;
  }
}
