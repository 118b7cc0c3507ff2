import { existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsPDF } from 'jspdf';
import { writeFileAtomic } from '../../electron/main/store/atomic-write';
import { exportPresets, paperSizes } from '../../shared/export/export-settings';
import type { LogoError } from '../../shared/export/logo';
import { maxLogoBytes, maxLogoPixels, maxLogoSide, verifyLogo } from '../../shared/export/logo';
import { isNewerVersion } from '../../shared/model/codec';
import { languages, SCHEMA_VERSION } from '../../shared/model/workshop';
import { exportWorkshopPdf } from '../../renderer/src/export/pdf/export-pdf';
import type { FontFaceName } from '../../renderer/src/export/pdf/font-source';
import { hostFontSource } from '../../renderer/src/export/pdf/font-source-host';
import type { DiagramPicture, HandoutOptions, PdfImage } from '../../renderer/src/export/pdf/handout';
import { notesDiagramSources } from '../../renderer/src/export/pdf/notes-section';
import type { Workshop } from '../../shared/model/workshop';
import type { CliCommand, CliIo } from '../command';
import { drawDiagramsInChromium, findChromium, findDiagramPage } from '../diagrams/chromium-diagrams';
import { errorText } from '../error-text';
import { readWorkshop } from '../read-workshop';

const usage = 'export-pdf <file.groundwork> --out <file.pdf> [--lang en|zh-CN] [--preset handout|full] [--paper a4|letter] [--org <name>] [--logo <file.png|jpg>] [--marking <text>]';
const fontFiles: Record<FontFaceName, string> = { regular: 'LXGWWenKai-Regular.ttf', bold: 'LXGWWenKai-Bold.ttf' };

/** A failure the user can act on: the message and the exit status (1: input or output, 2: usage). */
class CliFailure extends Error {
  constructor(message: string, readonly status: 1 | 2 = 1) {
    super(message);
  }
}

/**
 * The fonts the app ships, found from this module: out/cli/index.mjs (the bundle) → out/renderer/fonts,
 * or the sources (cli/commands/ in tests) → renderer/public/fonts.
 */
export function findFontFolder(from: string = path.dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from, up = 0; up < 4; dir = path.dirname(dir), up++) {
    for (const candidate of [path.join(dir, 'renderer', 'public', 'fonts'), path.join(dir, 'out', 'renderer', 'fonts'), path.join(dir, 'renderer', 'fonts')]) {
      if (existsSync(path.join(candidate, fontFiles.regular)) && existsSync(path.join(candidate, fontFiles.bold))) return candidate;
    }
  }
  return null;
}

const oneOf = <T extends string>(name: string, values: readonly T[], value: string | undefined): T | undefined => {
  if (value === undefined) return undefined;
  const found = values.find((v) => v === value);
  if (!found) throw new CliFailure(`--${name} must be one of ${values.join(', ')} (got "${value}")`, 2);
  return found;
};

function parse(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, lang: { type: 'string' }, preset: { type: 'string' }, paper: { type: 'string' }, org: { type: 'string' }, logo: { type: 'string' }, marking: { type: 'string' } },
    });
  } catch (error) {
    throw new CliFailure(error instanceof Error ? error.message : String(error), 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliFailure(positionals.length === 0 ? 'which workshop file? (give one .groundwork file)' : `one workshop file at a time (got ${positionals.length})`, 2);
  if (!values.out) throw new CliFailure('--out <file.pdf> is required', 2);
  // A PDF written over a workshop (or a template) would destroy it: --out names the PDF, never a workshop file.
  if (/\.groundwork(-template)?$/i.test(values.out)) throw new CliFailure(`--out ${values.out} is a workshop file: give a .pdf file name`, 2);
  return {
    input: positionals[0] ?? '',
    out: values.out,
    language: oneOf('lang', languages, values.lang),
    preset: oneOf('preset', exportPresets, values.preset) ?? 'handout',
    paper: oneOf('paper', paperSizes, values.paper) ?? 'a4',
    organisation: values.org,
    logo: values.logo,
    marking: values.marking,
  };
}

const logoProblems: Record<LogoError, string> = {
  'too-large': `larger than ${maxLogoBytes / 1024 / 1024} MB`,
  'too-many-pixels': 'too many pixels',
  'not-an-image': 'not a PNG or JPEG image',
  unreadable: 'an image that cannot be read',
  empty: 'empty',
};

const logoProblem = (error: LogoError, detail?: string): string => {
  const limit = error === 'too-many-pixels' ? `; at most ${maxLogoSide} on a side and ${maxLogoPixels / 1_000_000} megapixels` : '';
  return detail ? `${logoProblems[error]} (${detail}${limit})` : logoProblems[error];
};

/**
 * The organisation's logo for the cover and the headers, checked as the app checks a picked logo
 * (`verifyLogo`: a PNG or JPEG of at most 1 MB and 4096 pixels a side, its image data whole), then
 * tried in the PDF engine itself: a logo it cannot draw is refused here, by name, before anything
 * is made or written.
 */
async function readLogo(file: string): Promise<PdfImage> {
  let bytes: Uint8Array;
  try {
    const stats = await fsp.stat(file);
    if (stats.size > maxLogoBytes) throw new CliFailure(`--logo ${file}: ${logoProblem('too-large')}`);
    bytes = new Uint8Array(await fsp.readFile(file));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`--logo ${file}: cannot read it: ${reason(error)}`);
  }
  const check = await verifyLogo(bytes);
  if (!check.ok) throw new CliFailure(`--logo ${file}: ${logoProblem(check.error, check.detail)}`);
  try {
    new jsPDF().addImage(bytes, check.format, 0, 0, 1, 1);
  } catch (error) {
    throw new CliFailure(`--logo ${file}: ${logoProblem('unreadable', reason(error))}`);
  }
  return { bytes, format: check.format, width: check.width, height: check.height };
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The workshop, read as `validate` and the app read it; refused with the same message `validate` gives. */
async function readInput(file: string, io: CliIo): Promise<Workshop> {
  const decoded = await readWorkshop(file);
  if (!decoded.ok) throw new CliFailure(`${file}: ${errorText(decoded.error)}`);
  if (isNewerVersion(decoded.value)) {
    io.err(`note: ${file} is file version ${decoded.value.fromVersion}, newer than this app (${SCHEMA_VERSION}): fields this version does not know are not in the PDF`);
  }
  return decoded.value.doc;
}

/** Whether two paths name one file: the same real path, or (hard links) the same device and inode. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([fsp.stat(a, { bigint: true }).catch(() => null), fsp.stat(b, { bigint: true }).catch(() => null)]);
  if (!statA || !statB) return false;
  if (statA.ino !== 0n && statA.dev === statB.dev && statA.ino === statB.ino) return true;
  const [realA, realB] = await Promise.all([fsp.realpath(a).catch(() => a), fsp.realpath(b).catch(() => b)]);
  return path.resolve(realA) === path.resolve(realB);
}

/**
 * Fails before anything is read or made when the PDF could not, or must not, be written: over one
 * of its own inputs (the workshop or the logo, by whatever path), no such folder, not writable, a
 * folder in the way.
 */
async function checkOutput(out: string, inputs: { file: string; what: string }[]): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(out, input.file)) throw new CliFailure(`--out ${out} is the ${input.what} file itself: give another file name for the PDF`);
  }
  try {
    const stats = await fsp.stat(out).catch(() => null);
    if (stats?.isDirectory()) throw new Error('it is a folder');
    await fsp.access(path.dirname(path.resolve(out)), fsp.constants.W_OK);
  } catch (error) {
    throw new CliFailure(`cannot write ${out}: ${reason(error)}`);
  }
}

