import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { useTranslations } from '../../../i18n/catalogues.ts';
import { storeErrorReportCsv } from '../../../records/error-report-csv.ts';
import { serverContext } from '../../../server/context.ts';
import { queryParameter } from '../../../server/query.ts';
import { reportQuestion } from '../../../server/report-request.ts';
import { textStream } from '../../../server/text-stream.ts';

export const prerender = false;

/**
 * The periodic error report (seed 000: summarise the errors and circulate
 * them) as a CSV download, headers in `lang=en|zh-CN`. It lists operators by
 * name, so it is for those who see the team per person: its leads and admins.
 * The file is written from the store's rows a chunk at a time, as the reader
 * takes it: a company's whole history is never read into the server at once.
 */
export const GET: APIRoute = async ({ request, url }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'report.errors');
  if (!guarded.ok) return errorResponse(guarded.error);
  const lang = queryParameter(url, 'lang', ['en', 'zh-CN'] as const, 'zh-CN');
  if (!lang.ok) return errorResponse(lang.error);
  const asked = await reportQuestion(url, guarded.user, store, now());
  if (!asked.ok) return errorResponse(asked.error);
  if (asked.view !== 'per-person') return errorResponse({ code: 'auth.forbidden', message: 'The CSV names each operator; it is for the teams’ leads and admins. Use the JSON report for counts without names.' });
  const day = now().toISOString().slice(0, 10);
  return new Response(await textStream(storeErrorReportCsv(store, asked.question, useTranslations(lang.value))), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="crm-drill-errors-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
};
