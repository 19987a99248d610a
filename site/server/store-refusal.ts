import type { ApiError } from '../auth/http-errors.ts';
import type { StoreError } from '../records/store.ts';

/**
 * A StoreError known by its name, not its class: site/serve.ts opens the
 * store from its own module graph and the built routes carry another copy of
 * store.ts, so `instanceof` would miss the server's store's refusals.
 */
function isStoreError(error: unknown): error is StoreError {
  return error instanceof Error && error.name === 'StoreError' && 'code' in error;
}

/** The API's answer to a store's refusal: a taken id or name 409, an unknown record 404, a bad field 400; anything else is not a refusal and is thrown on. */
export function storeRefusal(error: unknown): ApiError {
  if (!isStoreError(error)) throw error;
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
