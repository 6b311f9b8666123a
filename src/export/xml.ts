import { XMLBuilder } from 'fast-xml-parser';

/**
 * XML output through a real builder (it escapes `& < > " '` in text and attributes). Attribute
 * keys start with `@_`; `#text` is element text.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

// Characters XML 1.0 forbids even escaped (most C0 controls, lone surrogates, U+FFFE/U+FFFF);
// news text scraped from the web does contain them, and one would make the file unreadable.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A string safe to place in XML text or an attribute value. */
export function xmlSafe(value: string): string {
  return value.replace(INVALID_XML_CHARS, '');
}

/**
 * A string for an attribute value. A conforming parser turns a literal tab or line break in an
 * attribute into a space anyway (attribute-value normalization), so it is done here, visibly.
 */
export function xmlAttr(value: string): string {
  return xmlSafe(value).replace(/[\t\n\r]/g, ' ');
}

export type XmlElement = { [key: string]: XmlValue };
export type XmlValue = string | number | boolean | XmlElement | XmlElement[];

export function buildXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root).trimEnd()}\n`;
}
