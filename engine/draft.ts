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
  readonly #scratch: boolean;

  /**
   * A `scratch` draft is for working something out inside a decider (an
   * import's rows, each checked against the rows before it): its tables
   * are overlays that write beside the base instead of copying it, so a
   * 50,000-contact table costs nothing to plan against. Its state must
   * never be kept: the decider's events are what change the sandbox.
   */
  constructor(base: SandboxState, { scratch = false } = {}) {
    this.#state = { ...base };
    this.#scratch = scratch;
  }

  /** The state as it stands now, base plus every write so far. */
  get state(): SandboxState {
    return this.#state;
  }

  #own<T extends object>(key: string, value: T): T {
    if (this.#owned.has(key)) return value;
    this.#owned.add(key);
    return this.#scratch ? overlay(value) : { ...value };
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

/** A table that reads through to `base` and keeps its own writes apart, answering like a copy with them applied. */
function overlay<T extends object>(base: T): T {
  const own = new Map<string | symbol, unknown>();
  const described = (value: unknown): PropertyDescriptor => ({ value, writable: true, enumerable: true, configurable: true });
  return new Proxy(base, {
    get: (target, key) => (own.has(key) ? own.get(key) : Reflect.get(target, key)),
    set: (_, key, value) => {
      own.set(key, value);
      return true;
    },
    has: (target, key) => own.has(key) || Reflect.has(target, key),
    getOwnPropertyDescriptor: (target, key) => (own.has(key) ? described(own.get(key)) : Reflect.getOwnPropertyDescriptor(target, key)),
    ownKeys: (target) => [...new Set([...Reflect.ownKeys(target), ...own.keys()])],
  });
}
