import type { ImportInput } from '../../../../engine/imports/commands.ts';
import { importTargets } from '../../../../engine/imports/entities.ts';
import { previewImport, type ImportPreview } from '../../../../engine/imports/preview.ts';
import type { ImportEntity } from '../../../../engine/imports/records.ts';
import { trainee } from '../../../../engine/scenario/runner.ts';
import type { SandboxState } from '../../../../engine/state.ts';
import { guessMapping, headings, type FieldMapping } from './guess-mapping.ts';
import type { Sheet, SheetProblem } from './sheet.ts';

/** The wizard's steps, in order. */
export const wizardSteps = ['file', 'map', 'check', 'commit'] as const;
export type WizardStep = (typeof wizardSteps)[number];

/** What the first step still lacks before the columns can be mapped. */
export type Missing = 'file' | 'entity' | 'onDuplicate';

/**
 * One import being prepared: the file, what its rows become, how repeats
 * are treated, which column feeds which field, and the dry run of exactly
 * those choices. Changing a choice drops the dry run, so what is committed
 * is always what was last checked.
 */
export class ImportWizard {
  step: WizardStep = $state('file');
  sheet: Sheet | undefined = $state.raw();
  /** Why the last uploaded file could not be read. */
  problem: SheetProblem | undefined = $state.raw();
  entity: ImportEntity | '' = $state('');
  onDuplicate: ImportInput['onDuplicate'] | '' = $state('');
  /** Field → column. */
  mapping: FieldMapping = $state({});
  preview: ImportPreview | undefined = $state.raw();
  /** The import once committed. */
  run: string | undefined = $state();
  /** What the first step lacked when the trainee tried to go on. */
  missing: readonly Missing[] = $state.raw([]);

  choose(sheet: Sheet): void {
    this.sheet = sheet;
    this.problem = undefined;
    this.#settled('file');
    this.#guess();
  }

  refuse(problem: SheetProblem): void {
    this.problem = problem;
    this.sheet = undefined;
    this.preview = undefined;
  }

  chooseEntity(entity: ImportEntity): void {
    this.entity = entity;
    this.#settled('entity');
    this.#guess();
  }

  chooseOnDuplicate(choice: ImportInput['onDuplicate']): void {
    this.onDuplicate = choice;
    this.#settled('onDuplicate');
    this.preview = undefined;
  }

  /** A choice once made is no longer missing. */
  #settled(choice: Missing): void {
    this.missing = this.missing.filter((missing) => missing !== choice);
  }

  /** A fresh guess from the headings whenever the file or the kind of record changes. */
  #guess(): void {
    this.preview = undefined;
    if (this.sheet && this.entity) this.mapping = guessMapping(this.sheet.columns, headings[this.entity]);
  }

  /** The fields a column may feed, and the ones the record cannot do without. */
  get target(): { fields: readonly string[]; required: readonly string[] } {
    return this.entity === '' ? { fields: [], required: [] } : importTargets[this.entity];
  }

  /**
   * Feeds `field` from `column` ("" for none). A column feeds one field, so
   * a field it fed before is left without one; that field is returned, so
   * the move can be said.
   */
  assign(field: string, column: string): string | undefined {
    const previous = column === '' ? undefined : Object.keys(this.mapping).find((other) => other !== field && this.mapping[other] === column);
    this.mapping = { ...this.mapping, [field]: column, ...(previous === undefined ? {} : { [previous]: '' }) };
    this.preview = undefined;
    return previous;
  }

  /** The file's columns no field takes: they are left out of the import. */
  get unmapped(): readonly string[] {
    const used = new Set(Object.values(this.mapping));
    return (this.sheet?.columns ?? []).filter((column) => !used.has(column));
  }

  /** Goes on to the mapping when the file, the kind of record and the way with repeats are chosen; else notes what is missing. */
  toMapping(): boolean {
    this.missing = [...(this.sheet ? [] : ['file' as const]), ...(this.entity ? [] : ['entity' as const]), ...(this.onDuplicate ? [] : ['onDuplicate' as const])];
    if (this.missing.length === 0) this.step = 'map';
    return this.missing.length === 0;
  }

  /** The command's data: the sheet as read and the mapping turned the engine's way round, column → field. */
  get input(): ImportInput {
    const { sheet, entity, onDuplicate } = this;
    if (!sheet || !entity || !onDuplicate) throw new Error('unreachable: the first step makes these choices before any other');
    const mapping = Object.fromEntries(Object.entries(this.mapping).flatMap(([field, column]) => (column === '' ? [] : [[column, field]])));
    return { entity, file: sheet.file, columns: [...sheet.columns], rows: sheet.rows.map((row) => [...row]), mapping, onDuplicate };
  }

  /** The engine's dry run as the trainee would commit it now; on to the report when the import as a whole is accepted. */
  dryRun(state: SandboxState): ImportPreview {
    this.preview = previewImport(state, this.input, { at: state.now, actor: trainee });
    if (this.preview.ok) this.step = 'check';
    return this.preview;
  }
}
