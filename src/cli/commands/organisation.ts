import type { Command } from 'commander';
import { organisationKind } from '../../domain/vocabulary/index.js';
import { createOrganisationOfKind } from '../../services/organisations/create-organisation.js';
import { listOrganisations, updateOrganisationProfile } from '../../store/repositories/organisations.js';
import { withContext } from '../context.js';
import { readInputFile } from '../read-input-file.js';

const MAX_LOGO_BYTES = 512 * 1024;

/** PNG or JPEG, from the bytes: the reports embed the logo as it is. */
function logoType(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export function registerOrganisation(program: Command): void {
  // The subcommands have options of the same name (--name): the command's own only count before them.
  const command = program.command('organisation').enablePositionalOptions();
  command
    .command('create')
    .description('Maakt een organisatie aan: een vereniging, gemeenteraad, Provinciale Staten of waterschap')
    .requiredOption('--kind <soort>', 'vereniging, gemeenteraad, provinciale-staten of waterschap')
    .requiredOption('--name <naam>', 'bijvoorbeeld "Gemeenteraad van Lindenhout"')
    .requiredOption('--slug <slug>', 'korte naam in het adres: /o/{slug}/')
    .action(async (options: { kind: string; name: string; slug: string }) =>
      withContext(async ({ db }) => {
        const created = await createOrganisationOfKind(db, {
          ...options,
          actor: { id: null, label: 'beheerder (cli)' },
        });
        console.log(
          `${organisationKind.label(created.kind ?? 'vereniging')} "${created.name}" aangemaakt: /o/${created.slug}/`,
        );
      }),
    );
  command
    .command('list')
    .description('Toont de organisaties van deze installatie')
    .action(async () =>
      withContext(async ({ db, organisation }) => {
        for (const org of await listOrganisations(db))
          console.log(
            `${org.slug}\t${organisationKind.label(org.kind ?? 'vereniging')}\t${org.name}${org.id === organisation.id ? '\t(standaard)' : ''}`,
          );
      }),
    );
  command
    .description('Toont of wijzigt naam en logo van de organisatie (zoals op de rapporten)')
    .option('--name <naam>', 'nieuwe naam, bijvoorbeeld "Vereniging van Nederlandse Gemeenten"')
    .option('--logo <bestand>', 'logo als PNG of JPEG (hoogstens 512 kB)')
    .option('--no-logo', 'logo verwijderen')
    .action(async (options: { name?: string; logo?: string | false }) =>
      withContext(async ({ db, organisation }) => {
        let logo: { mediaType: 'image/png' | 'image/jpeg'; base64: string } | null | undefined;
        if (typeof options.logo === 'string') {
          const bytes = readInputFile(options.logo);
          const type = logoType(bytes);
          if (!type) throw new Error(`${options.logo} is geen PNG- of JPEG-bestand`);
          if (bytes.length > MAX_LOGO_BYTES)
            throw new Error(
              `${options.logo} is te groot (${Math.round(bytes.length / 1024)} kB); hoogstens 512 kB`,
            );
          logo = { mediaType: type, base64: bytes.toString('base64') };
        } else if (options.logo === false) logo = null;
        const name = options.name?.trim();
        if (options.name !== undefined && !name) throw new Error('De naam mag niet leeg zijn');
        const updated =
          name !== undefined || logo !== undefined
            ? await updateOrganisationProfile(db, {
                id: organisation.id,
                name,
                logo,
                actor: { id: null, label: 'beheerder (cli)' },
              })
            : organisation;
        console.log(`Organisatie: ${updated.name}`);
        console.log(
          `Logo: ${updated.settings.logo ? `ingesteld (${updated.settings.logo.mediaType})` : 'geen'}`,
        );
      }),
    );
}
