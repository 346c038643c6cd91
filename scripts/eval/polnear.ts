import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvalInputError } from './errors';

/**
 * Reads one split of PolNeAR (Newell, Margolin and Ruths, LREC 2018): article texts with
 * their attributions in brat standoff format (`T` spans labelled Source, Cue, Content;
 * `E` relations tying them), and the publisher and date of each article from
 * `metadata.tsv`. Offsets index the `.txt` file as UTF-16 code units, which is what brat
 * and JavaScript strings both count for this corpus (it has no characters outside the
 * Basic Multilingual Plane; a file that has one is refused rather than misread).
 */

export const POLNEAR_SOURCE =
  'PolNeAR is public: https://github.com/networkdynamics/PolNeAR (Newell, Margolin and Ruths, LREC 2018). ' +
  'Put its train/, dev/ (and test/) folders and metadata.tsv in one folder and pass it with --corpus.';

/** A character range of the text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface GoldAttribution {
  /** The relation's id in the .ann file, e.g. "E12". */
  id: string;
  /** The Source mention, or null when the annotators gave none. */
  source: Range[] | null;
  cue: Range[] | null;
  /** Every Content span of the relation, each as its ranges. */
  contents: Range[][];
  /** Line of the `E` row in the .ann file, for error reports. */
  line: number;
}

export interface AnnotatedArticle {
  /** The file name without extension. */
  name: string;
  split: string;
  publisher: string;
  published: string;
  title: string;
  author: string | null;
  text: string;
  attributions: GoldAttribution[];
}

interface Metadata {
  publisher: string;
  published: string;
  title: string;
  author: string | null;
}

/** Reads `<corpus>/<split>/*.txt` with their `.ann` files; throws EvalInputError naming the file that is wrong. */
export function readPolnear(corpus: string, split: string): AnnotatedArticle[] {
  if (!existsSync(corpus))
    throw new EvalInputError(corpus, null, 'the corpus folder does not exist', POLNEAR_SOURCE);
  const dir = join(corpus, split);
  if (!existsSync(dir))
    throw new EvalInputError(
      dir,
      null,
      `the corpus has no ${split}/ folder`,
      `Use --split with one of: ${splits(corpus).join(', ') || 'none found'}. ${POLNEAR_SOURCE}`,
    );
  const metadata = readMetadata(join(corpus, 'metadata.tsv'));
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (texts.length === 0)
    throw new EvalInputError(dir, null, 'the folder holds no .txt article', POLNEAR_SOURCE);
  return texts.map((file) => {
    const name = file.slice(0, -4);
    const annPath = join(dir, `${name}.ann`);
    if (!existsSync(annPath))
      throw new EvalInputError(
        annPath,
        null,
        'the article has no annotation file',
        'Add its .ann file, or remove the .txt',
      );
    const text = readFileSync(join(dir, file), 'utf8');
    if (/[\u{10000}-\u{10FFFF}]/u.test(text))
      throw new EvalInputError(
        join(dir, file),
        null,
        'the text has characters outside the Basic Multilingual Plane, whose brat offsets this reader does not convert',
        'Remove them from the .txt and the .ann offsets',
      );
    const meta = metadata.get(name);
    if (!meta)
      throw new EvalInputError(
        join(corpus, 'metadata.tsv'),
        null,
        `no row for ${name}`,
        'Add the article’s row (compartment, filename, publisher, publication_date, author, title)',
      );
    return {
      name,
      split,
      ...meta,
      text,
      attributions: parseAnn(annPath, readFileSync(annPath, 'utf8'), text.length),
    };
  });
}

function splits(corpus: string): string[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function readMetadata(path: string): Map<string, Metadata> {
  if (!existsSync(path))
    throw new EvalInputError(path, null, 'metadata.tsv is missing', POLNEAR_SOURCE);
  const [header, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/u);
  const columns = (header ?? '').split('\t');
  const col = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0)
      throw new EvalInputError(
        path,
        1,
        `the header has no “${name}” column`,
        'Use the corpus’s own metadata.tsv',
      );
    return i;
  };
  const [file, publisher, date, title, author] = [
    'filename',
    'publisher',
    'publication_date',
    'title',
    'author',
  ].map(col) as [number, number, number, number, number];
  const out = new Map<string, Metadata>();
  rows.forEach((row, i) => {
    if (row.trim() === '') return;
    const cells = row.split('\t');
    const published = cells[date] ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(published))
      throw new EvalInputError(
        path,
        i + 2,
        `publication_date “${published}” is not YYYY-MM-DD`,
        'Correct the row',
      );
    const by = cells[author]?.trim();
    out.set(cells[file]!, {
      publisher: cells[publisher] ?? 'unknown',
      published,
      title: cells[title] ?? '',
      author: by && by !== 'None' ? by : null,
    });
  });
  return out;
}

/** Parses brat standoff: `T` rows are spans, `E` rows relations; other rows (notes, discards) are kept out. */
export function parseAnn(path: string, ann: string, textLength: number): GoldAttribution[] {
  const spans = new Map<string, { label: string; ranges: Range[] }>();
  const relations: Array<{ id: string; args: Map<string, string>; line: number }> = [];
  ann.split(/\r?\n/u).forEach((row, i) => {
    if (row.trim() === '') return;
    const line = i + 1;
    const cells = row.split('\t');
    const id = cells[0]!;
    // A span's text may hold line breaks: its continuation lines are not records.
    if (cells.length < 2 || !/^[A-Z#]\d*$/u.test(id)) return;
    if (id.startsWith('T')) {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/u.exec(cells[1] ?? '');
      if (!match)
        throw new EvalInputError(
          path,
          line,
          `span ${id} is not “Label start end[;start end]”`,
          'Fix the row or re-export it from brat',
        );
      const ranges = match[2]!.split(';').map((r) => {
        const [start, end] = r.split(' ').map(Number) as [number, number];
        if (!(start <= end && end <= textLength))
          throw new EvalInputError(
            path,
            line,
            `span ${id} (${start}–${end}) lies outside the text (${textLength} characters)`,
            'Check that the .ann belongs to this .txt',
          );
        return { start, end };
      });
      spans.set(id, { label: match[1]!, ranges });
    } else if (id.startsWith('E')) {
      const args = new Map(
        (cells[1] ?? '')
          .split(' ')
          .filter(Boolean)
          .map((a) => a.split(':') as [string, string]),
      );
      relations.push({ id, args, line });
    }
  });
  return relations.map(({ id, args, line }) => {
    const get = (role: string) => {
      const ref = args.get(role);
      if (ref === undefined) return null;
      const span = spans.get(ref);
      if (!span)
        throw new EvalInputError(
          path,
          line,
          `relation ${id} refers to ${ref}, which is not defined`,
          'Fix the relation or add the span',
        );
      return span.ranges;
    };
    const contents = [...args.keys()].filter((k) => /^Content\d*$/u.test(k)).map((k) => get(k)!);
    return { id, source: get('Source'), cue: get('Cue'), contents, line };
  });
}
