/** Results of a member poll (ledenpeiling): pure arithmetic over the answers, weighted or not, grouped or not. */

export type PollQuestionKind = 'single-choice' | 'multiple-choice' | 'scale' | 'open';
export type QuestionSpec = { id: string; text: string; kind: PollQuestionKind; options: string[] };
export type Respondent = {
  memberId: string;
  name: string;
  province: string | null;
  inhabitants: number | null;
  weight: number;
};
export type Answer = { questionId: string; memberId: string; value: string | string[] | number };

export type Grouping = 'none' | 'province' | 'size';

/** Size classes of municipalities by inhabitants (upper bounds inclusive). */
export const SIZE_CLASSES: { label: string; upTo: number | null }[] = [
  { label: 'tot 20.000 inwoners', upTo: 20_000 },
  { label: '20.000 tot 50.000 inwoners', upTo: 50_000 },
  { label: '50.000 tot 100.000 inwoners', upTo: 100_000 },
  { label: '100.000 tot 250.000 inwoners', upTo: 250_000 },
  { label: '250.000 inwoners of meer', upTo: null },
];

export function sizeClassOf(inhabitants: number | null): string {
  if (inhabitants === null) return 'onbekend';
  return SIZE_CLASSES.find((c) => c.upTo === null || inhabitants <= c.upTo)!.label;
}

export type OptionResult = { option: string; count: number; weight: number; share: number };
export type QuestionResult = {
  question: QuestionSpec;
  /** Respondents who answered this question, and their weight. */
  respondents: number;
  weight: number;
  /** Choice and scale questions: per option; a multiple-choice share can add up to more than 100. */
  options: OptionResult[];
  /** Scale questions: the (weighted) mean. */
  mean: number | null;
  /** Open questions: the texts with who wrote them. */
  texts: { memberId: string; name: string; text: string }[];
};
export type GroupResult = { group: string; results: QuestionResult[] };

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The values an answer stands for: one option, several, or a number on the scale. */
function valuesOf(value: Answer['value']): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [String(value)];
}

export function tallyQuestion(
  question: QuestionSpec,
  answers: Answer[],
  respondents: Map<string, Respondent>,
  weighted: boolean,
): QuestionResult {
  const mine = answers.filter((a) => a.questionId === question.id && respondents.has(a.memberId));
  const w = (memberId: string) => (weighted ? respondents.get(memberId)!.weight : 1);
  const totalWeight = mine.reduce((sum, a) => sum + w(a.memberId), 0);
  const result: QuestionResult = {
    question,
    respondents: mine.length,
    weight: totalWeight,
    options: [],
    mean: null,
    texts: [],
  };
  if (question.kind === 'open') {
    result.texts = mine
      .map((a) => ({ memberId: a.memberId, name: respondents.get(a.memberId)!.name, text: String(a.value) }))
      .filter((t) => t.text.trim() !== '')
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return result;
  }
  const counts = new Map(question.options.map((o) => [o, { count: 0, weight: 0 }]));
  let sum = 0;
  for (const a of mine) {
    for (const v of valuesOf(a.value)) {
      const c = counts.get(v);
      if (!c) continue;
      c.count += 1;
      c.weight += w(a.memberId);
    }
    if (question.kind === 'scale') sum += Number(valuesOf(a.value)[0]) * w(a.memberId);
  }
  result.options = question.options.map((option) => {
    const c = counts.get(option)!;
    const part = weighted ? c.weight : c.count;
    return {
      option,
      count: c.count,
      weight: c.weight,
      share: totalWeight === 0 ? 0 : round((part / totalWeight) * 100),
    };
  });
  if (question.kind === 'scale' && totalWeight > 0) result.mean = round(sum / totalWeight, 2);
  return result;
}

/** Every question's result, for all respondents or per province / size class (groups in Dutch alphabetical order). */
export function tallyPoll(options: {
  questions: QuestionSpec[];
  answers: Answer[];
  respondents: Respondent[];
  weighted: boolean;
  grouping: Grouping;
}): GroupResult[] {
  const groupOf = (r: Respondent) =>
    options.grouping === 'province'
      ? (r.province ?? 'onbekend')
      : options.grouping === 'size'
        ? sizeClassOf(r.inhabitants)
        : 'Alle gemeenten';
  const groups = new Map<string, Map<string, Respondent>>();
  for (const r of options.respondents) {
    const g = groupOf(r);
    if (!groups.has(g)) groups.set(g, new Map());
    groups.get(g)!.set(r.memberId, r);
  }
  const order =
    options.grouping === 'size'
      ? [...SIZE_CLASSES.map((c) => c.label), 'onbekend']
      : [...groups.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  return order
    .filter((g) => groups.has(g))
    .map((group) => ({
      group,
      results: options.questions.map((q) =>
        tallyQuestion(q, options.answers, groups.get(group)!, options.weighted),
      ),
    }));
}

/** "161 van 342 gemeenten" and the percentage. */
export function responseRate(
  respondents: number,
  audience: number,
): { respondents: number; audience: number; percentage: number } {
  return { respondents, audience, percentage: audience === 0 ? 0 : round((respondents / audience) * 100) };
}

/** Whether an answer fits its question; returns a Dutch message when not. */
export function checkAnswer(question: QuestionSpec, value: Answer['value'] | undefined): string | null {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (question.kind === 'open')
    return typeof value === 'string' && value.length <= 5000
      ? null
      : 'Uw antwoord is te lang: hoogstens 5000 tekens.';
  const values = valuesOf(value);
  if (question.kind !== 'multiple-choice' && values.length > 1) return 'Kies één antwoord.';
  return values.every((v) => question.options.includes(v)) ? null : 'Kies een antwoord uit de lijst.';
}
