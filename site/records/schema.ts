import * as v from 'valibot';
import { mistakeCodes } from '../../engine/mistakes.ts';
import { slug } from '../../engine/scenario/schema.ts';
import { topics } from '../../engine/scenario/topics.ts';
import { locales } from '../i18n/locales.ts';
import { bucketSizes } from './periods.ts';

/**
 * What the records store keeps for a company, declared once: teams, people
 * with their roles, and each verified attempt as a summary (the result the
 * server computed by replaying it). Command logs are kept apart from these
 * summaries (see store.ts): they are large and only read to replay one attempt.
 * Consultants' lessons and published scenarios are kept with every version.
 */

/** Who may do what on the platform (not in the sandbox CRM, whose users are invented). */
export const platformRoles = ['trainee', 'lead', 'consultant', 'admin'] as const;
export type PlatformRole = (typeof platformRoles)[number];

/** An id for a record: short, and safe in a URL and a file name. */
export const recordIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash or underscore'));
/** ISO 8601 in UTC, as `Date.prototype.toISOString` writes it. */
const instant = v.pipe(v.string(), v.isoTimestamp());

export const teamSchema = v.object({
  id: recordIdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
});
export type Team = v.InferOutput<typeof teamSchema>;

export const userSchema = v.object({
  id: recordIdSchema,
  /** What a person signs in with; unique, compared lower-cased. */
  username: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(2), v.maxLength(64), v.regex(/^[a-z0-9._-]+$/, 'lower-case letters, digits, dot, dash or underscore')),
  /** The real name, as leads and admins see it. */
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  /** Shown on leaderboards to everyone but the person's leads, when the person has chosen one. */
  displayName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40))),
  role: v.picklist(platformRoles),
  /** A trainee's team; the teams a lead leads. Empty for consultants and admins. */
  teamIds: v.array(recordIdSchema),
  /** The password hash in its own self-describing format (site/auth/password.ts); never sent to a browser. */
  passwordHash: v.pipe(v.string(), v.minLength(1)),
  createdAt: instant,
});
export type User = v.InferOutput<typeof userSchema>;

/** One mistake of an attempt, as the dashboard counts it. */
export const mistakeSummarySchema = v.object({
  code: v.picklist(mistakeCodes),
  step: v.string(),
  lesson: v.string(),
});

/** Commands and mistakes in one step of the scenario. */
export const stepSummarySchema = v.object({
  id: v.string(),
  commands: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  mistakes: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  hints: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});

/** An attempt as the server verified it: who, which scenario version, and the result its replay gave. */
export const storedAttemptSchema = v.object({
  /** Chosen by the browser when the attempt starts, so a resubmission is recognised. */
  id: recordIdSchema,
  userId: recordIdSchema,
  scenarioId: v.string(),
  scenarioVersion: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
  engineVersion: v.string(),
  seed: v.pipe(v.number(), v.safeInteger()),
  submittedAt: instant,
  completed: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  stars: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(3)),
  badge: v.boolean(),
  commands: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  hintsUsed: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** Finite: JSON would write Infinity as null, which the store would then refuse to read back. */
  wallSeconds: v.pipe(v.number(), v.finite(), v.minValue(0)),
  mistakes: v.array(mistakeSummarySchema),
  perStep: v.array(stepSummarySchema),
});
export type StoredAttempt = v.InferOutput<typeof storedAttemptSchema>;

/**
 * One version of a lesson as a consultant saved it in the browser, in one
 * language. The fields match a lesson file's front matter (site/lib/lesson-schema.ts),
 * so a lesson written here stands beside those in content/lessons/: the same
 * id is a new version of that lesson, a new id a new lesson. Every version is
 * kept; trainees see the newest.
 */
