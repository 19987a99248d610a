/**
 * How a sandbox form describes one of its fields. Every command's data
 * arrives in the engine as typed text (the engine parses and checks it, so
 * the trainee's slips are the engine's to refuse and to record), which is
 * why a field is just a name, a label and the kind of control to type it in.
 */
export interface FieldSpec<Name extends string = string> {
  /** The command's data key. */
  readonly name: Name;
  /** Already translated. */
  readonly label: string;
  readonly required?: boolean;
  readonly help?: string;
  readonly placeholder?: string;
  /** A choice instead of free text; the first option may be an empty "choose…". */
  readonly options?: readonly FieldOption[];
  readonly type?: 'text' | 'tel' | 'email' | 'textarea';
  /** What the browser may offer to fill in; off unless the field is a name, phone or email. */
  readonly autocomplete?: 'off' | 'tel' | 'email' | 'name' | 'organization' | 'organization-title';
  /** What the field starts with (e.g. the record's current value in an edit form). */
  readonly initial?: string;
}

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** Options with a blank first choice, so nothing is picked for the trainee. */
export function withBlank(blankLabel: string, options: readonly FieldOption[]): FieldOption[] {
  return [{ value: '', label: blankLabel }, ...options];
}
