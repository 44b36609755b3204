import type { Command } from 'commander';
import type { VotingRule } from '../../domain/types.js';
import { validateVotingRule } from '../../domain/vote-weights.js';
import { updateOrganisationSettings } from '../../store/repositories/organisations.js';
import { withContext } from '../context.js';
import { readInputFile } from '../read-input-file.js';

const RULE_KINDS: VotingRule['kind'][] = ['equal', 'seats', 'inhabitant-bands', 'proportional'];

export function describeVotingRule(rule: VotingRule & { example?: boolean }): string {
  const lines: string[] = [];
  if (rule.example)
    lines.push('LET OP: dit is een voorbeeldtabel, niet de statutaire tabel van de vereniging.');
  if (rule.kind === 'equal') lines.push('Ieder lid heeft één stem.');
  if (rule.kind === 'seats') lines.push('Het gewicht is het aantal zetels.');
  if (rule.kind === 'proportional')
    lines.push(`Eén stem per ${rule.per.toLocaleString('nl-NL')} inwoners (minstens één).`);
  if (rule.kind === 'inhabitant-bands') {
    let from = 0;
    for (const band of rule.bands) {
      const upTo = band.upTo?.toLocaleString('nl-NL');
      const range =
        band.upTo === null
          ? `meer dan ${from.toLocaleString('nl-NL')} inwoners`
          : from === 0
            ? `t/m ${upTo} inwoners`
            : `${(from + 1).toLocaleString('nl-NL')} t/m ${upTo} inwoners`;
      lines.push(`${range.padEnd(36)} ${band.weight} ${band.weight === 1 ? 'stem' : 'stemmen'}`);
      from = band.upTo ?? from;
    }
  }
  return lines.join('\n');
}

export function registerVotingRule(program: Command): void {
  const command = program
    .command('voting-rule')
    .description('Toont of vervangt de stemwegingsregel van de organisatie');
  command
    .command('show')
    .description('Toont de huidige regel')
    .option('--json', 'als JSON')
    .action(async (options: { json?: boolean }) =>
      withContext(async ({ organisation }) => {
        const rule = organisation.settings.votingRule;
        console.log(options.json ? JSON.stringify(rule, null, 2) : describeVotingRule(rule));
      }),
    );
  command
    .command('set')
    .argument('<bestand>', 'JSON-bestand met de regel, bijvoorbeeld {"kind":"inhabitant-bands","bands":[…]}')
    .description('Vervangt de regel (wordt gecontroleerd en in de audittrail vastgelegd)')
    .action(async (file: string) =>
      withContext(async ({ db, organisation }) => {
        let rule: VotingRule;
        const text = readInputFile(file).toString('utf8');
        try {
          rule = JSON.parse(text);
        } catch (error) {
          throw new Error(
            `${file} is geen leesbaar JSON-bestand: ${error instanceof Error ? error.message : error}`,
          );
        }
        // The domain validates the figures; the shape of the file is checked here.
        if (!rule || !RULE_KINDS.includes(rule.kind))
          throw new Error(`${file}: "kind" moet een van ${RULE_KINDS.join(', ')} zijn`);
        if (rule.kind === 'inhabitant-bands' && !Array.isArray(rule.bands))
          throw new Error(
            `${file}: "bands" moet een lijst van {"upTo": getal of null, "weight": getal} zijn`,
          );
        validateVotingRule(rule);
        await updateOrganisationSettings(db, {
          id: organisation.id,
          settings: { ...organisation.settings, votingRule: rule },
          actor: { id: null, label: 'beheerder (cli)' },
        });
        console.log(`Nieuwe stemwegingsregel voor ${organisation.name}:\n${describeVotingRule(rule)}`);
      }),
    );
}
