import { parseHTML } from 'linkedom';

/**
 * Plain text from HTML with paragraph structure kept: block elements end a paragraph ("\n\n"),
 * `<br>` ends a line, whitespace inside a paragraph collapses to single spaces. `textContent`
 * would glue "<p>a</p><p>b</p>" into "ab" and merge sentences across paragraphs.
 */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head']);

/** The minimal DOM surface this module walks (linkedom's nodes provide it). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly localName?: string;
}

export function nodeToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = (): void => {
    const text = current.replace(/[ \t\f\v\r\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.localName?.toLowerCase() ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) endParagraph();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (block) endParagraph();
  };
  walk(root);
  endParagraph();
  return paragraphs.join('\n\n');
}

/** Text of an HTML fragment (a feed item's description, a readability result). */
export function htmlToText(html: string): string {
  // Plain text (no tag at all) needs no parser, and entities in it stay as the author wrote them.
  if (!/<[a-z!/]/i.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as DomNode);
}
