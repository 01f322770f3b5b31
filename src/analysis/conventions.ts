// Document conventions: what a notice declares once and means from then on. GOLD.md "Roles":
// `列第一位者为牵头单位，下同` makes the first unit named in each clause the lead, from the clause
// that declares it to the end of the notice; clauses before it are unaffected. The state lives
// here, in one visible object the task stage carries through the notice, and nowhere else.

/** Remarks that declare the first-listed-leads convention (the remark itself names no unit). */
const FIRST_LISTED_LEADS = [
  /(?:第一|首)[位名个家]?(?:的|者)?(?:单位|部门)?(?:为|是)(?:牵头|主办|主责)/,
];

export function declaresFirstListedLeads(segment: string): boolean {
  return FIRST_LISTED_LEADS.some((re) => re.test(segment));
}

export interface ConventionState {
  /** From this clause on, the first unit named in a clause leads. */
  firstListedLeads: boolean;
}

export const initialConventions = (): ConventionState => ({ firstListedLeads: false });

export interface RoleLists { leadUnits: string[]; responsibleUnits: string[]; cooperatingUnits: string[] }

/**
 * Apply the conventions in force to one clause's units. Under first-listed-leads a clause that
 * names no lead gets its first unit as the lead; the rest stay responsible (or cooperating).
 */
export function applyConventions<T extends RoleLists>(units: T, state: ConventionState): T {
  if (!state.firstListedLeads || units.leadUnits.length) return units;
  const [first, ...rest] = units.responsibleUnits;
  if (first !== undefined) return { ...units, leadUnits: [first], responsibleUnits: rest };
  const [firstCoop, ...restCoop] = units.cooperatingUnits;
  if (firstCoop !== undefined) return { ...units, leadUnits: [firstCoop], cooperatingUnits: restCoop };
  return units;
}
