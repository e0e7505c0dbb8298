// Bounded caches for the core. Pure: no vscode, no file system.
//
// Two generations: entries go into the current one; when it exceeds its budget (entries or weight) it
// becomes the old one and the older one is dropped. A hit in the old generation moves the entry back
// into the current one. What is used keeps being used, what is not disappears after two turns, and the
// memory held never exceeds two budgets, whatever is typed.

export interface CacheBudget {
  /** Most entries in one generation. */
  entries: number;
  /** Most total weight in one generation (see `weigh`). */
  weight: number;
}

export class GenerationalCache<K, V> {
  private cur = new Map<K, V>();
  private old = new Map<K, V>();
  private curWeight = 0;
  /** Generations dropped so far (for tests). */
  turns = 0;

  constructor(private readonly budget: CacheBudget, private readonly weigh: (key: K, value: V) => number = () => 1) {}

  get(key: K): V | undefined {
    const v = this.cur.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.put(key, o);
    }
    return o;
  }

  set(key: K, value: V): void {
    const had = this.cur.get(key);
    if (had !== undefined) {
      this.curWeight -= this.weigh(key, had);
      this.cur.delete(key);
    }
    this.old.delete(key);
    this.put(key, value);
  }

  /**
   * The value of `key`, made by `make` and set if absent: the same as `get`, then `set(key, make())` on
   * a miss, without looking the key up again in both generations (it is in neither).
   */
  getOrMake(key: K, make: (key: K) => V): V {
    const v = this.get(key);
    if (v !== undefined) return v;
    const made = make(key);
    this.put(key, made);
    return made;
  }

  private put(key: K, value: V): void {
    const w = this.weigh(key, value);
    if (this.cur.size >= this.budget.entries || this.curWeight + w > this.budget.weight) {
      this.old = this.cur;
      this.cur = new Map();
      this.curWeight = 0;
      this.turns++;
    }
    this.cur.set(key, value);
    this.curWeight += w;
  }

  /** Entries held (both generations). */
  get size(): number {
    return this.cur.size + this.old.size;
  }

  /** Weight of the current generation (the old one weighs at most one budget). */
  get weight(): number {
    return this.curWeight;
  }

  clear(): void {
    this.cur.clear();
    this.old.clear();
    this.curWeight = 0;
  }
}
