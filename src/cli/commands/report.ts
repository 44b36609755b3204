import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { loadAccountabilityReport, type RoundSelector } from '../../report/load-accountability-report.js';
import { loadMotionHistory } from '../../report/load-motion-history.js';
import type { ReportFormat } from '../../report/model.js';
import type { HistoryFormat } from '../../report/render-report.js';
import {
  HISTORY_FORMATS,
  REPORT_FORMATS,
  renderAccountabilityReport,
  renderMotionHistory,
  suggestReportFileName,
} from '../../report/render-report.js';
import { withContext } from '../context.js';

/** Writes to the file, or to standard output for "-". */
async function deliver(bytes: Uint8Array, output: string): Promise<void> {
  if (output === '-') {
    process.stdout.write(bytes);
    return;
  }
  await writeFile(output, bytes);
  console.error(`Geschreven: ${output} (${bytes.length} bytes)`);
}

type VerantwoordingOptions = { meeting?: string; round?: string; format: ReportFormat; output?: string };

export async function writeAccountabilityReport(options: VerantwoordingOptions): Promise<void> {
  if (!options.meeting === !options.round)
    throw new Error('Geef precies één van --meeting JJJJ-MM-DD of --round ID op');
  const selector: RoundSelector = options.round
    ? { roundId: options.round }
    : { meetingDate: options.meeting! };
  await withContext(async (ctx) => {
    const model = await loadAccountabilityReport(ctx.db, ctx.organisation.id, selector);
    const rendered = await renderAccountabilityReport(model, options.format);
    await deliver(rendered.bytes, options.output ?? suggestReportFileName(model, options.format));
  });
}

export async function writeMotionHistory(options: {
  motion: string;
  format: HistoryFormat;
  output?: string;
}) {
  await withContext(async (ctx) => {
    const history = await loadMotionHistory(ctx.db, ctx.organisation.id, options.motion);
    const rendered = await renderMotionHistory(history, options.format);
    await deliver(rendered.bytes, options.output ?? `geschiedenis-motie-${options.motion}.${options.format}`);
  });
}

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('Maakt documenten: verantwoordingsrapport, geschiedenis van een motie');
  report
    .command('verantwoording')
    .description(
      'Verantwoording over uitvoering moties van de ronde bij een vergadering (Word, PDF, HTML of CSV)',
    )
    .option('--meeting <datum>', 'datum van de vergadering (JJJJ-MM-DD)')
    .option('--round <id>', 'id van de verantwoordingsronde (in plaats van --meeting)')
    .addOption(new Option('--format <formaat>', 'uitvoerformaat').choices([...REPORT_FORMATS]).default('pdf'))
    .option(
      '-o, --output <bestand>',
      'uitvoerbestand, "-" voor standaarduitvoer (standaard: een naam met de datum)',
    )
    .action(writeAccountabilityReport);
  report
    .command('geschiedenis')
    .description('Geschiedenis van één motie: statuswijzigingen, stemmingen en verantwoordingen met datum')
    .requiredOption('--motion <id>', 'id van de motie')
    .addOption(
      new Option('--format <formaat>', 'uitvoerformaat').choices([...HISTORY_FORMATS]).default('pdf'),
    )
    .option('-o, --output <bestand>', 'uitvoerbestand, "-" voor standaarduitvoer')
    .action(writeMotionHistory);
}
