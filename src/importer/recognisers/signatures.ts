import type { MunicipalityIndex } from '../municipalities.js';
import { splitListMarker } from '../normalise/line-shapes.js';
import { splitSubmitters } from '../submitters.js';
import type { LogicalLine, SignerRecord } from '../types.js';

/** What follows a motion's clauses: signatures, co-submitters, explanation, outcome, votes. */
export type SignatureBlock = {
  signers: SignerRecord[];
  /** "Indiener(s): …" written under the motion. */
  submitters: string[];
  coSubmitters: string[];
  coMembers: { name: string; code: string | null }[];
  explanation: string | null;
  /** Lines that state the outcome ("Status" + "Verworpen", "Uitslag: aangenomen met 98%"). */
  outcome: string[];
  votes: { for: string[]; against: string[] } | null;
};

const PARTY_WORDS =
  /\b(?:partij|fractie|lijst|groep|belang(?:en)?|gemeentebelangen|burgerbelang|leefbaar|lokaal|progressief|onafhankelijk|christenunie|groenlinks|groen\s+links|democraten|democratie|dieren|liberalen|socialisten)\b/iu;
/** Party abbreviations: "VVD", "D66", "PvdA", "GL", "JA21", "50PLUS", also with a region ("PVV Noord-Brabant"). */
function isAcronym(text: string): boolean {
  const [token, ...rest] = text.split(/\s+/);
  if (!/^[\p{L}\d/-]{2,8}$/u.test(token) || (token.match(/[\p{Lu}\d]/gu)?.length ?? 0) < 2) return false;
  return rest.length <= 2 && rest.every((word) => /^\p{Lu}[\p{L}-]+$/u.test(word));
}
const PARTICLES = /^(?:van|de|der|den|het|ten|ter|te|in|op|'t|’t|la|le|du|da|dos|el|al|bin|von|zu|und)$/iu;
/** "Ondertekenaars:", "Het lid van de gemeenteraad," — possibly followed by the first names on the same line. */
const SIGNING_HEADER =
  /^(?:ondertekend(?:\s+door)?|ondertekening|ondertekenaars?|handtekening(?:en)?|namens\b[^,:]*|(?:het|de)\s+(?:lid|leden)\s+(?:van\s+)?(?:de\s+)?(?:gemeenteraad|raad|provinciale\s+staten|staten|kamer)\b[^,:]*)\s*(?:[,:]\s*|$)/iu;
const SUBMITTERS_LABEL = /^(?:indieners?|ingediend\s+door)\s*:?\s*/iu;
export const CO_SUBMITTERS_LABEL = /^(?:mede-?\s?indieners?|mede\s+ingediend\s+door|mede\s+namens)\s*:?\s*/iu;
const EXPLANATION_LABEL = /^toelichting\b\s*:?\s*/iu;
const OUTCOME_LABEL =
  /^(?:status|besluit|resultaat|uitslag(?:\s+stemming)?|stemming|stemuitslag|stemverhouding|pre-?advies(?:\s+\p{L}+)*)\s*:?\s*(.*)$/iu;
const OUTCOME_WORD = /^(?:aangenomen|verworpen|ingetrokken|aangehouden|afgedaan|overgenomen|akkoord\b)/iu;
const VOTES_LABEL = /^(voor|tegen)\s*:?\s*(.*)$/iu;

export function isPartyName(text: string): boolean {
  const clean = text.trim();
  if (!clean || clean.length > 60) return false;
  if (PARTY_WORDS.test(clean)) return true;
  return isAcronym(clean);
}

/** A person's name as signatories write it: "Luuk Folkerts", "J.F.W. van Lammeren", "Wassenberg". */
export function isPersonName(text: string): boolean {
  const clean = text.trim();
  if (!clean || clean.length > 50 || /[:;!?]$|\.$(?<!\b\p{Lu}\.)/u.test(clean)) return false;
  const words = clean.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((word) => PARTICLES.test(word) || /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)+,?$/u.test(word));
}

/** "Jan Jansen (VVD)", "Jan Jansen, VVD" → name and party. */
function splitNameParty(text: string): SignerRecord | null {
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracket && isPersonName(bracket[1])) return { name: bracket[1].trim(), party: bracket[2].trim() };
  if (isPersonName(text) && !isPartyName(text)) return { name: text, party: null };
  return null;
}

/** Names on one line separated by commas or semicolons ("Jan Jansen (VVD), Fatima el Amrani (GroenLinks)"). */
function signersOnLine(text: string): SignerRecord[] | null {
  const parts = text.split(/\s*;\s*|\s*,\s*(?=\p{Lu})/u).filter(Boolean);
  const signers = parts.map(splitNameParty);
  return signers.every((signer) => signer !== null) ? (signers as SignerRecord[]) : null;
}

