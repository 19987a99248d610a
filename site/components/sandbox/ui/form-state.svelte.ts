import { tick } from 'svelte';
import type { Rejection } from '../../../../engine/result.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { rejectionText } from './rejection.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * What every sandbox form keeps: the typed values, the controls (to move
 * focus), and the engine's last refusal, shown by the field it names.
 */
export class FormState<Field extends string> {
  values: Record<Field, string> = $state()!;
  controls: Partial<Record<Field, Control>> = $state({});
  rejection: Rejection | undefined = $state.raw();
  #initial: Record<Field, string>;

  /** `initial` fills some fields to start with, e.g. a record's current values in an edit form. */
  constructor(fields: readonly Field[], initial: Partial<Record<Field, string>> = {}) {
    this.#initial = Object.fromEntries(fields.map((field) => [field, initial[field] ?? ''])) as Record<Field, string>;
    this.values = { ...this.#initial };
  }

  /** The refusal's message, in the trainee's language, when it is about this field. */
  errorFor(field: Field, t: Translate): string | undefined {
    return this.rejection?.field === field ? rejectionText(t, this.rejection) : undefined;
  }

  /** Keeps the refusal and, once it is on screen, puts focus on the field it names. */
  async refuse(rejection: Rejection): Promise<void> {
    this.rejection = rejection;
    await tick();
    this.controls[rejection.field as Field]?.focus();
  }

  reset(): void {
    this.values = { ...this.#initial };
    this.rejection = undefined;
  }
}
