import * as v from 'valibot';
import { localisedSchema, slug } from './schema.ts';

/**
 * Learning paths (seed 001: train each role for its own work, easy problems
 * first): for each kind of trainee, the scenarios to play, in order. Declared
 * once; consultants write them in `scenarios/paths/learning-paths.yaml`, and
 * the site checks every id against the scenarios when it builds.
 */

/** Refuses a value that `keyOf` finds twice in a list, pointing at the second one (and at its `field`, when given). */
function eachOnce<T>(keyOf: (item: T) => string, what: string, field?: string) {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((item, index) => {
      const key = keyOf(item);
      if (seen.has(key)) {
        const at: v.ArrayPathItem = { type: 'array', origin: 'value', input: dataset.value, key: index, value: item };
        const inside: v.ObjectPathItem[] = field ? [{ type: 'object', origin: 'value', input: item as Record<string, unknown>, key: field, value: key }] : [];
        addIssue({ message: `${what} "${key}" is listed twice; each may appear once`, path: [at, ...inside] });
      }
      seen.add(key);
    });
  });
}

export const learningPathSchema = v.strictObject({
  /** Lower-case words joined by dashes; the path's page is `/<lang>/paths/<id>/`. */
  id: slug,
  /** The path's name, for whom it is: "Sales", "New staff". */
  title: localisedSchema,
  /** A sentence or two: who it is for and what they will be able to do at the end. */
  summary: localisedSchema,
  /** Ids of scenarios in `scenarios/`, in the order to play them: difficulty never goes down along a path. */
  scenarios: v.pipe(
    v.array(slug),
    v.minLength(1, 'a path needs at least one scenario'),
    eachOnce((id: string) => id, 'scenario'),
  ),
});
export type LearningPath = v.InferOutput<typeof learningPathSchema>;

/** The learning paths file: every path, in the order the site lists them. */
export const learningPathsSchema = v.strictObject({
  paths: v.pipe(
    v.array(learningPathSchema),
    v.minLength(1, 'the file needs at least one path'),
    eachOnce((path: LearningPath) => path.id, 'path id', 'id'),
  ),
});
export type LearningPaths = v.InferOutput<typeof learningPathsSchema>;
