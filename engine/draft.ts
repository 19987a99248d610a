import { isSerialTable, type IndexName, type RowOf, type SandboxState, type SerialTable, type TableName } from './state.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The state being changed by a batch of events. A table or index is copied
 * the first time the batch writes to it and then written in place, so a
 * batch never touches the state it started from, and a 10,000-account
 * fixture is built in one pass instead of copying a table per event.
 * Rows themselves are never mutated: a change puts a new row.
 */
export class Draft {
  readonly #state: Mutable<SandboxState>;
  readonly #owned = new Set<string>();

  constructor(base: SandboxState) {
    this.#state = { ...base };
  }

  /** The state as it stands now, base plus every write so far. */
  get state(): SandboxState {
    return this.#state;
  }

  #own<T extends object>(key: string, value: T): T {
    if (this.#owned.has(key)) return value;
    this.#owned.add(key);
    return { ...value };
  }

  #table<N extends TableName>(name: N): Record<string, RowOf<N>> {
    const table = this.#own(name, this.#state[name]) as Record<string, RowOf<N>>;
    (this.#state as Record<TableName, unknown>)[name] = table;
    return table;
  }

  /** Adds a new record; a numbered table's serial moves on by one. */
  insert<N extends TableName>(name: N, id: string, row: RowOf<N>): void {
    this.#table(name)[id] = row;
    if (isSerialTable(name)) {
      const serials = this.#own('serials', this.#state.serials) as Record<SerialTable, number>;
      serials[name] += 1;
      this.#state.serials = serials;
    }
  }

  /** Replaces part of an existing record. */
  update<N extends TableName>(name: N, id: string, patch: Partial<RowOf<N>>): void {
    const table = this.#table(name);
    table[id] = { ...(table[id] as object), ...patch } as RowOf<N>;
  }

  /** Files `id` under `key`, unless an earlier record holds the key already. */
  index(name: IndexName, key: string, id: string): void {
    if (key === '' || Object.hasOwn(this.#state.index[name], key)) return;
    const index = this.#own('index', this.#state.index) as Mutable<SandboxState['index']>;
    const entries = this.#own(`index.${name}`, index[name]) as Record<string, string>;
    entries[key] = id;
    index[name] = entries;
    this.#state.index = index;
  }

  setClock(now: number): void {
    this.#state.now = now;
  }
}