function listValues(text: string): string[] {
  return text
    .split(/\s*,\s*/)
    .map((value) => value.trim())
    .filter(Boolean);
}

/**
 * The block after a motion's clauses, up to `end`: names (one per line, bullets, "Name (Party)", or
 * name/party line pairs), "Indieners:"/"Mede-indieners:" lines, "Toelichting" as text, and the outcome
 * block of council and party websites ("Status" / "Verworpen" / "Voor" / "Tegen"). A sentence ends the
 * signatures; the explanation runs to the next label.
 */
export function readSignatureBlock(
  lines: LogicalLine[],
  start: number,
  end: number,
  municipalities: MunicipalityIndex,
): SignatureBlock {
  const block: SignatureBlock = {
    signers: [],
    submitters: [],
    coSubmitters: [],
    coMembers: [],
    explanation: null,
    outcome: [],
    votes: null,
  };
  const explanation: string[] = [];
  let mode: 'names' | 'explanation' | 'co' | 'done' = 'names';
  let namesClosed = false;
  for (let i = start; i < end; i++) {
    const raw = lines[i].text;
    const text = splitListMarker(raw).text.trim() || raw;
    const co = CO_SUBMITTERS_LABEL.exec(text);
    if (co) {
      // "gemeente Deventer gemeente Kampen" (one per line, joined by the normaliser): one name each.
      const value = text.slice(co[0].length).replace(/(\S)\s+(?=gemeenten?\s)/giu, '$1, ');
      const split = splitSubmitters(value, municipalities);
      block.coSubmitters.push(...split.names);
      block.coMembers.push(...split.members);
      mode = split.names.length === 0 ? 'co' : 'names';
      continue;
    }
    const submitters = SUBMITTERS_LABEL.exec(text);
    if (submitters && text.length > submitters[0].length) {
      block.submitters.push(...splitSubmitters(text.slice(submitters[0].length), municipalities).names);
      continue;
    }
    const explanationLabel = EXPLANATION_LABEL.exec(text);
    if (explanationLabel) {
      mode = 'explanation';
      const rest = text.slice(explanationLabel[0].length);
      if (rest) explanation.push(rest);
      continue;
    }
    const outcome = OUTCOME_LABEL.exec(text);
    if (outcome && (outcome[1] || /^[\p{L}-]+\s*:?$/u.test(text))) {
      const value = outcome[1] || lines[i + 1]?.text || '';
      if (!outcome[1]) i++;
      if (!VOTES_LABEL.test(value)) block.outcome.push(`${text.replace(/:?\s*$/, '')}: ${value}`);
      else i--;
      mode = 'done';
      continue;
    }
    const votes = VOTES_LABEL.exec(text);
    if (votes && (votes[2] || i + 1 < end)) {
      const side = votes[1].toLowerCase() === 'voor' ? 'for' : 'against';
      let value = votes[2];
      if (
        !value &&
        lines[i + 1] &&
        !VOTES_LABEL.test(lines[i + 1].text) &&
        !OUTCOME_LABEL.test(lines[i + 1].text)
      ) {
        value = lines[i + 1].text;
        i++;
      }
      block.votes ??= { for: [], against: [] };
      if (block.votes[side].length === 0) block.votes[side] = listValues(value);
      mode = 'done';
      continue;
    }
    if (OUTCOME_WORD.test(text) && text.length <= 80) {
      block.outcome.push(text);
      continue;
    }
    if (mode === 'explanation') {
      explanation.push(raw);
      continue;
    }
    const header = SIGNING_HEADER.exec(text);
    if (header) {
      mode = 'names';
      namesClosed = false;
      const rest = text.slice(header[0].length).trim();
      const names = rest ? signersOnLine(rest) : null;
      if (names) block.signers.push(...names);
      continue;
    }
    if (mode === 'co') {
      const split = splitSubmitters(text, municipalities);
      if (split.names.length > 0 && text.length <= 60) {
        block.coSubmitters.push(...split.names);
        block.coMembers.push(...split.members);
        continue;
      }
      mode = 'names';
    }
    if (mode !== 'names' || namesClosed) continue;
    const last = block.signers[block.signers.length - 1];
    if (last && last.party === null && isPartyName(text) && !isPersonName(text.replace(/\s+\S+$/, ''))) {
      last.party = text;
      continue;
    }
    if (
      last &&
      last.party === null &&
      isPartyName(text) &&
      block.signers.length > 0 &&
      lines[i - 1]?.text === last.name
    ) {
      last.party = text;
      continue;
    }
    const signers = signersOnLine(text);
    if (signers) block.signers.push(...signers);
    else if (block.signers.length > 0) namesClosed = true;
  }
  block.explanation = explanation.join('\n').trim() || null;
  return block;
}
