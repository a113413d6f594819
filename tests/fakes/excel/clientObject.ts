import type { FakeRequestQueue, SyncScope } from "./context";
import { FakeLimitationError, FakeOfficeError, officeError } from "./errors";

/** What a *OrNullObject proxy (or a child of one) resolves to when the item does not exist. */
export const NULL_OBJECT: unique symbol = Symbol("null object");
export type Resolution<T> = T | typeof NULL_OBJECT;

/** The wire shape of a proxy passed as an argument, see FakeRequestQueue. */
export interface ObjectReference {
  readonly objectReference: string;
}

export function isObjectReference(value: unknown): value is ObjectReference {
  return value !== null && typeof value === "object" && "objectReference" in value;
}

/** Office.js load arguments: "a, b/c", ["a", "b/c"], {select, expand} or {a: true, b: {c: true}}. */
export type LoadArgument = unknown;

export function parseLoadArgument(argument: LoadArgument): string[] {
  if (argument === undefined || argument === null) return [];
  if (typeof argument === "string") return argument.split(",").map((part) => part.trim()).filter(Boolean);
  if (Array.isArray(argument)) return argument.flatMap((part) => parseLoadArgument(part));
  if (typeof argument === "object") {
    const record = argument as Record<string, unknown>;
    if ("select" in record || "expand" in record) {
      return [...parseLoadArgument(record.select), ...parseLoadArgument(record.expand)];
    }
    return Object.entries(record).flatMap(([key, value]) => {
      if (value === true) return [key];
      if (value && typeof value === "object") return parseLoadArgument(value).map((inner) => `${key}/${inner}`);
      return [];
    });
  }
  throw new FakeLimitationError(`load argument not understood: ${String(argument)}`);
}

/**
 * A proxy for one object of the Excel object model. Like Office.js, it only queues: writes and loads become
 * operations that run at `context.sync()`; loaded values are readable after that sync and not before.
 *
 * A proxy resolves to its target when its first operation runs and stays bound to that object, as an Office.js
 * object path is instantiated once.
 */
export abstract class FakeClientObject<T extends object> {
  private binding: Resolution<T> | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  protected constructor(
    readonly queue: FakeRequestQueue,
    readonly fakeObjectPath: string,
    private readonly resolver: () => Resolution<T>,
  ) {}

  /** The Office.js type name, used in error locations. */
  protected abstract readonly typeName: string;
  /** Scalar properties `load` may ask for. */
  protected abstract readonly loadable: readonly string[];
  protected abstract readScalar(target: T, property: string): unknown;

  /** A child proxy reachable by a navigational load path ("worksheet/name"). */
  protected navigate(_property: string): FakeClientObject<object> | undefined {
    return undefined;
  }

  /** Throws ItemNotFound when the bound object has been deleted since. */
  protected assertAlive(_target: T): void {}

  resolve(): Resolution<T> {
    if (this.binding === undefined) this.binding = this.resolver();
    if (this.binding !== NULL_OBJECT) this.assertAlive(this.binding);
    return this.binding;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw this.notLoaded("isNullObject");
    return this.nullState;
  }

  protected notLoaded(property: string): FakeOfficeError {
    return officeError("PropertyNotLoaded", `${this.typeName}.${property}`, `${property} read before load + sync`);
  }

