import { readFileSync } from 'node:fs';

/** The bytes of a file named on the command line; a file that cannot be read is one Dutch error that names it. */
export function readInputFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${file} bestaat niet`);
    if (code === 'EISDIR') throw new Error(`${file} is een map, geen bestand`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new Error(`${file} kan niet worden gelezen: geen leesrechten`);
    throw new Error(`${file} kan niet worden gelezen: ${(error as Error).message}`);
  }
}