export const lessonVersionSchema = v.object({
  /** The lesson file name a scenario step links to, without `.md`. */
  lessonId: slug,
  locale: v.picklist(locales.map((locale) => locale.id)),
  /** 1 for a lesson's first version in this language, then one more with each save. */
  version: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  summary: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
  mistake: v.picklist(mistakeCodes),
  topic: v.picklist(topics),
  /** The scenarios it is written for; empty when it fits wherever the mistake happens. */
  scenarioIds: v.array(slug),
  /** Markdown, rendered and sanitised where it is shown. */
  body: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20_000)),
  authorId: recordIdSchema,
  savedAt: instant,
});
export type LessonVersion = v.InferOutput<typeof lessonVersionSchema>;

/**
 * A scenario file a consultant uploaded, as its text: the site parses it
 * with the engine's schema before publishing, and again wherever it is used,
 * so the text stays the one truth. Each version is kept, so attempts made on
 * an earlier one stay verifiable.
 */
export const publishedScenarioSchema = v.object({
  scenarioId: slug,
  version: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
  /** The YAML as uploaded. */
  source: v.pipe(v.string(), v.minLength(1), v.maxLength(500_000)),
  publishedBy: recordIdSchema,
  publishedAt: instant,
});
export type PublishedScenario = v.InferOutput<typeof publishedScenarioSchema>;

/** A question to `RecordsStore.attempts`: the fields given narrow the list (`from` inclusive, `to` exclusive). */
export const attemptQuerySchema = v.object({
  userIds: v.optional(v.array(v.string())),
  scenarioId: v.optional(v.string()),
  from: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  to: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});

/** Which places of a board a store answers (board-ranking.ts). */
export const rankingWindowSchema = v.object({
  /** When given, only the viewer's own places and this many either side of each (boards that shame people stop being used). */
  neighbours: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  /** Otherwise the places after the first `offset` (0 unless told)… */
  offset: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  /** …at most `limit` of them (every one unless told). */
  limit: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
});

/** The attempts a report is about (report-tallies.ts): whose, over which span, cut into days or weeks. */
const reportAttemptsQuerySchema = v.object({
  teamIds: v.optional(v.array(v.string())),
  scenarioId: v.optional(v.string()),
  from: v.pipe(v.string(), v.isoTimestamp()),
  to: v.pipe(v.string(), v.isoTimestamp()),
  bucket: v.picklist(bucketSizes),
});

/** A question to `RecordsStore.reportTallies` (report-tallies.ts): the attempts, and how many people each part names. */
export const reportTalliesQuerySchema = v.object({ ...reportAttemptsQuerySchema.entries, top: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))) });

/** A question to `RecordsStore.reportRows` (report-rows.ts): the attempts, and about how many of them a chunk is summed from. */
export const reportRowsQuerySchema = v.object({ ...reportAttemptsQuerySchema.entries, chunk: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))) });

/** A question to `RecordsStore.lessonTallies` (lessons-wanted.ts): which codes each scenario watches. */
export const lessonTalliesQuerySchema = v.object({
  watches: v.array(v.object({ scenarioId: v.string(), code: v.picklist(mistakeCodes) })),
});

/** A question to `RecordsStore.retrainingStreaks` (needs-retraining.ts): the tallies' trainees, span and scenario, the watches, and the streak's rules. */
export const retrainingStreaksQuerySchema = v.object({
  ...v.omit(reportAttemptsQuerySchema, ['bucket']).entries,
  ...lessonTalliesQuerySchema.entries,
  /** An attempt's rate on the code must be above it; from 0, since a rate is never below. */
  threshold: v.pipe(v.number(), v.finite(), v.minValue(0)),
  minCommands: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  inARow: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
});

/** A question to `RecordsStore.xapiPending`: how many attempts at most. */
export const pendingQuerySchema = v.object({ limit: v.pipe(v.number(), v.safeInteger(), v.minValue(1)) });
/** What `RecordsStore.markXapiDelivered` takes. */
export const deliveredSchema = v.object({ attemptIds: v.array(recordIdSchema) });
