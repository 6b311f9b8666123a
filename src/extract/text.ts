/** Character-level helpers shared by the extractor's stages. */

/**
 * A stable lowercase slug of a canonical name: "Tehrik-i-Taliban Pakistan" →
 * "tehrik-i-taliban-pakistan", "Côte d'Ivoire" → "cote-divoire".
 */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u00A0': ' ',
  '\u0131': 'i',
  '\u0130': 'I',
  '\u00DF': 's',
  '\u00F8': 'o',
  '\u00D8': 'O',
  '\u0142': 'l',
  '\u0141': 'L',
  '\u0111': 'd',
  '\u0110': 'D',
};

/**
 * Folds the text for the tokenizer one character for one character, so every offset into the
 * folded text is an offset into the original: diacritics off ("Erdoğan" would otherwise split
 * into three tokens), typographic quotes to ASCII, no-break spaces to spaces.
 */
export function foldForNlp(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += ch;
      continue;
    }
    let folded = FOLD[ch];
    if (folded === undefined) {
      const stripped = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      folded = stripped.length === 1 ? stripped : ch;
    }
    if (folded !== ch) changed = true;
    out += folded;
  }
  return changed ? out : text;
}

/** Comparison key of a surface form: folded, lowercase, single spaces. */
export function nameKey(name: string): string {
  return foldForNlp(name).toLowerCase().replace(/\s+/g, ' ').trim();
}
