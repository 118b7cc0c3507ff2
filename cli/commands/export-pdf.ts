import { existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../electron/main/store/atomic-write';
import { exportPresets, paperSizes } from '../../shared/export/export-settings';
import { checkLogo, maxLogoBytes } from '../../shared/export/logo';
import { parseWorkshopText } from '../../shared/model/codec';
import { limits } from '../../shared/model/limits';
import { languages } from '../../shared/model/workshop';
import { exportWorkshopPdf } from '../../renderer/src/export/pdf/export-pdf';
import type { FontFaceName } from '../../renderer/src/export/pdf/font-source';
import { hostFontSource } from '../../renderer/src/export/pdf/font-source-host';
import type { DiagramPicture, HandoutOptions, PdfImage } from '../../renderer/src/export/pdf/handout';
import { notesDiagramSources } from '../../renderer/src/export/pdf/notes-section';
import type { Workshop } from '../../shared/model/workshop';
import type { CliCommand, CliIo } from '../command';
import { drawDiagramsInChromium, findChromium, findDiagramPage } from '../diagrams/chromium-diagrams';

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

const logoErrors = { 'too-large': `larger than ${maxLogoBytes / 1024 / 1024} MB`, 'not-an-image': 'not a PNG or JPEG image', unreadable: 'an image that cannot be read', empty: 'empty' } as const;

/** The organisation's logo for the cover and the headers: a PNG or JPEG of at most 1 MB, checked by its bytes. */
async function readLogo(file: string): Promise<PdfImage> {
  let bytes: Uint8Array;
  try {
    const stats = await fsp.stat(file);
    if (stats.size > maxLogoBytes) throw new CliFailure(`${file}: ${logoErrors['too-large']}`);
    bytes = new Uint8Array(await fsp.readFile(file));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`cannot read ${file}: ${reason(error)}`);
  }
  const check = checkLogo(bytes);
  if (!check.ok) throw new CliFailure(`--logo ${file}: ${logoErrors[check.error]}`);
  return { bytes, format: check.format, width: check.width, height: check.height };
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readWorkshop(file: string) {
  let text: string;
  try {
    const stats = await fsp.stat(file);
    if (!stats.isFile()) throw new CliFailure(`${file}: not a file`);
    if (stats.size > limits.fileBytes) throw new CliFailure(`${file}: too-large — more than ${limits.fileBytes / 1024 / 1024} MB`);
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`cannot read ${file}: ${reason(error)}`);
  }
  const decoded = parseWorkshopText(text);
  if (!decoded.ok) {
    const { code, path: at, detail } = decoded.error;
    throw new CliFailure(`${file} is not a valid workshop file: ${code}${at ? ` at ${at}` : ''}${detail ? ` — ${detail}` : ''}`);
  }
  return decoded.value.doc;
}

/** Fails before the PDF is made when it could not be written: no such folder, not writable, a folder in the way. */
async function checkWritable(out: string): Promise<void> {
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
  const doc = await readWorkshop(options.input);
  const logo = options.logo ? await readLogo(options.logo) : undefined;
  await checkWritable(options.out);
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