  /** A loaded (or locally set) property; Office.js gives undefined for the properties of a null object. */
  protected read<V>(property: string): V {
    if (this.nullState === true) return undefined as V;
    if (!this.loaded.has(property)) throw this.notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Queues a property set; Office.js also keeps the value on the proxy, so reading it back is allowed. */
  protected write(property: string, value: unknown, apply: (target: T, value: unknown) => void): void {
    this.loaded.set(property, value);
    this.enqueue(`${this.typeName}.${property}=`, [value], (target, args) => apply(target, args[0]));
  }

  /** Queues a method call. Calls on a null object do nothing, as in Office.js. */
  protected enqueue(member: string, args: readonly unknown[], run: (target: T, args: readonly unknown[]) => void): void {
    this.queue.enqueue({
      path: this.fakeObjectPath,
      member,
      args,
      run: (received) => {
        const target = this.resolve();
        if (target === NULL_OBJECT) return;
        run(target, received);
      },
    });
  }

  /** Queues the instantiation of this proxy, so a missing item fails at the next sync even if nothing else uses it. */
  instantiate(): void {
    this.queue.enqueue({ path: this.fakeObjectPath, member: "instantiate", args: [], run: () => this.resolve() });
  }

  protected queueLoad(argument: LoadArgument): void {
    const paths = parseLoadArgument(argument);
    for (const path of paths) this.checkLoadPath(path);
    this.queue.enqueue({
      path: this.fakeObjectPath,
      member: `${this.typeName}.load`,
      args: [paths],
      run: (_args, scope) => this.loadNow(paths, scope),
    });
  }

  /** Validates a load path when `load` is called, so a typo fails at once rather than at sync. */
  checkLoadPath(path: string): void {
    const [head, ...rest] = path.split("/");
    if (rest.length === 0) {
      if (head !== "isNullObject" && !this.loadable.includes(head!)) {
        throw new FakeLimitationError(`${this.typeName}.${head} cannot be loaded from the fake`);
      }
      return;
    }
    const child = this.navigate(head!);
    if (!child) throw new FakeLimitationError(`${this.typeName}.${head} is not a navigation property of the fake`);
    child.checkLoadPath(rest.join("/"));
  }

  /** Runs at sync: snapshots the asked properties; they become readable once the whole sync succeeds. */
  loadNow(paths: readonly string[], scope: SyncScope): void {
    const target = this.resolve();
    if (target === NULL_OBJECT) {
      scope.commit(() => {
        this.nullState = true;
      });
      for (const [head, rest] of groupNavigational(paths)) this.navigate(head)?.loadNow(rest, scope);
      return;
    }
    const scalars = paths.filter((path) => !path.includes("/") && path !== "isNullObject");
    const names = scalars.length > 0 || paths.length > 0 ? scalars : [...this.loadable];
    const snapshot = names.map((name) => [name, this.readScalar(target, name)] as const);
    scope.respond(snapshot);
    scope.commit(() => {
      this.nullState = false;
      for (const [name, value] of snapshot) this.loaded.set(name, value);
    });
    for (const [head, rest] of groupNavigational(paths)) this.navigate(head)!.loadNow(rest, scope);
  }

  /** For collections: items are set by the collection's own load. */
  protected setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected markLoaded(isNull: boolean): void {
    this.nullState = isNull;
  }
}

function groupNavigational(paths: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    if (slash < 0) continue;
    const head = path.slice(0, slash);
    groups.set(head, [...(groups.get(head) ?? []), path.slice(slash + 1)]);
  }
  return groups;
}

/** What a method such as `Range.getCellProperties` returns: a value readable once the sync that computed it is done. */
export class FakeClientResult<V> implements Pick<OfficeExtension.ClientResult<V>, "value"> {
  private settled = false;
  private result: V | undefined;

  constructor(private readonly member: string) {}

  settle(value: V): void {
    this.settled = true;
    this.result = value;
  }

  get value(): V {
    if (!this.settled) throw officeError("ValueNotLoaded", this.member, "ClientResult.value read before sync");
    return this.result as V;
  }
}

/** Proxies are handed to the adapter typed as the real Office.js classes; only the picked members exist. */
export function asExcel<E>(fake: object): E {
  return fake as unknown as E;
}

/**
 * A collection proxy. `load("items/name")` or `load("name")` loads `name` on every item, and `items` is then the
 * array of item proxies, bound to the items that existed at that sync.
 */
export abstract class FakeCollection<T extends object, I extends object, P extends FakeClientObject<I>> extends FakeClientObject<T> {
  protected abstract listItems(target: T): I[];
  protected abstract itemProxy(item: I): P;
  /** A proxy used only to validate item load paths. */
  protected abstract itemPrototype(): P;
  protected readonly loadable: readonly string[] = [];

  protected readScalar(_target: T, property: string): unknown {
    throw new FakeLimitationError(`collection property ${property}`);
  }

  override checkLoadPath(path: string): void {
    const itemPath = path.startsWith("items/") ? path.slice("items/".length) : path;
    if (itemPath === "items") return;
    this.itemPrototype().checkLoadPath(itemPath);
  }

  override loadNow(paths: readonly string[], scope: SyncScope): void {
    const target = this.resolve();
    if (target === NULL_OBJECT) {
      scope.commit(() => this.markLoaded(true));
      return;
    }
    const itemPaths = paths
      .map((path) => (path.startsWith("items/") ? path.slice("items/".length) : path))
      .filter((path) => path !== "items");
    const proxies = this.listItems(target).map((item) => this.itemProxy(item));
    for (const proxy of proxies) proxy.loadNow(itemPaths, scope);
    scope.commit(() => {
      this.markLoaded(false);
      this.setLoaded("items", proxies);
    });
  }

  protected loadedItems(): P[] {
    return this.read<P[]>("items");
  }
}
