import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/catalogues.ts';
import { errorReportCsv, errorReportCsvChunks, storeErrorReportCsv } from './error-report-csv.ts';
import { createMemoryStore } from './memory-store.ts';
import { reportRows, type ReportRow } from './report-rows.ts';
import { reportScope } from './report-scope.ts';
import { attempt, mistakes, person, team } from './test-records.ts';

const now = '2026-03-04T02:00:00.000Z';
const users = [person('ann', { teamIds: ['east'], name: '王芳, "小王"' }), person('bo', { teamIds: ['east'], name: '=HYPERLINK("x")' })];
const attempts = [
  attempt('a1', 'ann', '2026-03-02T02:00:00.000Z', {
    commands: 8,
    mistakes: [...mistakes(['validation.format'], 'qualify'), ...mistakes(['data.lost', 'data.lost'], 'inquiries')],
    perStep: [
      { id: 'inquiries', commands: 5, mistakes: 2, hints: 0 },
      { id: 'qualify', commands: 3, mistakes: 1, hints: 0 },
    ],
  }),
  attempt('b1', 'bo', '2026-03-03T02:00:00.000Z', { perStep: [{ id: 'inquiries', commands: 0, mistakes: 0, hints: 0 }] }),
];
const input = { attempts, users, teams: [team('east', '华东')], now, filters: { period: 'week' as const }, bucket: 'day' as const };
const csv = (locale: 'en' | 'zh-CN') => errorReportCsv(input, useTranslations(locale));

describe('errorReportCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const text = csv('en');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')).toHaveLength(5);
  });

  it('heads the columns in the reader’s language, each code column keeping its code', () => {
    const [zh] = csv('zh-CN').slice(1).split('\r\n');
    expect(zh.startsWith('统计起始日,团队,操作员,用户名,场景,场景版本,步骤,操作次数,错误数,错误率,资料不完整 (validation.incomplete),格式错误 (validation.format)')).toBe(true);
    expect(csv('en').slice(1).split('\r\n')[0]).toContain('Data lost (data.lost)');
  });

  it('writes one row per day, operator, scenario version and step, quoting what needs it and defusing formulas', () => {
    const [, inquiries, qualify, bo] = csv('en').slice(1).split('\r\n');
    expect(inquiries).toBe('2026-03-02,华东,"王芳, ""小王""",ann,lead-to-cash,1,inquiries,5,2,0.4000,0,0,0,0,0,0,2,0,0,0');
    expect(qualify).toBe('2026-03-02,华东,"王芳, ""小王""",ann,lead-to-cash,1,qualify,3,1,0.3333,0,1,0,0,0,0,0,0,0,0');
    expect(bo).toBe(`2026-03-03,华东,"'=HYPERLINK(""x"")",bo,lead-to-cash,1,inquiries,0,0,,0,0,0,0,0,0,0,0,0,0`);
  });
});

describe('errorReportCsvChunks', () => {
  async function* chunks(log: string[], rows: readonly ReportRow[][]): AsyncGenerator<readonly ReportRow[]> {
    try {
      for (const chunk of rows) {
        log.push(`chunk of ${chunk.length}`);
        yield chunk;
      }
    } finally {
      log.push('done');
    }
  }
  const rows = reportRows(reportScope(input).runs, 'day');

  it('writes the same file from a store’s rows, a chunk at a time, asking for the first chunk before the first line', async () => {
    const log: string[] = [];
    const pieces = errorReportCsvChunks(input, chunks(log, [rows.slice(0, 1), [], rows.slice(1)]), useTranslations('en'));
    const head = await pieces.next();
    expect(log).toEqual(['chunk of 1']);
    let text = head.value as string;
    for await (const piece of pieces) text += piece;
    expect(text).toBe(csv('en'));
    expect(log).toEqual(['chunk of 1', 'chunk of 0', 'chunk of 2', 'done']);
  });

  it('lets the rows go when the reader stops', async () => {
    const log: string[] = [];
    const pieces = errorReportCsvChunks(input, chunks(log, [rows.slice(0, 1), rows.slice(1)]), useTranslations('en'));
    await pieces.next();
    await pieces.next();
    await pieces.return(undefined);
    expect(log).toEqual(['chunk of 1', 'done']);
  });
});

describe('storeErrorReportCsv', () => {
  it('writes the file of the attempts a store holds, for the question’s teams, span and scenario', async () => {
    const store = createMemoryStore();
    await store.createTeam(team('east', '华东'));
    await store.createUsers(users);
    for (const stored of attempts) await store.saveAttempt(stored, []);
    // One the question leaves out: before the week.
    await store.saveAttempt(attempt('a0', 'ann', '2026-02-20T02:00:00.000Z'), []);
    const { attempts: _, ...question } = input;
    let text = '';
    for await (const piece of storeErrorReportCsv(store, { ...question, filters: { ...question.filters, teamIds: ['east'] } }, useTranslations('en'))) text += piece;
    expect(text).toBe(csv('en'));
  });
});