/** Diagrams drawn per export at most, as in the app; any beyond get the PDF's placeholder. */
const maxDiagrams = 60;

/**
 * The notes' Mermaid diagrams, drawn in headless Chromium by the app's renderer; without Chromium
 * (or its page) the PDF shows each as a labelled placeholder with its source, and stderr says why.
 */
async function drawDiagrams(doc: Workshop, io: CliIo): Promise<DiagramPicture[] | undefined> {
  const sources = [...new Set(doc.stages.flatMap((s) => (s.kind === 'notes' ? notesDiagramSources(s) : [])))].filter(Boolean).slice(0, maxDiagrams);
  if (sources.length === 0) return undefined;
  const placeholders = `the ${sources.length === 1 ? 'diagram is a placeholder' : `${sources.length} diagrams are placeholders`} showing the Mermaid source`;
  const executable = findChromium();
  if (!executable) {
    io.err(`note: no Chromium found (set GW_CHROMIUM to its path, or install /usr/bin/chromium): ${placeholders}`);
    return undefined;
  }
  const page = findDiagramPage();
  if (!page) {
    io.err(`note: the diagram page is not built (run \`npm run build:cli\`): ${placeholders}`);
    return undefined;
  }
  const drawn = await drawDiagramsInChromium(sources, { executable, page });
  if (!drawn.ok) {
    io.err(`note: ${drawn.reason}: ${placeholders}`);
    return undefined;
  }
  return drawn.pictures;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const started = performance.now();
  const options = parse(args);
  await checkOutput(options.out, [{ file: options.input, what: 'workshop' }, ...(options.logo ? [{ file: options.logo, what: 'logo' }] : [])]);
  const doc = await readInput(options.input, io);
  const logo = options.logo ? await readLogo(options.logo) : undefined;
  const folder = findFontFolder();
  if (!folder) throw new CliFailure('the PDF fonts were not found (run `npm run build`, or run from the source tree)');
  const fonts = hostFontSource(async (face) => new Uint8Array(await fsp.readFile(path.join(folder, fontFiles[face]))));
  const diagrams = await drawDiagrams(doc, io);
  const handoutOptions: HandoutOptions = {
    preset: options.preset,
    language: options.language ?? doc.language,
    paper: options.paper,
    ...(options.organisation ? { organisation: options.organisation } : {}),
    ...(logo ? { logo } : {}),
    ...(options.marking ? { marking: options.marking } : {}),
    ...(diagrams ? { diagrams } : {}),
  };
  const result = await exportWorkshopPdf(doc, handoutOptions, fonts);
  try {
    await writeFileAtomic(options.out, result.bytes);
  } catch (error) {
    throw new CliFailure(`cannot write ${options.out}: ${reason(error)}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`${options.out}: ${result.pageCount} pages, ${Math.round(result.bytes.length / 1024)} KB, ${handoutOptions.language}, ${options.preset}, ${options.paper.toUpperCase()} (${seconds} s)`);
  if (result.missingGlyphs.length > 0) io.err(`warning: not in the PDF font, printed as □: ${result.missingGlyphs.join(' ')}`);
  return 0;
}

/** `groundwork export-pdf`: the handout PDF of a workshop file, made by the app's own PDF engine. */
export const exportPdfCommand: CliCommand = {
  name: 'export-pdf',
  summary: 'Write the PDF handout of a workshop file',
  usage,
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      io.err(`groundwork export-pdf: ${error.message}`);
      if (error.status === 2) io.err(`usage: groundwork ${usage}`);
      return error.status;
    }
  },
};
