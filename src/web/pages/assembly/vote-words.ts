import { capitalise } from '../../../domain/vocabulary/capitalise.js';
export const VOTE_STATUS_WORDS: Record<string, string> = {
  created: 'voorbereid',
  open: 'geopend',
  closed: 'gesloten',
  published: 'gepubliceerd',
};

export const CHOICES = [
  { value: 'for', label: 'Voor' },
  { value: 'against', label: 'Tegen' },
  { value: 'abstain', label: 'Onthouding' },
];

/** The choices of a ballot: its alternatives ("Bestuursvoorstel", "Geamendeerd voorstel", "Tegen", "Onthouding"), else voor / tegen / onthouding. */
export const choicesOf = (
  alternatives: readonly { key: string; label: string }[] | null | undefined,
): { value: string; label: string }[] =>
  alternatives?.length ? alternatives.map((a) => ({ value: a.key, label: capitalise(a.label) })) : CHOICES;

export const choiceWord = (
  choice: string,
  alternatives?: readonly { key: string; label: string }[] | null,
): string =>
  choicesOf(alternatives)
    .find((c) => c.value === choice)
    ?.label.toLowerCase() ?? choice;
