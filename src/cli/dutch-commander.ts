import { type Argument, type Command, Help, type Option } from 'commander';

/** Commander's headings, in Dutch. */
const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Arguments:': 'Argumenten:',
  'Options:': 'Opties:',
  'Global Options:': 'Algemene opties:',
  'Commands:': 'Opdrachten:',
};

const inDutchUsage = (usage: string) =>
  usage.replace('[options]', '[opties]').replace('[command]', '[opdracht]');

/** "(keuze uit: "pdf", "docx"; standaard: "pdf")" after an option or argument. */
function extras(item: Option | Argument, description: string, showDefault: boolean): string {
  const parts: string[] = [];
  if (item.argChoices) parts.push(`keuze uit: ${item.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
  if (item.defaultValue !== undefined && showDefault)
    parts.push(`standaard: ${item.defaultValueDescription ?? JSON.stringify(item.defaultValue)}`);
  if ('envVar' in item && item.envVar !== undefined) parts.push(`omgevingsvariabele: ${item.envVar}`);
  if (parts.length === 0) return description;
  return description ? `${description} (${parts.join('; ')})` : `(${parts.join('; ')})`;
}

/** Commander's own error messages (unknown option, missing argument…), in Dutch. */
const ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '([^']*)'/, (flag) => `fout: onbekende optie '${flag}'`],
  [/^error: unknown command '([^']*)'/, (name) => `fout: onbekende opdracht '${name}'`],
  [/^error: missing required argument '([^']*)'/, (name) => `fout: het argument '${name}' ontbreekt`],
  [
    /^error: option '([^']*)' argument missing/,
    (flags) => `fout: de optie '${flags}' heeft een waarde nodig`,
  ],
  [/^error: required option '([^']*)' not specified/, (flags) => `fout: de optie '${flags}' is verplicht`],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\.(?: Allowed choices are (.*)\.)?/,
    (flags, value, choices) =>
      `fout: '${value}' is geen geldige waarde voor '${flags}'${choices ? `; kies uit ${choices}` : ''}`,
  ],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (name, expected, got) =>
      `fout: te veel argumenten${name ? ` voor '${name}'` : ''}: ${expected} verwacht, ${got} gekregen`,
  ],
  [/\(Did you mean one of (.*)\?\)/, (names) => `(Bedoelt u een van ${names}?)`],
  [/\(Did you mean (.*)\?\)/, (name) => `(Bedoelt u ${name}?)`],
];

export function translateCommanderError(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, dutch] of ERRORS) {
        const match = pattern.exec(line);
        if (match) return line.replace(match[0], dutch(...match.slice(1).map((g) => g ?? '')));
      }
      return line;
    })
    .join('\n');
}

/**
 * Help, usage, errors and the version in Dutch, for the program and every sub-command registered after
 * this call (commander copies these settings to the commands it creates).
 */
export function speakDutch(program: Command, version: string): Command {
  const helper = new Help();
  return program
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      commandUsage: (cmd) => inDutchUsage(helper.commandUsage(cmd)),
      subcommandTerm: (cmd) => inDutchUsage(helper.subcommandTerm(cmd).replace(' [options]', ' [opties]')),
      optionDescription: (option) =>
        extras(
          option,
          option.description,
          option.required ||
            option.optional ||
            (option.isBoolean() && typeof option.defaultValue === 'boolean'),
        ),
      argumentDescription: (argument) => extras(argument, argument.description, true),
    })
    .configureOutput({
      outputError: (text, write) => write(translateCommanderError(text)),
    })
    .helpOption('-h, --help', 'toont de hulp bij deze opdracht')
    .helpCommand('help [opdracht]', 'toont de hulp bij een opdracht')
    .version(version, '-V, --version', 'toont het versienummer');
}
