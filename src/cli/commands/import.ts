import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { analyseFiles, failureAsAnalysis, isFileFailure } from '../../importer/analyse-file.js';
import {
  describeAnalysis,
  describeOutcome,
  describePreview,
  presentPreview,
  summarise,
} from '../../importer/cli/describe-outcome.js';
import { EvaluationError, evaluateDirectory } from '../../importer/evaluate/evaluate.js';
import { formatEvaluation } from '../../importer/evaluate/report.js';
import { importFiles } from '../../importer/persist/import-file.js';
import { type ImportPreview, previewImports } from '../../importer/persist/preview-import.js';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../../store/database.js';
import { withContext } from '../context.js';

type ImportCommandOptions = {
  dryRun?: boolean;
  json?: boolean;
  originelen?: string;
  evaluate?: string;
  details?: boolean;
};

/** `--evaluate DIR`: the fidelity table for a folder of documents with `.expected.json` files; nothing is stored. */
async function evaluate(dir: string, options: ImportCommandOptions): Promise<boolean> {
  try {
    const evaluation = await evaluateDirectory(dir);
    if (options.json) process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
    else for (const line of formatEvaluation(evaluation, { details: options.details })) console.log(line);
    return true;
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    console.error(error.message);
    return false;
  }
}

/** The register to compare a dry run with: the configured database, or the default one when it exists. */
function registerToCompare(): boolean {
  if (process.env.DATABASE_URL) return true;
  const target = parseDatabaseUrl(DEFAULT_DATABASE_URL);
  return target.engine === 'sqlite' && existsSync(target.path);
}

/** What the files would do to the register (nothing is stored), or null when there is no register. */
async function previewAgainstRegister(files: string[]): Promise<ImportPreview[] | null> {
  if (!registerToCompare()) return null;
  return withContext(async (ctx) =>
    previewImports(
      ctx.db,
      { organisationId: ctx.organisation.id, actor: { id: null, label: 'import (cli)' } },
      files,
    ),
  );
}

async function dryRun(files: string[], json: boolean): Promise<boolean> {
  const results = await analyseFiles(files);
  const failed = results.some(isFileFailure);
  const previews = await previewAgainstRegister(files);
  if (json) {
    const documents = results.map((result, index) => {
      const analysis = isFileFailure(result) ? failureAsAnalysis(result) : result;
      return previews ? { ...analysis, register: presentPreview(previews[index]) } : analysis;
    });
    process.stdout.write(`${JSON.stringify(documents, null, 2)}\n`);
  } else {
    for (const [index, result] of results.entries()) {
      const lines = isFileFailure(result)
        ? [`${result.file}: mislukt (${result.error.code}): ${result.error.message}`]
        : describeAnalysis(result);
      if (previews?.[index]) lines.push(...describePreview(previews[index]));
      for (const line of lines) console.log(line);
    }
  }
  return !failed;
}

async function importForReal(files: string[], options: ImportCommandOptions): Promise<boolean> {
  return withContext(async (ctx) => {
    const writer = { organisationId: ctx.organisation.id, actor: { id: null, label: 'import (cli)' } };
    const bar =
      files.length > 1 && process.stderr.isTTY
        ? new SingleBar({ stream: process.stderr, format: 'Importeren [{bar}] {value}/{total} {file}' })
        : null;
    bar?.start(files.length, 0, { file: '' });
    const outcomes = await importFiles(ctx.db, writer, files, {
      documentsDir: options.originelen,
      onProgress: (done, outcome) => bar?.update(done, { file: outcome.file }),
    });
    bar?.stop();
    if (options.json) process.stdout.write(`${JSON.stringify(outcomes, null, 2)}\n`);
    else {
      for (const outcome of outcomes) for (const line of describeOutcome(outcome)) console.log(line);
      console.log(summarise(outcomes));
    }
    return outcomes.every((outcome) => outcome.status !== 'failed');
  });
}

/** `motiemonitor import FILE… [--dry-run] [--json]`: wired into the program by src/cli/main.ts. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Leest archiefdocumenten (PDF, Word, tekst) en neemt moties, resoluties, brieven en afspraken op',
    )
    .argument('[bestanden...]', 'de bestanden om te importeren')
    .option(
      '--dry-run',
      'alleen lezen en herkennen, en vergelijken met het register (als de database er is); niets opslaan',
    )
    .option('--json', 'uitvoer als JSON (met --dry-run: één object per bestand)')
    .option(
      '--originelen <map>',
      'map voor de originele bestanden (standaard DOCUMENTS_DIR of ./data/documents)',
    )
    .option(
      '--evaluate <map>',
      'meet hoe goed de documenten in de map gelezen worden tegen hun NAAM.expected.json (niets opslaan)',
    )
    .option('--details', 'met --evaluate: noem per document de waarden die niet goed gelezen zijn')
    .action(async (files: string[], options: ImportCommandOptions, command: Command) => {
      if (options.evaluate) {
        if (!(await evaluate(options.evaluate, options))) process.exitCode = 1;
        return;
      }
      if (files.length === 0) command.error('Geef een of meer bestanden op, of --evaluate MAP.');
      const ok = options.dryRun
        ? await dryRun(files, options.json === true)
        : await importForReal(files, options);
      if (!ok) process.exitCode = 1;
    });
}
