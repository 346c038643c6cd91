import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { InputError } from './errors';

/**
 * Reads the editorial inputs: YAML lists validated item by item with the project's Zod
 * schemas, and seed texts decoded strictly. Errors name the file, the line of the
 * offending item or field, and what to do.
 */

export interface Located<T> {
  value: T;
  /** The line where the item starts. */
  line: number;
  /** The line of each of the item's fields, for an error about one field (read from YAML; absent for items made in code). */
  fields?: Readonly<Record<string, number>>;
}

/** The line of one field of a located item, else the line where the item starts. */
export function lineOfField(
  item: { line: number; fields?: Readonly<Record<string, number>> },
  field: string,
): number {
  return item.fields?.[field] ?? item.line;
}

export function parseYamlList<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Array<Located<z.infer<S>>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  const syntax = doc.errors[0];
  if (syntax)
    throw new InputError(
      file,
      lineOf(syntax.pos[0]),
      null,
      `invalid YAML: ${syntax.message.split('\n')[0]}`,
      'Fix the syntax (indentation, quotes around values containing ": ")',
    );
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents))
    throw new InputError(
      file,
      1,
      null,
      'the file is not a YAML list',
      'Write one entry per item, each starting with "- "',
    );
  // Converted once: converting the document for each item made a list of n entries cost n².
  const items = doc.toJS() as unknown[];
  return doc.contents.items.map((node, i) => {
    const line = lineOf(node?.range?.[0]);
    const parsed = schema.safeParse(items[i]);
    if (parsed.success) {
      const fields = isMap(node)
        ? Object.fromEntries(
            node.items.flatMap((p) =>
              isScalar(p.key) && p.key.range ? [[String(p.key.value), lineOf(p.key.range[0])]] : [],
            ),
          )
        : {};
      return { value: parsed.data, line, fields };
    }
    const issue = parsed.error.issues[0]!;
    // Zod does not report the input value, so a missing field is told from the YAML itself.
    const unknownKey = issue.code === 'unrecognized_keys' ? String(issue.keys[0]) : undefined;
    const key = unknownKey ?? issue.path[0];
    const field = unknownKey ?? (issue.path.join('.') || null);
    const pair =
      isMap(node) && typeof key === 'string'
        ? node.items.find((p) => isScalar(p.key) && p.key.value === key)
        : undefined;
    const fieldLine = isNode(pair?.key) && pair.key.range ? lineOf(pair.key.range[0]) : line;
    const missing = isMap(node) && typeof key === 'string' && !unknownKey && pair === undefined;
    // Which entry: its file (sources, annotations) or its id (actors, outlets), when it has one.
    const raw = items[i] as Record<string, unknown> | undefined;
    const owner =
      typeof raw?.file === 'string' ? raw.file : typeof raw?.id === 'string' ? raw.id : null;
    const of = owner ? `in the entry for ${owner}, ` : '';
    if (unknownKey)
      throw new InputError(
        file,
        fieldLine,
        field,
        `${of}unknown field "${unknownKey}"`,
        'Remove it, or correct its name',
      );
    if (missing)
      throw new InputError(
        file,
        fieldLine,
        field,
        `${of}the required field "${field}" is missing`,
        `Add the required field "${field}"`,
      );
    throw new InputError(file, fieldLine, field, `${of}${issue.message}`, 'Correct the value');
  });
}

/** What `parseYamlListKnown` keeps of each entry of a list, by the hash of its text: the entry, its lines counted from the entry's first. */
export type KnownEntries<T> = ReadonlyMap<string, Located<T>>;

/**
 * The entries of a top-level block list, each with its text, when the file is that plain
 * shape: every line at column 0 starts an entry (`- `), is a comment or is empty, and the
 * first entry comes before any other content. Else null (directives, documents, a list
 * written another way): such a file is only read whole.
 */
export function splitYamlList(text: string): Array<{ text: string; line: number }> | null {
  const lines = text.split('\n');
  const chunks: Array<{ text: string; line: number }> = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('- ')) {
      // With the newline that ends it, as the last entry of a file has it: an entry reads the same, and has the same hash, wherever it is.
      if (start >= 0)
        chunks.push({ text: `${lines.slice(start, i).join('\n')}\n`, line: start + 1 });
      start = i;
    } else if (
      l === '' ||
      l.startsWith('#') ||
      ((l.startsWith(' ') || l.startsWith('\t')) && start >= 0) ||
      (l.trim() === '' && start < 0)
    ) {
      continue;
    } else return null;
  }
  if (start < 0) return null;
  chunks.push({ text: lines.slice(start).join('\n'), line: start + 1 });
  return chunks;
}

/**
 * `parseYamlList`, reading again only the entries not in `known` (by the hash of their
 * text, under a schema that has not changed since): adding an entry to a list of 1,000
 * parses one entry, not the file. The result is the same as `parseYamlList`'s, lines
 * included; whenever the file is not a plain list (`splitYamlList`), an entry does not
 * read as exactly one item on its own (a quote left open, an alias to an anchor in another
 * entry), or an entry is invalid, the file is read whole, so errors are the same too.
 * Returns the entries and, by hash, what to keep for the next run.
 */
export function parseYamlListKnown<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  known: KnownEntries<z.infer<S>>,
  hash: (text: string) => string,
): { items: Array<Located<z.infer<S>>>; entries: Map<string, Located<z.infer<S>>> } {
  const whole = () => {
    const items = parseYamlList(file, text, schema);
    return { items, entries: new Map<string, Located<z.infer<S>>>() };
  };
  const chunks = splitYamlList(text);
  if (!chunks) return whole();
  const entries = new Map<string, Located<z.infer<S>>>();
  const items: Array<Located<z.infer<S>>> = [];
  for (const chunk of chunks) {
    const key = hash(chunk.text);
    let entry = known.get(key) ?? entries.get(key);
    if (!entry) {
      const doc = parseDocument(chunk.text, { prettyErrors: false, uniqueKeys: true });
      if (
        doc.errors.length > 0 ||
        doc.warnings.length > 0 ||
        !isSeq(doc.contents) ||
        doc.contents.items.length !== 1
      )
        return whole();
      let parsed: Array<Located<z.infer<S>>>;
      try {
        parsed = parseYamlList(file, chunk.text, schema);
      } catch {
        return whole();
      }
      entry = parsed[0]!;
    }
    entries.set(key, entry);
    const shift = chunk.line - 1;
    items.push({
      value: entry.value,
      line: entry.line + shift,
      fields: Object.fromEntries(
        Object.entries(entry.fields ?? {}).map(([k, v]) => [k, v + shift]),
      ),
    });
  }
  return { items, entries };
}

/**
 * Decodes a seed file as UTF-8, refusing an empty file, binary data and invalid UTF-8.
 * A stray control character is not binary: it is kept and shown visibly later.
 */
export function decodeSeed(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') {
    throw new InputError(
      file,
      null,
      null,
      'the seed text is empty',
      'Paste the article text into the file, or remove the file and its entry in seeds/sources.yaml',
    );
  }
  const controls = bytes.reduce((n, b) => n + (b < 0x09 || (b > 0x0d && b < 0x20) ? 1 : 0), 0);
  if (controls / bytes.length > 0.05) {
    throw new InputError(
      file,
      null,
      null,
      'the file looks binary (it is full of control bytes), not text',
      'Save the article as plain UTF-8 text',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    throw new InputError(
      file,
      line,
      null,
      `the text is not valid UTF-8 (byte ${bad} is not part of a UTF-8 character)`,
      'Re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
    );
  }
}

/** Offset of the first byte that cannot start or continue a UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const validPrefix = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
