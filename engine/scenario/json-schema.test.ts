import { readdirSync, readFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { goalSchema, scenarioSchema } from './schema.ts';

/**
 * `scenarios/schema.json` is the scenario schema as JSON Schema, so that an
 * editor autocompletes and checks a scenario file (the YAML language server
 * reads the `# yaml-language-server: $schema=./schema.json` line). It is
 * derived from `scenarioSchema`: when the schema changes this test fails, and
 * `npx vitest run engine/scenario/json-schema.test.ts -u` writes it again.
 * Input side: a field with a default may be left out of the file.
 */
const scenarios = new URL('../../scenarios/', import.meta.url);

it('is the scenario schema, as an author writes it', async () => {
  const jsonSchema = toJsonSchema(scenarioSchema, {
    target: 'draft-2020-12',
    typeMode: 'input',
    // Goals nest, so the goal schema is one definition that refers to itself.
    definitions: { goal: goalSchema },
    // No JSON Schema keyword says "each stage id once" (a custom `check`) or "not .inf" (`finite`: JSON has no
    // infinity to refuse), so the converter leaves them out instead of failing; the engine's schema still checks them.
    ignoreActions: ['check', 'finite'],
  });
  await expect(`${JSON.stringify(jsonSchema, null, 2)}\n`).toMatchFileSnapshot('../../scenarios/schema.json');
});

/** ajv is the validator the YAML language server itself uses (installed with it through @astrojs/check). */
describe('checked by a JSON Schema validator', () => {
  const validator = () => {
    const jsonSchema = JSON.parse(readFileSync(new URL('schema.json', scenarios), 'utf8'));
    // Formats are left to the engine's schema: ajv knows none without the ajv-formats plug-in.
    return new Ajv2020({ allErrors: true, validateFormats: false }).compile(jsonSchema);
  };
  const files = readdirSync(scenarios).filter((name) => name.endsWith('.yaml'));

  it.each(files)('accepts %s', (name) => {
    const validate = validator();
    validate(parse(readFileSync(new URL(name, scenarios), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('refuses an unknown key, as the engine does', () => {
    const validate = validator();
    const scenario = parse(readFileSync(new URL('master-data-basics.yaml', scenarios), 'utf8'));
    expect(validate({ ...scenario, minute: 10 })).toBe(false);
    expect(validate.errors).toMatchObject([{ keyword: 'additionalProperties', params: { additionalProperty: 'minute' } }]);
  });

  it('refuses a goal of a type the engine does not have, however deep', () => {
    const validate = validator();
    const scenario = parse(readFileSync(new URL('master-data-basics.yaml', scenarios), 'utf8'));
    const deep = (goal: object) => ({ ...scenario, steps: [{ ...scenario.steps[0], goal: { type: 'all', of: [{ type: 'not', goal }] } }] });
    expect(validate(deep({ type: 'exists', entity: 'account', where: {} }))).toBe(true);
    expect(validate(deep({ type: 'exist', entity: 'account', where: {} }))).toBe(false);
  });
});
