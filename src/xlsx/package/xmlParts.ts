import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

/** The namespaces of the package parts the add-in edits. */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

/** Parses a package part; a part that is not well-formed XML is an unreadable file, reported by the caller. */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`XML: ${message}`);
    },
  }).parseFromString(text, "text/xml");
}

/**
 * The document as text. A carriage return in a value is written as a reference: raw, the next reader would see a
 * line feed (XML normalises line ends), and text such as "\r=1+1" would lose its first character.
 */
export function serializeXml(document: Document): string {
  const serialized = new XMLSerializer().serializeToString(document);
  const text = serialized.includes("\r") ? serialized.replace(/\r/g, "&#13;") : serialized;
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

/** Child elements of `parent` with this local name, whatever prefix the writing program chose. */
export function childElements(parent: Element | Document, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (localName === undefined || element.localName === localName) found.push(element);
  }
  return found;
}

export function firstChild(parent: Element | Document, localName: string): Element | null {
  return childElements(parent, localName)[0] ?? null;
}

export function rootElement(document: Document): Element {
  const root = document.documentElement;
  if (!root) throw new Error("XML part has no root element");
  return root;
}

/** The r:id of an element, whatever prefix the relationships namespace has in this part. */
export function relationshipId(element: Element): string | null {
  return element.getAttributeNS(NS.rel, "id") || null;
}

/** Creates an element in the parent's namespace, so that a prefixed part (x:sheet) stays consistent. */
export function createLike(parent: Element, localName: string): Element {
  const document = parent.ownerDocument;
  if (!document) throw new Error("Element outside a document");
  const qualified = parent.prefix ? `${parent.prefix}:${localName}` : localName;
  return document.createElementNS(parent.namespaceURI, qualified);
}

/** Inserts `child` before the first existing child whose local name is in `before`, else at the end. */
export function insertInOrder(parent: Element, child: Element, before: readonly string[]): void {
  const anchor = childElements(parent).find((candidate) => before.includes(candidate.localName ?? ""));
  parent.insertBefore(child, anchor ?? null);
}

/** The prefix this document binds to a namespace, declaring `fallback` on the root when it binds none. */
export function prefixFor(document: Document, namespace: string, fallback: string): string {
  const root = rootElement(document);
  const bound = root.lookupPrefix(namespace);
  if (bound) return bound;
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", `xmlns:${fallback}`, namespace);
  return fallback;
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Tabs and line breaks as references too: a reader turns them into spaces in an attribute otherwise. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/[\t\n\r]/g, (character) => `&#${character.charCodeAt(0)};`);
}
