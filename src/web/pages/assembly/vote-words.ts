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

export const choiceWord = (choice: string): string =>
  CHOICES.find((c) => c.value === choice)?.label.toLowerCase() ?? choice;
