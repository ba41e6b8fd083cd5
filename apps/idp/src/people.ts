/**
 * The demo persons the sign-in page offers. The shape is the one `@stafett/db/demo` exports; it is
 * repeated here so tests can hand in their own list without the database package.
 */
export interface DemoPerson {
  nationalId: string;
  name: string;
  municipalitySlug: string;
  description: string;
}

export interface MunicipalityGroup {
  slug: string;
  people: readonly DemoPerson[];
}

/** Groups by municipality, keeping the order in which municipalities and persons first appear. */
export function groupByMunicipality(people: readonly DemoPerson[]): MunicipalityGroup[] {
  const groups = new Map<string, DemoPerson[]>();
  for (const person of people) {
    const group = groups.get(person.municipalitySlug);
    if (group) group.push(person);
    else groups.set(person.municipalitySlug, [person]);
  }
  return [...groups].map(([slug, members]) => ({ slug, people: members }));
}

/**
 * "nordre-follo" → "Nordre Follo". The slug is all the demo data says about the municipality, and
 * this page must not need the database to look up the real name.
 */
export function municipalityLabel(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
