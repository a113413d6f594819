import type { Resolution } from "./clientObject";
import { FakeClientObject, FakeCollection, NULL_OBJECT, asExcel } from "./clientObject";
import type { FakeRequestQueue } from "./context";
import { officeError } from "./errors";

/**
 * A collection of items reached by key (sheets, charts, tables, names, comments): `items` and `load` as Office.js
 * types them, and the proxies `getItem`, `getItemOrNullObject` and `add` return. T is the collection's parent
 * state, I an item's state, P the item proxy, E and C the Office.js item and collection types the adapter sees.
 * Each subclass still declares its own members with their Office.js signatures, so unknown API use still throws.
 */
export abstract class FakeItemCollection<
  T extends object,
  I extends object,
  P extends FakeClientObject<I>,
  E,
  C,
> extends FakeCollection<T, I, P> {
  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<T>) {
    super(queue, path, resolver);
  }

  /** A proxy of the collection's item class at a path. */
  protected abstract newItemProxy(path: string, resolver: () => Resolution<I>): P;
  /** What an item's path names it by (its name; a comment, its id). */
  protected abstract itemKey(item: I): string;

  protected itemProxy(item: I): P {
    return this.newItemProxy(`${this.fakeObjectPath}.getItem(${JSON.stringify(this.itemKey(item))})`, () => item);
  }

  protected itemPrototype(): P {
    return this.newItemProxy("prototype", () => NULL_OBJECT);
  }

  get items(): E[] {
    return asExcel(this.loadedItems());
  }

  load(argument?: unknown): C {
    this.queueLoad(argument);
    return asExcel(this);
  }

  /** `getItem(key)`: like Office.js, a missing item is not an error here but ItemNotFound at the next sync. */
  protected itemByKey(key: string, find: (target: T) => I | undefined, noun: string): E {
    const proxy = this.newItemProxy(`${this.fakeObjectPath}.getItem(${JSON.stringify(key)})`, () => {
      const target = this.resolve();
      if (target === NULL_OBJECT) return NULL_OBJECT;
      const item = find(target);
      if (!item) throw officeError("ItemNotFound", `${this.typeName}.getItem`, `no ${noun} "${key}"`);
      return item;
    });
    proxy.instantiate();
    return asExcel(proxy);
  }

  /** `getItemOrNullObject(key)`: a missing item is a null object. */
  protected itemOrNullByKey(key: string, find: (target: T) => I | undefined): E {
    const proxy = this.newItemProxy(`${this.fakeObjectPath}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      const target = this.resolve();
      if (target === NULL_OBJECT) return NULL_OBJECT;
      return find(target) ?? NULL_OBJECT;
    });
    proxy.instantiate();
    return asExcel(proxy);
  }

  /**
   * The proxy `add` returns, at `member` of the collection's path: bound to the item the queued add created, which
   * exists only once that operation has run.
   */
  protected addedItem(member: string, created: () => I | undefined, itemTypeName: string): E {
    return asExcel(
      this.newItemProxy(`${this.fakeObjectPath}.${member}`, () => {
        if (this.resolve() === NULL_OBJECT) return NULL_OBJECT;
        const item = created();
        if (!item) throw officeError("InvalidOperation", itemTypeName, "used before it was added");
        return item;
      }),
    );
  }
}
