import * as v from 'valibot';
import type { ApiError } from '../auth/http-errors.ts';
import { readJson } from '../auth/request-body.ts';

/** A JSON body checked against a schema: its output, or a 400 naming the first field that is wrong (a malformed or oversized body as readJson answers). */
export async function readBodyAs<TSchema extends v.GenericSchema>(request: Request, schema: TSchema): Promise<{ ok: true; value: v.InferOutput<TSchema> } | { ok: false; error: ApiError }> {
  const body = await readJson(request);
  if (!body.ok) return body;
  const parsed = v.safeParse(schema, body.value);
  if (parsed.success) return { ok: true, value: parsed.output };
  const [issue] = parsed.issues;
  const field = v.getDotPath(issue) ?? undefined;
  return { ok: false, error: { code: 'request.invalid', message: field ? `${field}: ${issue.message}` : issue.message, field } };
}
