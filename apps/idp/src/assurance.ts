/**
 * ID-porten's levels of assurance. The client asks with `acr_values`; ID-porten answers at the
 * level asked for or above, and a session at "substantial" must sign in again for "high".
 */
export const LOA_SUBSTANTIAL = 'idporten-loa-substantial';
export const LOA_HIGH = 'idporten-loa-high';
export const ACR_VALUES = [LOA_SUBSTANTIAL, LOA_HIGH] as const;

/** How TestID reports the sign-in method in ID-porten. */
export const AMR = ['TestID'] as const;

/**
 * The level a sign-in gives for the requested `acr_values` (space separated, most preferred
 * first): "high" only when nothing lower is acceptable to the client, else "substantial".
 */
export function acrFor(acrValues: string): string {
  const requested = acrValues.split(' ').filter(Boolean);
  return requested.includes(LOA_HIGH) && !requested.includes(LOA_SUBSTANTIAL)
    ? LOA_HIGH
    : LOA_SUBSTANTIAL;
}

/** Whether a session signed in at `sessionAcr` satisfies the request. */
export function acrSatisfied(sessionAcr: string | undefined, acrValues: string): boolean {
  return acrFor(acrValues) === LOA_SUBSTANTIAL || sessionAcr === LOA_HIGH;
}
